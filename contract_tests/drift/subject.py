"""What a finding is about, and the stable key that names it night after night.

A key holds the check, the feed and the subject (a JSON path with indices collapsed, an event
type, or the finding's title with run-specific values masked), never an activity id, a timestamp
or a seed, so the same drift has the same key on every run.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

# Run-specific values a title may quote: prefixed ids, timestamps, long numbers, hex runs.
_VOLATILE = (
    (re.compile(r"\b\d{4}-\d{2}-\d{2}[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?"), "<time>"),
    (re.compile(r"\b[a-z]{2,8}_[A-Za-z0-9]{6,}\b"), "<id>"),
    (re.compile(r"\bv-[0-9a-f]{8,}\b"), "<id>"),
    (re.compile(r"\b[0-9a-f]{16,}\b"), "<hex>"),
    (re.compile(r"\b\d{5,}\b"), "<n>"),
)

# The pseudo-check of undocumented fields: reported (and patched), never failed (realism policy R3).
FIELD_CHECK = "undocumented_field"

# What a problem keyword means, for titles and the report.
PROBLEMS = {
    "type": "has a type the spec does not allow",
    "required": "is absent but required",
    "undocumented": "is not documented",
    "event_type": "is an undocumented event type",
}


@dataclass(frozen=True, slots=True)
class Subject:
    """Exactly one of `path` / `event_type` / `title` is set."""

    path: str | None = None
    """JSON path with indices collapsed (`data[].data.data.customer.name`)."""
    problem: str = ""
    """For a path: `type`, `required`, `undocumented` or another JSON Schema keyword."""
    event_type: str | None = None
    title: str | None = None

    @property
    def key_part(self) -> str:
        if self.path is not None:
            return f"{self.path}|{self.problem}"
        if self.event_type is not None:
            return f"event_type:{self.event_type}"
        return f"title:{stable_text(self.title or '')}"

    def describe(self) -> str:
        """`data[].group_id` has a type…, or the event type, or the title."""
        if self.path is not None:
            return f"`{self.path}` {PROBLEMS.get(self.problem, f'breaks `{self.problem}`')}"
        if self.event_type is not None:
            return f"undocumented event type `{self.event_type}`"
        return self.title or ""


def finding_key(check: str, feed: str, subject: Subject) -> str:
    """`check|feed|subject`: e.g. `response_schema_conformance|v1|data[].group_id|type`."""
    return f"{check}|{feed}|{subject.key_part}"


def stable_text(text: str) -> str:
    for pattern, placeholder in _VOLATILE:
        text = pattern.sub(placeholder, text)
    return " ".join(text.split())


def collapse(parts: Sequence[str | int]) -> str:
    """`["data", 3, "data", "customer"]` -> `data[].data.customer`."""
    path = ""
    for part in parts:
        if isinstance(part, int):
            path += "[]"
        else:
            path = f"{path}.{part}" if path else str(part)
    return path
