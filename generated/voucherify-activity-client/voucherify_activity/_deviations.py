"""The tolerant reader: what the default mode does with a value that breaks the spec.

Voucherify's payloads do not always keep their documented types (see docs/spec.md). In the
default mode a page never fails because of one activity: each generated `from_dict` parses a
property inside its own try, and on a failure calls `tolerate`, which

- keeps the value *as received* in the attribute (nothing is dropped or coerced; the attribute
  then holds what came, not its declared type, and says so in `deviations`),
- records a `Deviation` (JSON path, what the spec expected, what came) for the activity, and
- logs it once per (event type, path) per process through the `voucherify_activity` logger.

An activity whose envelope cannot be read (`id`, `type`, `created_at`, an object `data`) does not
go into its documented class: it becomes the `Unknown…Activity` fallback, built with every field
as received, with the error among its deviations (see `salvage`).

Strictness is the absence of a recorder: `validate=True`, `load_payloads` and a bare
`Model.from_dict` run without one, so the same calls raise `ActivityDecodeError` as before.
The recorder lives in a ContextVar and is read only on the error path, so a clean page pays
nothing for it.
"""

from __future__ import annotations

import contextvars
import functools
import logging
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any, TypeVar

from ._decoding import _index_of, _text, describe, field_error, tagged_item_error
from .errors import ResponseDecodeError, format_path
from .types import UNSET

__all__ = [
    "Deviation",
    "NotTolerated",
    "add",
    "attach",
    "page_deviations",
    "pending",
    "recording",
    "salvage",
    "set_root",
    "tolerate",
    "tolerate_envelope",
    "tolerate_value",
]

logger = logging.getLogger("voucherify_activity")

T = TypeVar("T")


class Deviation:
    """One value of an activity that breaks the spec, kept as received.

    `path` leads from the activity to the value (`("data", "data", "customer", "email")`),
    `reason` says what the spec expected (`expected string, got integer 12`), `value` is what
    came (`UNSET` where a required field was missing).
    """

    __slots__ = ("activity_id", "activity_type", "path", "reason", "value")

    def __init__(
        self,
        path: tuple[str | int, ...],
        reason: str,
        value: Any,
        activity_type: str | None = None,
        activity_id: str | None = None,
    ) -> None:
        self.path = path
        self.reason = reason
        self.value = value
        self.activity_type = activity_type
        self.activity_id = activity_id

    @property
    def location(self) -> str:
        """The path as text: `data.data.customer.email`, `data.data.items[2]`."""
        return format_path(list(self.path)) or "<activity>"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Deviation):
            return NotImplemented
        return (self.path, self.reason, self.activity_type, self.activity_id) == (
            other.path,
            other.reason,
            other.activity_type,
            other.activity_id,
        ) and _same(self.value, other.value)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Deviation({self.location}: {self.reason})"

    def __str__(self) -> str:
        where = f"{self.activity_type or '?'} {self.activity_id or '?'}"
        return f"{where}: {self.location}: {self.reason}"


def _same(left: object, right: object) -> bool:
    return left is right or (type(left) is type(right) and left == right)


class _Recorder:
    """What one lenient parse found. Where each value sits is worked out once, when asked: a
    search from `root` for the objects that held them, which stops when all are found."""

    __slots__ = ("_found", "_pending", "root", "salvaging")

    def __init__(self, root: Any = None) -> None:
        self.root = root
        self._found: list[tuple[tuple[str | int, ...], str, Any]] = []
        self._pending: list[tuple[object, tuple[str | int, ...], str, Any]] = []
        self.salvaging = 0  # > 0 while an unreadable activity is built as the fallback

    def record(self, container: object, error: ResponseDecodeError, value: Any) -> None:
        self.record_at(container, tuple(error.path), error.reason, value)

    def record_at(
        self, container: object, path: tuple[str | int, ...], reason: str, value: Any
    ) -> None:
        self._pending.append((container, path, reason, value))

    @property
    def found(self) -> list[tuple[tuple[str | int, ...], str, Any]]:
        """(path from `root`, reason, value) of every deviation, in the order they were met."""
        if self._pending:
            wanted = {id(entry[0]) for entry in self._pending}
            # Often only the root itself held them (a payload's own field): no search then.
            paths = (
                {id(self.root): ()} if wanted == {id(self.root)} else _paths_to(self.root, wanted)
            )
            for container, relative, reason, value in self._pending:
                self._found.append((paths.get(id(container), ()) + relative, reason, value))
            self._pending.clear()
        return self._found


