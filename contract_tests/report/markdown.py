"""`drift-report.md`: the run summarised for a pull request or an issue."""

from __future__ import annotations

from dataclasses import dataclass

from contract_tests.drift.folder import Outcome
from contract_tests.drift.issue import STATUS
from contract_tests.drift.subject import finding_key
from contract_tests.report import drift_markdown
from contract_tests.report.drift_markdown import cell
from contract_tests.report.ledger import CHECKS, Finding, Ledger
from contract_tests.report.promises import rests_on
from contract_tests.spec import Feed

_SEEN_LIMIT = 3000
_OTHER_LIMIT = 500
_MAX_EXCLUDED_ROWS = 25
_STATUS = {"pass": "✅ pass", "fail": "❌ fail", "not run": "⚪ not run", "known": "🟡 known"}


@dataclass(frozen=True, slots=True)
class RunFacts:
    target: str
    spec: str
    started_at: str
    wall_time_s: float
    seed: int | None
    tests_passed: int
    tests_failed: int
    tests_skipped: int
    reproduce: str
    mock_hint: str | None = None
    """How to serve the mock where the reproducing commands can reach it (mock runs only)."""


# A run without a verdict: what it saw is shown, but a check that did not run is no pass.
INCOMPLETE = {
    "INTERRUPTED": "stopped before the end",
    "NOTHING RAN": "no test matched the selection",
}
NO_VERDICT = "no verdict, and no findings for the next run to compare"


def render(
    ledger: Ledger, facts: RunFacts, drift: Outcome | None = None, *, incomplete: str | None = None
) -> str:
    """The report; with `drift` (known drift, the previous run, the spec patch) it opens with
    the new findings and its verdict is the triaged one; `incomplete` (a key of INCOMPLETE)
    replaces the verdict."""
    names = list(CHECKS) + sorted(set(ledger.tallies) - set(CHECKS))
    if incomplete is not None:
        verdict, detail = incomplete, f" ({INCOMPLETE[incomplete]}: {NO_VERDICT})"
    elif drift is None:
        failed = ledger.failed_checks
        verdict = "PASSED" if ledger.ok else "FAILED"
        detail = f" ({len(failed)} of {len(CHECKS)} checks failed)" if failed else ""
    else:
        verdict = "PASSED" if drift.ok else "FAILED"
        detail = drift_markdown.headline_detail(drift, names)
    lines = [f"# Contract check: {verdict}{detail}", ""]
    if drift is not None and incomplete is None:  # what is new or resolved needs a whole run
        lines += drift_markdown.opening(drift)
    lines += _facts_table(ledger, facts, drift_markdown.facts(drift) if drift else [])
    lines += [
        "",
        "## Checks",
        "",
        "| Check | Result | Passed | Failed | Expects | Rests on |",
        "|---|---|---|---|---|---|",
    ]
    for name in names:
        tally = ledger.tallies.get(name)
        passed, failures = (tally.passed, tally.failed) if tally else (0, 0)
        triaged = drift.triage.check_status(name) if drift is not None else None
        status = _STATUS[triaged or ledger.status(name)]
        lines.append(
            f"| `{name}` | {status} | {passed} | {failures} | {cell(CHECKS.get(name, ''))} "
            f"| {cell(rests_on(name))} |"
        )
    lines += [
        "",
        "Passed/failed count responses for the per-response checks and check runs (a set of "
        "walks, one filter, one credential scenario) for the others. Seeds 000 / 001 / 002 are "
        "Voucherify's List Customer Activity, Customer Activity Object and List Loyalty Program "
        "Activities pages; the realism policy is in contract_tests/README.md.",
    ]
    if drift is not None:
        lines += drift_markdown.sections(drift)
    lines += _failures(ledger, drift)
    lines += _test_errors(ledger)
    lines += _excluded_negatives(ledger)
    lines += _undocumented_fields(ledger)
    lines += _undocumented_types(ledger)
    return "\n".join(lines) + "\n"


def _facts_table(ledger: Ledger, facts: RunFacts, extra: list[tuple[str, str]]) -> list[str]:
    seed = "random" if facts.seed is None else str(facts.seed)
    excluded = sum(ledger.excluded_negatives.values())
    tests = f"{facts.tests_passed} passed, {facts.tests_failed} failed"
    if facts.tests_skipped:
        tests += f", {facts.tests_skipped} skipped"
    rows = [
        ("Target", facts.target),
        ("Spec", facts.spec),
        ("Started (UTC)", facts.started_at),
        ("Wall time", f"{facts.wall_time_s:.1f} s"),
        ("Generated cases (Schemathesis)", f"{ledger.generated_cases:,}"),
        ("HTTP requests (all checks)", f"{ledger.requests:,}"),
        ("Negative cases not sent (undocumented constraints)", f"{excluded:,}"),
        ("pytest", tests),
        ("Seed", seed),
        ("Reproduce the run", f"`{facts.reproduce}`"),
    ]
    if facts.mock_hint:
        rows.append(("Mock for the curl commands", facts.mock_hint))
    rows += extra
    return ["| | |", "|---|---|", *(f"| {name} | {cell(value)} |" for name, value in rows)]


