"""Payloads parsed on first access (see scripts/codegen/templates/model.py.jinja).

An activity's envelope (`id`, `type`, `created_at`, ...) is parsed with its page; its payload
(`data`) is kept in a `Deferred` and parsed, fully and strictly, the first time it is read. What
a `Deferred` keeps is the decoded JSON object, or with msgspec installed the payload's raw JSON
text (`msgspec.Raw`, a view into the response body; see _fast_path.py). `load_deferred` reads
them all at once (the `validate=True` of the parse functions and clients), so every error
surfaces with the page.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, Generic, TypeVar

from ._decoding import DECODE_FAILURES, _text, activity_error
from ._deviations import add as add_deviation
from ._deviations import recording
from .errors import ActivityDecodeError

__all__ = ["Deferred", "load_deferred", "resolved"]

T = TypeVar("T")


class Deferred(Generic[T]):
    """A payload waiting to be parsed by `parse` (a generated `from_dict`, or a _fast_path
    PayloadParser of raw JSON text)."""

    __slots__ = ("_parse", "raw")

    def __init__(self, parse: Callable[[Any], T], raw: Any) -> None:
        self._parse = parse
        self.raw = raw

    def resolve(self, owner: object, name: str) -> T:
        """Parse now, leniently (the default mode, see _deviations.py): what breaks the spec is
        kept as received and becomes a deviation of `owner`, the activity."""
        with recording(self.raw if isinstance(self.raw, dict) else None) as recorder:
            value = self.resolve_strictly(owner, name)
        for path, reason, received in recorder.found:
            add_deviation(owner, (name, *path), reason, received)
        return value

    def resolve_strictly(self, owner: object, name: str) -> T:
        """Parse now (strictly unless inside `resolve`); a failure names the owning activity's
        type and id and the field path."""
        try:
            return self._parse(self.raw)
        except DECODE_FAILURES as failure:
            raise activity_error(
                failure,
                index=None,
                activity_type=_text(getattr(owner, "type_", None)),
                activity_id=_text(getattr(owner, "id", None)),
                prefix=[name],
            )

    def __repr__(self) -> str:
        return "<not parsed yet>"


def resolved(value: object) -> object:
    """attrs `eq` key: compare payloads parsed, whether or not they were read yet."""
    if isinstance(value, Deferred):
        with recording(value.raw if isinstance(value.raw, dict) else None):
            return value._parse(value.raw)
    return value


def load_deferred(items: Iterable[object], list_name: str = "data") -> None:
    """Parse every deferred payload of `items` (a page's activities) now, in order, strictly:
    the first payload that breaks the spec raises ActivityDecodeError (`validate=True`)."""
    for index, item in enumerate(items):
        for name in getattr(type(item), "DEFERRED_FIELDS", ()):
            value = getattr(item, f"_{name}")
            if not isinstance(value, Deferred):
                _raise_if_deviated(item, name, index, list_name)  # read leniently before
                continue
            try:
                setattr(item, f"_{name}", value.resolve_strictly(item, name))
            except ActivityDecodeError as error:
                error.locate(index, list_name)
                raise


def _raise_if_deviated(item: object, name: str, index: int, list_name: str) -> None:
    for deviation in getattr(item, "deviations", ()):
        if deviation.path[:1] == (name,):
            error = ActivityDecodeError(
                deviation.reason,
                index=index,
                activity_type=deviation.activity_type,
                activity_id=deviation.activity_id,
                path=list(deviation.path),
            )
            error.locate(index, list_name)
            raise error
