"""Everything a run found: check outcomes, failures and drift, gathered for the report."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from contract_tests.drift.subject import Subject
from contract_tests.report.promises import PROMISES

# What each check expects, in the words the report uses; also the order of the summary table.
CHECKS: dict[str, str] = {name: promise.expects for name, promise in PROMISES.items()}
MAX_OTHERS = 5
# Sample activities kept per finding or undocumented field, one per event type, for the spec patch.
MAX_SAMPLES = 100


@dataclass
class Finding:
    check: str
    operation: str
    title: str
    seen: str
    curl: str | None = None
    expected: str = ""
    occurrences: int = 1
    others: list[str] = field(default_factory=list)
    """Up to `MAX_OTHERS` further distinct details seen under the same title."""
    subject: Subject | None = None
    """What the finding is about (`None`: its title); see contract_tests/drift/subject.py."""
    samples: dict[str, Any] = field(default_factory=dict)
    """Activities showing it, by event type (path subjects only), for the spec patch."""

    def __post_init__(self) -> None:
        if not self.expected:
            self.expected = CHECKS.get(self.check, "")
        if self.subject is None:
            self.subject = Subject(title=self.title)

    @property
    def about(self) -> Subject:
        return self.subject or Subject(title=self.title)


@dataclass
class CheckTally:
    passed: int = 0
    failed: int = 0

    @property
    def status(self) -> str:
        if self.failed:
            return "fail"
        return "pass" if self.passed else "not run"


@dataclass
class TypeSighting:
    example_id: str | None
    ids: set[str] = field(default_factory=set)

    @property
    def count(self) -> int:
        return len(self.ids)


@dataclass
class Ledger:
    tallies: dict[str, CheckTally] = field(default_factory=lambda: defaultdict(CheckTally))
    # (check, operation, subject) -> the finding, its occurrences merged.
    findings: dict[tuple[str, str, str], Finding] = field(default_factory=dict)
    # (feed, JSON path) -> ids of the objects (or responses) that carried the field.
    undocumented_fields: dict[tuple[str, str], set[str]] = field(
        default_factory=lambda: defaultdict(set)
    )
    # (feed, JSON path) -> an activity carrying the field, per event type ("" for page fields).
    field_samples: dict[tuple[str, str], dict[str, Any]] = field(
        default_factory=lambda: defaultdict(dict)
    )
    undocumented_types: dict[tuple[str, str], TypeSighting] = field(default_factory=dict)
    generated_cases: int = 0
    requests: int = 0
    # (feed, what the case broke in our spec) -> negative cases not sent: they break no
    # documented constraint (see suite/negative_scope.py).
    excluded_negatives: dict[tuple[str, str], int] = field(default_factory=lambda: defaultdict(int))
    # pytest outcomes by test id, for tests that failed without a finding (e.g. a crash).
    test_errors: dict[str, str] = field(default_factory=dict)

    def passed(self, check: str) -> None:
        self.tallies[check].passed += 1

    def failed(self, finding: Finding, *, tally: bool = True) -> None:
        """Record a finding; `tally=False` for a further problem of an already counted response."""
        if tally:
            self.tallies[finding.check].failed += 1
        key = (finding.check, finding.operation, finding.about.key_part)
        known = self.findings.get(key)
        if known is None:
            self.findings[key] = finding
            return
        known.occurrences += 1
        for event_type, sample in finding.samples.items():
            if len(known.samples) < MAX_SAMPLES:
                known.samples.setdefault(event_type, sample)
        distinct = finding.seen != known.seen and finding.seen not in known.others
        if distinct and len(known.others) < MAX_OTHERS:
            known.others.append(finding.seen)

    def excluded_negative(self, feed: str, reason: str) -> None:
        self.excluded_negatives[(feed, reason)] += 1

    def saw_field(self, feed: str, path: str, holder: str, sample: Any = None) -> None:
        self.undocumented_fields[(feed, path)].add(holder)
        if sample is not None:
            samples = self.field_samples[(feed, path)]
            kind = sample.get("type") if isinstance(sample, dict) else None
            if len(samples) < MAX_SAMPLES:
                samples.setdefault(kind if isinstance(kind, str) else "", sample)

    def saw_type(self, feed: str, event_type: str, activity_id: str | None) -> None:
        sighting = self.undocumented_types.setdefault(
            (feed, event_type), TypeSighting(example_id=activity_id)
        )
        sighting.ids.add(activity_id or f"#{len(sighting.ids)}")

    def status(self, check: str) -> str:
        return self.tallies[check].status if check in self.tallies else "not run"

    @property
    def failed_checks(self) -> list[str]:
        return [name for name, tally in self.tallies.items() if tally.failed]

    @property
    def ok(self) -> bool:
        return not self.failed_checks and not self.test_errors
