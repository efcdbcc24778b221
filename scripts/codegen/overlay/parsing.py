"""Bytes of a list response -> typed page, the hot path of every listing.

The page, its envelope and every activity's `id`, `type`, `created_at`, ... are parsed and
checked at once; each activity's payload is parsed on first access (or at once with
`validate=True`), which keeps a 100-activity page about as cheap as the official SDK's.

The `fast` extra (`pip install voucherify-activity-client[fast]`) speeds up both: orjson decodes
the JSON of the default path (about twice as fast as the standard library on a 200 KB page), and
msgspec decodes and checks a whole `validate=True` page in C (see _fast_path.py; the result is
the same). Any failure is a ResponseDecodeError (a ValueError): invalid JSON, or a body that
breaks the spec, with the path to the offending value.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Callable
from typing import Any, TypeVar, cast

from . import _fast_path
from ._collector import without_collector
from ._exceptions import ResponseDecodeError
from ._lazy import load_deferred
from .models import CustomerActivityList, ProgramActivityList

__all__ = [
    "load_payloads",
    "loads",
    "parse_customer_activity_page",
    "parse_program_activity_page",
]


def _pick_loads() -> Callable[[bytes | str], Any]:
    try:
        # Optional dependency, imported by name so that type checking needs no orjson stubs.
        orjson = importlib.import_module("orjson")
    except ImportError:
        return json.loads
    return cast(Callable[[bytes | str], Any], orjson.loads)


_loads = _pick_loads()


def loads(content: bytes | str) -> Any:
    """Decode a JSON body; invalid JSON is a ResponseDecodeError naming the problem."""
    try:
        return _loads(content)
    except ValueError:  # json.JSONDecodeError and orjson.JSONDecodeError both are
        # orjson also refuses some valid JSON (integers beyond 64 bits): the standard library
        # decides, so a body reads the same with or without orjson, error message included.
        return _json_loads(content)


def _json_loads(content: bytes | str) -> Any:
    try:
        return json.loads(content)
    except ValueError as error:
        raise ResponseDecodeError(f"response body is not valid JSON ({error})") from error


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
    if validate:
        fast = _fast_path.decode_page(page_type, content)
        if fast is not None:
            return fast

    def build(body: bytes | str) -> Page:
        page = page_type.from_dict(loads(body))
        if validate:
            load_payloads(page)
        return page

    return without_collector(build, content)


def load_payloads(page: CustomerActivityList | ProgramActivityList) -> None:
    """Parse every activity's payload of `page` now (for pages built with `from_dict`).

    Raises ActivityDecodeError naming the first broken activity's index, type, id and field.
    """
    load_deferred(page.data)
