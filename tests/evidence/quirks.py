"""Quirk records: what a quirk is, where Voucherify's published examples show it, and how to
find it in one of our activities.

A path is a dotted list of keys into a JSON value: `*` matches any one key or list index,
`**` any number of levels (none included), and the empty path is the value itself. A quirk is
present in an activity if its predicate holds for a value found at its path; absence is tested
on the parent (`lacks("event_source")` at `data`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, Literal

Predicate = Callable[[Any], bool]
Feed = Literal["v1", "v2"]
# "example": a published example shows the quirk at `Source.where`, where the same predicate
#   holds. "analog": the published examples show the same thing on a sibling object (e.g. the
#   `event_source` of an embedded event for the activity's own); `where` names that sibling.
# "policy": no published example shows it; the realism policy of the spec expects it.
Evidence = Literal["example", "analog", "policy"]


@dataclass(frozen=True)
class Source:
    """A place in a published example: file of voucherify-openapi's
    documentation/openapi-events/, webhook key, and path inside the example's value."""

    file: str
    event: str
    where: str


@dataclass(frozen=True)
class Quirk:
    name: str
    feed: Feed
    path: str
    test: Predicate
    evidence: Evidence
    sources: tuple[Source, ...] = ()
    note: str = ""
    # What must hold at each `Source.where` in the example; None: `test` for "example"
    # evidence, mere presence for "analog" evidence.
    example_test: Predicate | None = None

    def found_in(self, activity: Any) -> bool:
        return any(self.test(value) for value in find(activity, self.path))


def find(value: Any, path: str) -> Iterator[Any]:
    """Every value at `path` inside `value` (see the module docstring for the syntax)."""
    yield from _find(value, path.split(".") if path else [])


def _children(value: Any) -> list[Any]:
    if isinstance(value, dict):
        return list(value.values())
    if isinstance(value, list):
        return list(value)
    return []


def _find(value: Any, steps: list[str]) -> Iterator[Any]:
    if not steps:
        yield value
        return
    step, rest = steps[0], steps[1:]
    if step == "**":
        yield from _find(value, rest)
        for child in _children(value):
            yield from _find(child, steps)
    elif step == "*":
        for child in _children(value):
            yield from _find(child, rest)
    elif isinstance(value, dict) and step in value:
        yield from _find(value[step], rest)
    elif isinstance(value, list) and step.isdigit() and int(step) < len(value):
        yield from _find(value[int(step)], rest)


# -- predicates


def anything(value: Any) -> bool:
    return True


def is_null(value: Any) -> bool:
    return value is None


def is_empty_object(value: Any) -> bool:
    return isinstance(value, dict) and not value


def is_int(value: Any) -> bool:
    return type(value) is int


def negative(value: Any) -> bool:
    return type(value) is int and value < 0


def lacks(*keys: str) -> Predicate:
    """An object that has none of `keys`."""

    def test(value: Any) -> bool:
        return isinstance(value, dict) and not any(key in value for key in keys)

    return test


def has_keys(*keys: str) -> Predicate:
    def test(value: Any) -> bool:
        return isinstance(value, dict) and all(key in value for key in keys)

    return test


def all_null(*keys: str) -> Predicate:
    """An object where each of `keys` is present and null."""

    def test(value: Any) -> bool:
        return isinstance(value, dict) and all(key in value and value[key] is None for key in keys)

    return test


def all_values_null(value: Any) -> bool:
    return isinstance(value, dict) and bool(value) and all(v is None for v in value.values())


def equals(expected: Any) -> Predicate:
    def test(value: Any) -> bool:
        return bool(value == expected) and type(value) is type(expected)

    return test


def matches(pattern: str) -> Predicate:
    compiled = re.compile(pattern)

    def test(value: Any) -> bool:
        return isinstance(value, str) and compiled.fullmatch(value) is not None

    return test


def non_empty_list_of_strings(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, str) for v in value)


def source_of_channel(channel: str, *, has: str | None, lacks_: tuple[str, ...]) -> Predicate:
    """An event source of `channel` that has `has` (if given) and none of `lacks_`."""

    def test(value: Any) -> bool:
        return (
            isinstance(value, dict)
            and value.get("channel") == channel
            and (has is None or isinstance(value.get(has), dict))
            and not any(key in value for key in lacks_)
        )

    return test


def both(first: Predicate, second: Predicate) -> Predicate:
    def test(value: Any) -> bool:
        return first(value) and second(value)

    return test


WITH_MILLISECONDS = r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z"
WITH_MICROSECONDS = r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z"
WITHOUT_FRACTION = r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ"