def _paths_to(root: Any, wanted: set[int]) -> dict[int, tuple[str | int, ...]]:
    """Path from `root` to each object or array whose id is `wanted` (iterative: bodies can be
    deep; stops as soon as all are found). `root` is decoded JSON, or the fast path's wire
    structs (msgspec), whose fields are walked under their JSON names."""
    paths: dict[int, tuple[str | int, ...]] = {}
    stack: list[tuple[Any, tuple[str | int, ...]]] = [(root, ())]
    while stack and len(paths) < len(wanted):
        node, path = stack.pop()
        if id(node) in wanted:
            paths[id(node)] = path
        if isinstance(node, dict):
            stack.extend((v, (*path, k)) for k, v in node.items() if _branches(v))
        elif isinstance(node, list):
            stack.extend((v, (*path, i)) for i, v in enumerate(node) if _branches(v))
        elif hasattr(type(node), "__struct_encode_fields__"):
            names = zip(type(node).__struct_fields__, type(node).__struct_encode_fields__)
            for field, key in names:
                value = getattr(node, field)
                if _branches(value):
                    stack.append((value, (*path, key)))
    return paths


def _branches(value: object) -> bool:
    return isinstance(value, dict | list) or hasattr(type(value), "__struct_encode_fields__")


class NotTolerated(Exception):
    """The fast path met a value its struct refuses, in strict mode: from_dict must decide."""


def tolerate_value(model: Any, key: str, name: str, value: Any, container: object) -> Any:
    """The fast path met `value` at JSON key `key` of a `model` object (attribute `name`), which
    its struct refuses: decide exactly as from_dict does, on that value alone. A deviation is
    recorded against `container` (the object's wire struct); strict mode raises NotTolerated."""
    recorder = _current.get()
    if recorder is None:
        raise NotTolerated(key)
    if value is None or (type(value) in _SCALARS and not (type(value) is str and len(value) > 64)):
        # A drift repeats one value in every activity (a null, a number): decide it once.
        kept, found = _verdict(model, key, name, type(value).__name__, value)
    else:
        kept, found = _decide(model, key, name, value)
    for path, reason, received in found:
        recorder.record_at(container, path, reason, received)
    return kept


_SCALARS = (bool, int, float, str)
Verdict = tuple[Any, tuple[tuple[tuple[str | int, ...], str, Any], ...]]


@functools.lru_cache(maxsize=1024)
def _verdict(model: Any, key: str, name: str, kind: str, value: Any) -> Verdict:
    # `kind` is part of the key: True == 1 and 1 == 1.0, but they are different deviations.
    return _decide(model, key, name, value)


def _decide(model: Any, key: str, name: str, value: Any) -> Verdict:
    """What from_dict keeps for `value` at `key` and the deviations it finds (paths from the
    object holding `key`), leaving the fields that are absent on purpose out."""
    alone = {} if value is UNSET else {key: value}
    with recording(alone) as scratch:
        scratch.salvaging = 1  # the other fields are absent on purpose: nothing is strict here
        built = model.from_dict(alone)
    found = tuple(entry for entry in scratch.found if entry[0][:1] == (key,))
    return getattr(built, name), found


_current: contextvars.ContextVar[_Recorder | None] = contextvars.ContextVar(
    "voucherify_activity_deviations", default=None
)


@contextmanager
def recording(root: Any = None) -> Iterator[_Recorder]:
    """Parse leniently inside this block; `root` is the decoded JSON being parsed."""
    recorder = _Recorder(root)
    token = _current.set(recorder)
    try:
        yield recorder
    finally:
        _current.reset(token)


def pending() -> list[tuple[object, tuple[str | int, ...], str, Any]] | None:
    """The deviations recorded so far and not yet located (container, path, reason, value), for
    the fast path to put into from_dict's order; None when nothing is recorded (strict)."""
    recorder = _current.get()
    return None if recorder is None else recorder._pending