def _failures(ledger: Ledger, drift: Outcome | None) -> list[str]:
    if not ledger.findings:
        return []
    lines = ["", "## Failures", ""]
    ordered = sorted(ledger.findings.values(), key=lambda f: (_order(f.check), f.operation))
    records = {record.key: record for record in drift.triage.records} if drift else {}
    for finding in ordered:
        feed = Feed.from_label(finding.operation)
        key = finding_key(finding.check, feed.short if feed else finding.operation, finding.about)
        record = records.get(key)
        lines += _finding(finding, key if drift else None, record.status if record else None)
    return lines


def _finding(finding: Finding, key: str | None = None, status: str | None = None) -> list[str]:
    times = f" ({finding.occurrences} times)" if finding.occurrences > 1 else ""
    marker = f" — {STATUS.get(status, status)}" if status else ""
    seen = finding.seen.strip()
    if len(seen) > _SEEN_LIMIT:
        seen = seen[:_SEEN_LIMIT] + "\n… (truncated; the cassette has the full exchange)"
    lines = [
        f"### `{finding.check}`: {finding.title}{times}{marker}",
        "",
        *(
            [f"- **Key:** `{key}` (what known-drift.toml and findings.json name it by)"]
            if key
            else []
        ),
        f"- **Operation:** `{finding.operation}`",
        f"- **Expected:** {finding.expected}",
        f"- **Rests on:** {rests_on(finding.check)}",
        "- **Seen:**",
        "",
        "```text",
        seen.replace("```", "`\u200b``"),
        "```",
        "",
    ]
    if finding.others:
        lines += ["Other occurrences:", ""]
        lines += [f"- {_gist(other)}" for other in finding.others]
        lines.append("")
    if finding.curl:
        lines += ["Reproduce:", "", "```bash", finding.curl, "```", ""]
    return lines


def _test_errors(ledger: Ledger) -> list[str]:
    if not ledger.test_errors:
        return []
    lines = ["", "## Tests that failed without a check finding", ""]
    for test_id, message in sorted(ledger.test_errors.items()):
        lines += [f"- `{test_id}`", "", "```text", message.strip()[:_SEEN_LIMIT], "```", ""]
    return lines


def _excluded_negatives(ledger: Ledger) -> list[str]:
    lines = [
        "",
        "## Negative cases not sent",
        "",
        "Generated to break a constraint of our spec that Voucherify does not document, so no "
        "4xx is promised for them (contract_tests/checks/documented_query.py).",
        "",
    ]
    if not ledger.excluded_negatives:
        return [*lines, "None."]
    lines += ["| Feed | What the case broke in our spec | Cases |", "|---|---|---|"]
    ranked = sorted(ledger.excluded_negatives.items(), key=lambda entry: (-entry[1], entry[0]))
    for (feed, reason), count in ranked[:_MAX_EXCLUDED_ROWS]:
        lines.append(f"| {feed} | {cell(reason)} | {count:,} |")
    rest = ranked[_MAX_EXCLUDED_ROWS:]
    if rest:
        lines.append(f"| | {len(rest)} other reasons | {sum(count for _, count in rest):,} |")
    return lines


def _undocumented_fields(ledger: Ledger) -> list[str]:
    lines = ["", "## Undocumented fields", ""]
    if not ledger.undocumented_fields:
        return [*lines, "None seen."]
    lines += ["| Feed | Field | Seen on (distinct objects) |", "|---|---|---|"]
    for (feed, path), holders in sorted(ledger.undocumented_fields.items()):
        lines.append(f"| {feed} | `{cell(path)}` | {len(holders):,} |")
    return lines


def _undocumented_types(ledger: Ledger) -> list[str]:
    lines = ["", "## Undocumented event types", ""]
    if not ledger.undocumented_types:
        return [*lines, "None seen."]
    lines += ["| Feed | Type | Count (distinct activities) | Example id |", "|---|---|---|---|"]
    for (feed, event_type), sighting in sorted(ledger.undocumented_types.items()):
        example = f"`{sighting.example_id}`" if sighting.example_id else "—"
        lines.append(f"| {feed} | `{cell(event_type)}` | {sighting.count:,} | {example} |")
    return lines


def _gist(seen: str) -> str:
    """The line that tells an occurrence apart (the `HTTP … — title` line is the same for all)."""
    lines = [line.strip() for line in seen.strip().splitlines() if line.strip()]
    if len(lines) > 1 and lines[0].startswith("HTTP "):
        lines = lines[1:]
    gist = lines[0] if lines else ""
    return cell(gist if len(gist) <= _OTHER_LIMIT else gist[:_OTHER_LIMIT] + " …")


def _order(check: str) -> int:
    names = list(CHECKS)
    return names.index(check) if check in names else len(names)
