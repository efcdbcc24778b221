"""What a parsed page really typed: objects built, payloads left unparsed, classes per activity.

The P1 comparison is only fair if "fully typed" means it, so the benchmark walks the page it
timed and counts. Expected classes come from the spec's discriminator mappings (the schema named
by each event type's `$ref`), not from the client's own dispatch table.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import attrs
from voucherify_activity._lazy import Deferred

from contract_tests.mock.dataset import get_dataset


@dataclass(frozen=True)
class Census:
    typed_objects: int  # instances of generated model classes, the page included
    deferred: int  # payloads still waiting to be parsed
    mismatches: tuple[str, ...]  # "index: type -> got Class, expected Class"

    @property
    def fully_typed(self) -> bool:
        return self.deferred == 0


def expected_classes(kind: str) -> dict[str, str]:
    """Event type -> generated class name, from the spec (`customer` or `program` feed)."""
    dataset = get_dataset()
    union = dataset.customer_union if kind == "customer" else dataset.program_union
    return {event: ref.rsplit("/", 1)[1] for event, ref in union.variants.items()}


def take(page: Any, types: Sequence[str], kind: str) -> Census:
    """Walk `page` (a generated list model) without resolving anything."""
    counter = _Counter()
    counter.walk(page)
    expected = expected_classes(kind)
    mismatches = []
    for index, (activity, event_type) in enumerate(zip(page.data, types, strict=True)):
        got, wanted = type(activity).__name__, expected.get(event_type, "?")
        if got != wanted:
            mismatches.append(f"{index}: {event_type} -> got {got}, expected {wanted}")
    return Census(counter.typed, counter.deferred, tuple(mismatches))


class _Counter:
    def __init__(self) -> None:
        self.typed = 0
        self.deferred = 0

    def walk(self, value: object) -> None:
        if isinstance(value, Deferred):
            self.deferred += 1
        elif attrs.has(type(value)):
            self.typed += 1
            model: Any = type(value)
            for field in attrs.fields(model):
                self.walk(getattr(value, field.name))  # the stored value: no lazy parsing
        elif isinstance(value, Mapping):
            for item in value.values():
                self.walk(item)
        elif isinstance(value, list | tuple):
            for item in value:
                self.walk(item)
