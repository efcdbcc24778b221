"""Known drift: findings a team accepted, each with a reason, an owner and an expiry date.

contract_tests/known-drift.toml holds one `[[accept]]` table per accepted finding:

    [[accept]]
    check = "response_schema_conformance"   # a check of the report, "undocumented_field" or "*"
    operation = "v1"                        # v1, v2, the operation label, or "*"
    path = "data[].group_id"                # or event_type = "customer.x"; neither: any subject
    reason = "Voucherify sends group_id as a number since 2026-11 (ticket VF-123)"
    owner = "loyalty-team (@jane)"
    expires = 2027-01-31                    # a TOML date; the entry holds through that day

In `path` and `event_type`, `*` stands for any characters but `.` and `**` for any characters.
A finding matched by an entry that has not expired is *known*: reported, not failed. An expired
entry fails the run; an entry that matched nothing is *stale*. A malformed file stops the run
before it starts (exit 2), naming the file and the line.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from contract_tests.drift.subject import FIELD_CHECK, Subject
from contract_tests.report.promises import PROMISES
from contract_tests.spec import Feed

DEFAULT_PATH = Path(__file__).resolve().parent.parent / "known-drift.toml"
TABLE = "accept"
REQUIRED = ("check", "operation", "reason", "owner", "expires")
OPTIONAL = ("path", "event_type")
CHECKS = frozenset({*PROMISES, FIELD_CHECK, "*"})
OPERATIONS = frozenset({"*", *(feed.short for feed in Feed), *(feed.value for feed in Feed)})
_HEADER = re.compile(rf"^\s*\[\[\s*{TABLE}\s*\]\]")
_AT_LINE = re.compile(r"\s*\(at line (\d+), column \d+\)$")


class KnownDriftError(Exception):
    """The file cannot be used; each problem starts with `file:line:`."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("\n".join(problems))


@dataclass(frozen=True, slots=True)
class Entry:
    line: int
    check: str
    operation: str
    reason: str
    owner: str
    expires: date
    path: str | None = None
    event_type: str | None = None

    def expired(self, today: date) -> bool:
        return today > self.expires

    def matches(self, check: str, feed: str, operation: str, subject: Subject) -> bool:
        if self.check not in ("*", check) or self.operation not in ("*", feed, operation):
            return False
        if self.path is not None:
            return subject.path is not None and _glob(self.path).fullmatch(subject.path) is not None
        if self.event_type is not None:
            return subject.event_type is not None and bool(
                _glob(self.event_type).fullmatch(subject.event_type)
            )
        return True

    @property
    def what(self) -> str:
        if self.path is not None:
            return f"path {self.path}"
        if self.event_type is not None:
            return f"event type {self.event_type}"
        return "any subject"

    def describe(self) -> str:
        return (
            f"entry at line {self.line} (check {self.check}, operation {self.operation}, "
            f"{self.what})"
        )


@dataclass(frozen=True, slots=True)
class KnownDrift:
    path: Path | None
    entries: tuple[Entry, ...] = ()

    @classmethod
    def none(cls) -> KnownDrift:
        return cls(None)

    def matching(self, check: str, feed: str, operation: str, subject: Subject) -> list[Entry]:
        return [entry for entry in self.entries if entry.matches(check, feed, operation, subject)]


def load(path: Path | None = None) -> KnownDrift:
    """The entries of `path` (default contract_tests/known-drift.toml, which may be absent)."""
    target = path or DEFAULT_PATH
    if not target.exists():
        if path is not None:
            raise KnownDriftError([f"{target}: no such known-drift file"])
        return KnownDrift(None)
    text = target.read_text(encoding="utf-8")
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        match = _AT_LINE.search(message)
        line = match.group(1) if match else str(len(text.splitlines()) or 1)
        problem = f"{target}:{line}: not valid TOML: {_AT_LINE.sub('', message)}"
        raise KnownDriftError([problem]) from None
    return KnownDrift(target, tuple(_entries(target, text, document)))


def _entries(target: Path, text: str, document: Mapping[str, Any]) -> Iterable[Entry]:
    lines = text.splitlines()
    headers = [number for number, line in enumerate(lines, 1) if _HEADER.match(line)]
    problems = [
        f"{target}:{_key_line(lines, key, 1, len(lines)) or 1}: unknown top-level key {key!r} "
        f"(entries are [[{TABLE}]] tables)"
        for key in document
        if key != TABLE
    ]
    tables = document.get(TABLE, [])
    if not isinstance(tables, list):
        problems.append(f"{target}:1: {TABLE} must be [[{TABLE}]] tables")
        tables = []
    entries = []
    for index, table in enumerate(tables):
        start = headers[index] if index < len(headers) else 1
        end = headers[index + 1] - 1 if index + 1 < len(headers) else len(lines)
        entry, errors = _entry(table, start, end, lines)
        problems += [f"{target}:{line}: entry {index + 1}: {error}" for line, error in errors]
        if entry is not None:
            entries.append(entry)
    if problems:
        raise KnownDriftError(problems)
    return entries


def _entry(
    table: Any, start: int, end: int, lines: list[str]
) -> tuple[Entry | None, list[tuple[int, str]]]:
    if not isinstance(table, dict):
        return None, [(start, f"must be a [[{TABLE}]] table")]

    def at(key: str) -> int:
        return _key_line(lines, key, start, end) or start

    errors = [(at(key), f"unknown key {key!r}") for key in table if key not in REQUIRED + OPTIONAL]
    errors += [(start, f"{key!r} is missing") for key in REQUIRED if key not in table]
    for key in ("check", "operation", "reason", "owner", *OPTIONAL):
        value = table.get(key)
        if key in table and (not isinstance(value, str) or not value.strip()):
            errors.append((at(key), f"{key!r} must be a non-empty string"))
    check, operation = table.get("check"), table.get("operation")
    if isinstance(check, str) and check.strip() and check not in CHECKS:
        errors.append((at("check"), f"unknown check {check!r}; one of {', '.join(sorted(CHECKS))}"))
    if isinstance(operation, str) and operation.strip() and operation not in OPERATIONS:
        errors.append((at("operation"), f"unknown operation {operation!r}; v1, v2 or '*'"))
    expires = table.get("expires")
    if "expires" in table and (not isinstance(expires, date) or isinstance(expires, datetime)):
        errors.append((at("expires"), "'expires' must be a TOML date like 2027-01-31 (no quotes)"))
    if "path" in table and "event_type" in table:
        errors.append((at("event_type"), "give 'path' or 'event_type', not both"))
    if errors:
        return None, errors
    # Validated above: exactly Entry's fields, each of its type.
    return Entry(line=start, **table), []


def _key_line(lines: list[str], key: str, start: int, end: int) -> int | None:
    pattern = re.compile(rf"^\s*(?:{re.escape(key)}|\"{re.escape(key)}\")\s*=")
    for number in range(start, min(end, len(lines)) + 1):
        if pattern.match(lines[number - 1]):
            return number
    return None


def _glob(pattern: str) -> re.Pattern[str]:
    parts = re.split(r"(\*\*|\*)", pattern)
    regex = "".join(
        ".*" if part == "**" else "[^.]*" if part == "*" else re.escape(part) for part in parts
    )
    return re.compile(regex)
