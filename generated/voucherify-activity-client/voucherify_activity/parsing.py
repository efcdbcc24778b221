"""Bytes of a list response -> typed page, the hot path of every listing.

The page, its envelope and every activity's `id`, `type`, `created_at`, ... are parsed and
checked at once; each activity's payload is parsed on first access (or at once with
`validate=True`), which keeps a 100-activity page cheaper than the official SDK's.

The `fast` extra (`pip install voucherify-activity-client[fast]`) speeds up both, with the same
result: msgspec decodes and checks the page in C (see _fast_path.py and _wire.py), and orjson
decodes what it hands back to the generated `from_dict`. Any failure is a ResponseDecodeError
(a ValueError): invalid JSON, or a body that breaks the spec, with the path to the offending
value.
"""

from __future__ import annotations

from typing import TypeVar

from . import _fast_path
from ._collector import without_collector
from ._deviations import attach, recording
from ._json import loads
from ._lazy import load_deferred
from .models import CustomerActivityList, ProgramActivityList

__all__ = [
    "load_payloads",
    "loads",
    "parse_customer_activity_page",
    "parse_program_activity_page",
]


def parse_customer_activity_page(
    content: bytes | str, *, validate: bool = False
) -> CustomerActivityList:
    """Parse the body of `GET /v1/customers/{customerId}/activity`.

    Each activity's payload (`data`) is parsed when first read; `validate=True` parses them
    all now, so that a payload breaking the spec raises here (ActivityDecodeError) instead.
    """
    return _parse(CustomerActivityList, content, validate)


def parse_program_activity_page(
    content: bytes | str, *, validate: bool = False
) -> ProgramActivityList:
    """Parse the body of `GET /v2/loyalties/programs/{id}/activities` (see above for `validate`)."""
    return _parse(ProgramActivityList, content, validate)


Page = TypeVar("Page", CustomerActivityList, ProgramActivityList)


def _parse(page_type: type[Page], content: bytes | str, validate: bool) -> Page:
    if not isinstance(content, bytes | bytearray | str):
        raise TypeError(
            f"content must be a response body (bytes or str), got {type(content).__name__}; "
            f"decoded JSON goes to {page_type.__name__}.from_dict"
        )
    # One pause of the collector for the whole parse, whichever path takes it (see _collector).
    return without_collector(_parse_paused, page_type, content, validate)


def _parse_paused(page_type: type[Page], content: bytes | str, validate: bool) -> Page:
    if validate:
        fast = _fast_path.decode_page(page_type, content, lazy=False)
    else:
        with recording() as found:  # a widened field may tolerate a value (see _fast_path)
            fast = _fast_path.decode_page(page_type, content, lazy=True)
        if fast is not None and found.found:
            attach(found, fast.data, prefix=1)
    if fast is not None:
        return fast
    body = loads(content)
    if validate:
        page = page_type.from_dict(body)
        load_payloads(page)
        return page
    # The default mode: what breaks the spec is kept and recorded (see _deviations.py).
    with recording(body) as recorder:
        page = page_type.from_dict(body)
    if recorder.found:
        attach(recorder, page.data, prefix=1)  # paths start at data[i]
    return page


def load_payloads(page: CustomerActivityList | ProgramActivityList) -> None:
    """Parse every activity's payload of `page` now (for pages built with `from_dict`).

    Raises ActivityDecodeError naming the first broken activity's index, type, id and field.
    """
    if not isinstance(page, CustomerActivityList | ProgramActivityList):
        raise TypeError(f"page must be a parsed activity page, got {type(page).__name__}")
    load_deferred(page.data)
