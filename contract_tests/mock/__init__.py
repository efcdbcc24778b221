"""The embedded, stateful Voucherify activity mock (Starlette ASGI app over deterministic data).

    from contract_tests.mock import create_app, serve_in_thread
    with serve_in_thread(create_app()) as base_url:
        ...

See `dataset` for the well-known IDs and credentials, `faults.FAULTS` for the fault names and
`README.md` beside this file for the behaviour the live API leaves open.
"""

from __future__ import annotations

from .app import create_app
from .faults import FAULTS, UnknownFault
from .server import serve_in_thread

__all__ = ["FAULTS", "UnknownFault", "create_app", "serve_in_thread"]
