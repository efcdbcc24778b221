"""Error path of the generated `from_dict` methods (see scripts/codegen/templates/model.py.jinja).

Each generated `from_dict` parses every property inside its own try/except, which costs
nothing in Python 3.11 until something raises. On a failure these helpers turn whatever was
raised (a KeyError for a missing key, a TypeError from `fromisoformat(None)`, ...) into a
ResponseDecodeError, and each enclosing level prepends its property name or list index, so
the error that leaves the page names the full path to the offending value.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Mapping, Sequence
from typing import Any

from .errors import ActivityDecodeError, ResponseDecodeError

# What the generated code may raise while parsing bad input (ResponseDecodeError is a ValueError).
DECODE_FAILURES = (KeyError, TypeError, ValueError, AttributeError)

_EXCERPT = 60  # characters of an offending value quoted in a message

# The spec's `format: date-time` (RFC 3339), in the spellings msgspec also reads: `T`, `t` or a
# space between date and time, and an offset that must be there (`Z`, `z`, `±hh:mm`, `±hhmm`).
# `fromisoformat` alone also takes a time without offset (a naive datetime, which raises when
# compared with an aware one), a date alone, an ISO week date.
_DATE_TIME = re.compile(r"\d{4}-\d\d-\d\d[Tt ]\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:?\d\d|(z))")


def parse_datetime(value: str) -> datetime.datetime:
    """An RFC 3339 date-time with its offset (what is no string: fromisoformat's TypeError)."""
    if isinstance(value, str):
        matched = _DATE_TIME.fullmatch(value)
        if matched is None:
            raise ValueError("not an RFC 3339 date-time with an offset")
        if matched[1]:  # a lower-case `z`, which fromisoformat does not read
            value = value[:-1] + "Z"
    return datetime.datetime.fromisoformat(value)


def describe(value: object) -> str:
    """A short JSON-flavoured description: `null`, `string 'abc'`, `array`, ..."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return f"boolean {'true' if value else 'false'}"
    if isinstance(value, int):
        return f"integer {value}"
    if isinstance(value, float):
        return f"number {value!r}"
    if isinstance(value, str):
        text = value if len(value) <= _EXCERPT else value[:_EXCERPT] + "…"
        return f"string {text!r}"
    if isinstance(value, Mapping):
        return "object"
    if isinstance(value, list | tuple):
        return "array"
    return type(value).__name__


def expect_object(value: object) -> Mapping[str, Any]:
    """The input of every `from_dict`: a JSON object, or a clear error."""
    if isinstance(value, Mapping):
        return value
    raise ResponseDecodeError(f"expected an object, got {describe(value)}")


def wrong_type(expected: str, value: object) -> ResponseDecodeError:
    """For the scalar checks the generated code makes (`expected string, got null`)."""
    return ResponseDecodeError(f"expected {expected}, got {describe(value)}")


def field_error(error: Exception, name: str, source: Mapping[str, Any]) -> ResponseDecodeError:
    """The property `name` of the object `source` failed to parse with `error`."""
    if isinstance(error, ResponseDecodeError):
        error.prepend(name)
        return error
    if name not in source:
        reason = "required field missing"
    elif source[name] is None:
        reason = "must not be null"
    else:
        reason = _invalid(source[name], error)
    return _caused_by(ResponseDecodeError(reason, [name]), error)


def item_error(error: Exception, items: Sequence[Any], item: object) -> ResponseDecodeError:
    """An element of a plain list failed to parse."""
    index = _index_of(items, item)
    if isinstance(error, ResponseDecodeError):
        error.prepend(index)
        return error
    reason = "must not be null" if item is None else _invalid(item, error)
    return _caused_by(ResponseDecodeError(reason, [index]), error)


def tagged_item_error(error: Exception, items: Sequence[Any], item: object) -> ActivityDecodeError:
    """An element of a list of tagged variants (an activity in a page) failed to parse."""
    fields: Mapping[str, Any] = item if isinstance(item, Mapping) else {}
    return activity_error(
        error,
        index=_index_of(items, item),
        activity_type=_text(fields.get("type")),
        activity_id=_text(fields.get("id")),
    )


def activity_error(
    error: Exception,
    *,
    index: int | None,
    activity_type: str | None,
    activity_id: str | None,
    prefix: Sequence[str | int] = (),
) -> ActivityDecodeError:
    """`error` raised while parsing (part of) an activity, as an ActivityDecodeError."""
    if isinstance(error, ResponseDecodeError):
        reason, path, cause = error.reason, [*prefix, *error.path], error.__cause__
    else:
        reason, path, cause = f"{type(error).__name__}: {error}", [*prefix], error
    decoded = ActivityDecodeError(
        reason, index=index, activity_type=activity_type, activity_id=activity_id, path=path
    )
    # Keep the original traceback (down to the failing line) instead of chaining one more error.
    decoded.__cause__ = cause
    decoded.__suppress_context__ = True
    return decoded.with_traceback(error.__traceback__)


def tag_error(tag_name: str, source: Mapping[str, Any]) -> ResponseDecodeError:
    """The discriminator property is missing or not a string."""
    if tag_name not in source:
        return ResponseDecodeError("required field missing", [tag_name])
    return ResponseDecodeError(f"expected string, got {describe(source[tag_name])}", [tag_name])


def unknown_tag(tag_name: str, tag: str, known: int) -> ResponseDecodeError:
    """A union without fallback variant met a tag it does not know."""
    return ResponseDecodeError(
        f"unknown value {tag!r}; none of the {known} documented variants", [tag_name]
    )


def _invalid(value: object, error: Exception) -> str:
    detail = str(error)
    return f"invalid {describe(value)}" + (f" ({detail})" if detail else "")


def _caused_by(error: ResponseDecodeError, cause: Exception) -> ResponseDecodeError:
    error.__cause__ = cause
    return error


def _text(value: object) -> str | None:
    """An activity's `type` or `id` for an error message: only if it is a string."""
    return value if isinstance(value, str) else None


def _index_of(items: Sequence[Any], item: object) -> int:
    # Error path only: finding the index here keeps `enumerate` out of the happy-path loop.
    for index, candidate in enumerate(items):
        if candidate is item:
            return index
    return -1
