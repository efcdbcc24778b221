"""A client library for accessing Voucherify activity feeds"""

import warnings
from typing import TYPE_CHECKING, Any

from . import errors
from ._client import AsyncVoucherifyActivityClient, VoucherifyActivityClient
from ._deviations import Deviation
from ._retries import RetryPolicy
from .filters import ProgramActivityFilter
from .models import CustomerActivity, CustomerActivityList, ProgramActivity, ProgramActivityList
from .pages import (
    AsyncCustomerActivityPage,
    AsyncProgramActivityPage,
    CustomerActivityPage,
    ProgramActivityPage,
)
from .parsing import load_payloads, parse_customer_activity_page, parse_program_activity_page

__version__ = "0.1.0"

__all__ = (
    "AsyncCustomerActivityPage",
    "AsyncProgramActivityPage",
    "AsyncVoucherifyActivityClient",
    "CustomerActivity",
    "CustomerActivityList",
    "CustomerActivityPage",
    "Deviation",
    "ProgramActivity",
    "ProgramActivityFilter",
    "ProgramActivityList",
    "ProgramActivityPage",
    "RetryPolicy",
    "VoucherifyActivityClient",
    "__version__",
    "errors",
    "load_payloads",
    "parse_customer_activity_page",
    "parse_program_activity_page",
)

_LOW_LEVEL = frozenset({"AuthenticatedClient", "Client"})


if not TYPE_CHECKING:  # type checkers flag the old imports instead of accepting any name

    def __getattr__(name: str) -> Any:
        # Deprecated: the generated low-level clients were exported here until 0.1.0.
        if name in _LOW_LEVEL:
            warnings.warn(
                f"voucherify_activity.{name} is the generated low-level client; import it from "
                f"voucherify_activity.client (or use VoucherifyActivityClient)",
                DeprecationWarning,
                stacklevel=2,
            )
            from . import client

            return getattr(client, name)
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