def set_root(root: Any) -> None:
    """Name the decoded JSON of a lenient parse that decodes it itself (the fast path's)."""
    recorder = _current.get()
    if recorder is not None and recorder.root is None:
        recorder.root = root


def tolerate(failure: Exception, name: str, source: Mapping[str, Any]) -> Any:
    """Called by `from_dict` when property `name` of `source` fails: strict mode raises, the
    default mode records the deviation and returns the value as received."""
    recorder = _current.get()
    error = field_error(failure, name, source)
    if recorder is None:
        raise error
    value = source.get(name, UNSET)
    recorder.record(source, error, _at(value, error.path[1:]))
    return value


def tolerate_envelope(failure: Exception, name: str, source: Mapping[str, Any]) -> Any:
    """The same for `id`, `type`, `created_at` and `data` of an activity: these raise (and the
    activity becomes the fallback, see `salvage`) unless the fallback itself is being built."""
    recorder = _current.get()
    if recorder is None or not recorder.salvaging:
        raise field_error(failure, name, source)
    return tolerate(failure, name, source)


def salvage(failure: Exception, items: Sequence[Any], item: Any, fallback: Callable[[Any], T]) -> T:
    """An activity of a page failed to parse: raise (strict), or build it as the fallback with
    every field as received and the error among its deviations (the default mode)."""
    recorder = _current.get()
    if recorder is None:
        raise tagged_item_error(failure, items, item)
    if not isinstance(item, dict):
        # Nothing of it can be read: one deviation for the item, kept whole as its value; the
        # fallback's fields are all missing, which says nothing more.
        recorder.record(items, _root_error(item, items), item)
        with recording({}) as scratch:
            scratch.salvaging = 1
            return fallback({})
    recorder.salvaging += 1
    try:
        return fallback(item)
    finally:
        recorder.salvaging -= 1


def _root_error(item: Any, items: Sequence[Any]) -> ResponseDecodeError:
    index = _index_of(items, item)
    return ResponseDecodeError(f"expected an activity object, got {describe(item)}", [index])


def _at(value: Any, path: Sequence[str | int]) -> Any:
    """The offending value itself, inside the kept one (an element of a kept list)."""
    for segment in path:
        try:
            value = value[segment]
        except (LookupError, TypeError):
            return value
    return value


# -- handing what was found to the activities

_logged: set[tuple[str | None, tuple[str | int, ...]]] = set()


def attach(recorder: _Recorder, activities: Sequence[Any], prefix: int) -> None:
    """Give each activity the deviations found under it; `prefix` is how many path segments
    lead from the recorder's root to an activity's index (`data[3]` of a page: 1)."""
    for path, reason, value in recorder.found:
        index = path[prefix] if len(path) > prefix else None
        if not isinstance(index, int) or not 0 <= index < len(activities):
            continue  # not under an activity: cannot happen while page envelopes are strict
        add(activities[index], path[prefix + 1 :], reason, value)


def add(activity: Any, path: tuple[str | int, ...], reason: str, value: Any) -> None:
    activity_type = _text(getattr(activity, "type_", None))
    activity_id = _text(getattr(activity, "id", None))
    deviation = Deviation(path, reason, value, activity_type, activity_id)
    activity.deviations = (*activity.deviations, deviation)
    _log_once(deviation)


def _log_once(deviation: Deviation) -> None:
    # Indices vary from activity to activity; the place in the schema does not.
    shape = tuple("[]" if isinstance(segment, int) else segment for segment in deviation.path)
    key = (deviation.activity_type, shape)
    if key in _logged:
        return
    _logged.add(key)
    logger.warning(
        "activity %s of type %s deviates from the spec at %s: %s (kept as received; "
        "further deviations of this type at this path are not logged)",
        deviation.activity_id or "?",
        deviation.activity_type or "?",
        deviation.location,
        deviation.reason,
    )


def page_deviations(activities: Sequence[Any]) -> list[Deviation]:
    """Every deviation of a page's activities, their payloads read first (the page's
    `deviations`)."""
    found: list[Deviation] = []
    for activity in activities:
        for name in getattr(type(activity), "DEFERRED_FIELDS", ()):
            getattr(activity, name)  # reading a payload records its deviations
        found.extend(activity.deviations)
    return found
