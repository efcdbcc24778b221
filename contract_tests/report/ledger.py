"""Everything a run found: check outcomes, failures and drift, gathered for the report."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

# What each check expects, in the words the report uses; also the order of the summary table.
CHECKS: dict[str, str] = {
    # Schemathesis' built-in checks (run on every generated case).
    "not_a_server_error": "no 5xx response",
    "status_code_conformance": "a status code the spec documents for the operation",
    "content_type_conformance": "a Content-Type the spec documents for that status",
    "response_schema_conformance": "a body valid against the documented schema",
    "response_headers_conformance": "the documented response headers, with valid values",
    "negative_data_rejection": "a 4xx answer to a request the spec does not allow",
    "positive_data_acceptance": "a 2xx answer to a request the spec allows",
    "ignored_auth": "401 when credentials are missing or wrong (Schemathesis' probe)",
    # Ours.
    "parses_with_client": "every 2xx body parses with the generated client, documented types typed",
    "no_undocumented_event_types": "only event types the spec documents",
    "pagination_walk": "page walks at limits 1, 7 and 100 agree, in both orders, and end",
    "filters_honoured": "every returned item matches the filter and none that matches is missing",
    "auth_required": "401 with a documented error body without credentials or with wrong ones",
    "error_body_shape": "every 4xx/5xx body matches the Error schema",
}
MAX_OTHERS = 5
OUR_CHECKS = (
    "parses_with_client",
    "no_undocumented_event_types",
    "pagination_walk",
    "filters_honoured",
    "auth_required",
    "error_body_shape",
)


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

    def __post_init__(self) -> None:
        if not self.expected:
            self.expected = CHECKS.get(self.check, "")


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
    findings: dict[tuple[str, str, str], Finding] = field(default_factory=dict)
    # (feed, JSON path) -> ids of the objects (or responses) that carried the field.
    undocumented_fields: dict[tuple[str, str], set[str]] = field(
        default_factory=lambda: defaultdict(set)
    )
    undocumented_types: dict[tuple[str, str], TypeSighting] = field(default_factory=dict)
    generated_cases: int = 0
    requests: int = 0
    # pytest outcomes by test id, for tests that failed without a finding (e.g. a crash).
    test_errors: dict[str, str] = field(default_factory=dict)

    def passed(self, check: str) -> None:
        self.tallies[check].passed += 1

    def failed(self, finding: Finding) -> None:
        self.tallies[finding.check].failed += 1
        key = (finding.check, finding.operation, finding.title)
        known = self.findings.get(key)
        if known is None:
            self.findings[key] = finding
            return
        known.occurrences += 1
        distinct = finding.seen != known.seen and finding.seen not in known.others
        if distinct and len(known.others) < MAX_OTHERS:
            known.others.append(finding.seen)

    def saw_field(self, feed: str, path: str, holder: str) -> None:
        self.undocumented_fields[(feed, path)].add(holder)

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
