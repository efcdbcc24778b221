"""The run's findings as drift records, triaged against known drift.

A record is a check failure (it fails the run unless known) or an undocumented field (reported,
never failed: realism policy R3). Known-drift entries that have not expired make the findings
they match *known*; an expired entry fails the run whatever it matches; an entry that matched
nothing is *stale*.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from contract_tests.drift.known import Entry, KnownDrift
from contract_tests.drift.subject import FIELD_CHECK, Subject, finding_key
from contract_tests.report.ledger import Ledger
from contract_tests.spec import Feed

FAILING, KNOWN, REPORTED = "failing", "known", "reported"
NEW, STILL_THERE = "new", "still there"
ACTIVE, EXPIRED, STALE = "active", "expired", "stale"


@dataclass
class DriftRecord:
    key: str
    check: str
    operation: str
    feed: str
    """`v1` / `v2` (the operation label for any other operation)."""
    subject: Subject
    title: str
    fails: bool
    occurrences: int
    samples: dict[str, Any] = field(default_factory=dict, repr=False)
    status: str = ""
    known_by: Entry | None = None
    expired_by: list[Entry] = field(default_factory=list)
    change: str = NEW
    first_seen: date | None = None
    patch: str = ""
    """What the spec patch does about it (set by `folder`)."""


@dataclass(frozen=True, slots=True)
class EntryUse:
    entry: Entry
    matched: int
    state: str


@dataclass
class Triage:
    records: list[DriftRecord]
    entries: list[EntryUse]
    test_errors: int

    @property
    def failing(self) -> list[DriftRecord]:
        return [record for record in self.records if record.status == FAILING]

    @property
    def known(self) -> list[DriftRecord]:
        return [record for record in self.records if record.status == KNOWN]

    @property
    def expired(self) -> list[EntryUse]:
        return [use for use in self.entries if use.state == EXPIRED]

    @property
    def stale(self) -> list[EntryUse]:
        return [use for use in self.entries if use.state == STALE]

    @property
    def ok(self) -> bool:
        return not self.failing and not self.expired and not self.test_errors

    def check_status(self, check: str) -> str | None:
        """`fail` / `known` for a check with findings, `None` when it has none."""
        mine = [record for record in self.records if record.check == check and record.fails]
        if not mine:
            return None
        return "fail" if any(record.status == FAILING for record in mine) else KNOWN


def collect(ledger: Ledger) -> list[DriftRecord]:
    """Every finding of the run, one record per stable key, sorted by key."""
    records: dict[str, DriftRecord] = {}
    for finding in ledger.findings.values():
        feed = _feed(finding.operation)
        key = finding_key(finding.check, feed, finding.about)
        if key in records:  # two titles masked to one key
            records[key].occurrences += finding.occurrences
            continue
        records[key] = DriftRecord(
            key=key,
            check=finding.check,
            operation=finding.operation,
            feed=feed,
            subject=finding.about,
            title=finding.title,
            fails=True,
            occurrences=finding.occurrences,
            samples=dict(finding.samples),
        )
    for (short, path), holders in ledger.undocumented_fields.items():
        subject = Subject(path=path, problem="undocumented")
        key = finding_key(FIELD_CHECK, short, subject)
        records[key] = DriftRecord(
            key=key,
            check=FIELD_CHECK,
            operation=_operation(short),
            feed=short,
            subject=subject,
            title=f"undocumented field {path}",
            fails=False,
            occurrences=len(holders),
            samples=dict(ledger.field_samples.get((short, path), {})),
        )
    return [records[key] for key in sorted(records)]


def triage(records: list[DriftRecord], known: KnownDrift, today: date, test_errors: int) -> Triage:
    matched = {entry.line: 0 for entry in known.entries}
    for record in records:
        entries = known.matching(record.check, record.feed, record.operation, record.subject)
        for entry in entries:
            matched[entry.line] += 1
        live = [entry for entry in entries if not entry.expired(today)]
        record.expired_by = [entry for entry in entries if entry.expired(today)]
        record.known_by = live[0] if live else None
        if record.known_by is not None:
            record.status = KNOWN
        else:
            record.status = FAILING if record.fails else REPORTED
    uses = [
        EntryUse(
            entry,
            matched[entry.line],
            EXPIRED if entry.expired(today) else STALE if not matched[entry.line] else ACTIVE,
        )
        for entry in known.entries
    ]
    return Triage(records, uses, test_errors)


def _feed(operation: str) -> str:
    feed = Feed.from_label(operation)
    return feed.short if feed is not None else operation


def _operation(short: str) -> str:
    feed = Feed.from_short(short)
    return feed.value if feed is not None else short
