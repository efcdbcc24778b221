"""`drift-report.md`: the run summarised for a pull request or an issue."""

from __future__ import annotations

from dataclasses import dataclass

from contract_tests.report.ledger import CHECKS, Finding, Ledger

_SEEN_LIMIT = 3000
_OTHER_LIMIT = 500
_STATUS = {"pass": "✅ pass", "fail": "❌ fail", "not run": "⚪ not run"}


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


def render(ledger: Ledger, facts: RunFacts) -> str:
    failed = ledger.failed_checks
    verdict = "PASSED" if ledger.ok else "FAILED"
    detail = f" ({len(failed)} of {len(CHECKS)} checks failed)" if failed else ""
    lines = [f"# Contract check: {verdict}{detail}", ""]
    lines += _facts_table(ledger, facts)
    lines += [
        "",
        "## Checks",
        "",
        "| Check | Result | Passed | Failed | Expects |",
        "|---|---|---|---|---|",
    ]
    names = list(CHECKS) + sorted(set(ledger.tallies) - set(CHECKS))
    for name in names:
        tally = ledger.tallies.get(name)
        passed, failures = (tally.passed, tally.failed) if tally else (0, 0)
        status = _STATUS[ledger.status(name)]
        lines.append(
            f"| `{name}` | {status} | {passed} | {failures} | {_cell(CHECKS.get(name, ''))} |"
        )
    lines += [
        "",
        "Passed/failed count responses for the per-response checks and check runs (a set of "
        "walks, one filter, one credential scenario) for the others.",
    ]
    lines += _failures(ledger)
    lines += _test_errors(ledger)
    lines += _undocumented_fields(ledger)
    lines += _undocumented_types(ledger)
    return "\n".join(lines) + "\n"


def _facts_table(ledger: Ledger, facts: RunFacts) -> list[str]:
    seed = "random" if facts.seed is None else str(facts.seed)
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
        ("pytest", tests),
        ("Seed", seed),
        ("Reproduce the run", f"`{facts.reproduce}`"),
    ]
    if facts.mock_hint:
        rows.append(("Mock for the curl commands", facts.mock_hint))
    return ["| | |", "|---|---|", *(f"| {name} | {_cell(value)} |" for name, value in rows)]


def _failures(ledger: Ledger) -> list[str]:
    if not ledger.findings:
        return []
    lines = ["", "## Failures", ""]
    ordered = sorted(ledger.findings.values(), key=lambda f: (_order(f.check), f.operation))
    for finding in ordered:
        lines += _finding(finding)
    return lines


def _finding(finding: Finding) -> list[str]:
    times = f" ({finding.occurrences} times)" if finding.occurrences > 1 else ""
    seen = finding.seen.strip()
    if len(seen) > _SEEN_LIMIT:
        seen = seen[:_SEEN_LIMIT] + "\n… (truncated; the cassette has the full exchange)"
    lines = [
        f"### `{finding.check}`: {finding.title}{times}",
        "",
        f"- **Operation:** `{finding.operation}`",
        f"- **Expected:** {finding.expected}",
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


def _undocumented_fields(ledger: Ledger) -> list[str]:
    lines = ["", "## Undocumented fields", ""]
    if not ledger.undocumented_fields:
        return [*lines, "None seen."]
    lines += ["| Feed | Field | Seen on (distinct objects) |", "|---|---|---|"]
    for (feed, path), holders in sorted(ledger.undocumented_fields.items()):
        lines.append(f"| {feed} | `{_cell(path)}` | {len(holders):,} |")
    return lines


def _undocumented_types(ledger: Ledger) -> list[str]:
    lines = ["", "## Undocumented event types", ""]
    if not ledger.undocumented_types:
        return [*lines, "None seen."]
    lines += ["| Feed | Type | Count (distinct activities) | Example id |", "|---|---|---|---|"]
    for (feed, event_type), sighting in sorted(ledger.undocumented_types.items()):
        example = f"`{sighting.example_id}`" if sighting.example_id else "—"
        lines.append(f"| {feed} | `{_cell(event_type)}` | {sighting.count:,} | {example} |")
    return lines


def _gist(seen: str) -> str:
    """The line that tells an occurrence apart (the `HTTP … — title` line is the same for all)."""
    lines = [line.strip() for line in seen.strip().splitlines() if line.strip()]
    if len(lines) > 1 and lines[0].startswith("HTTP "):
        lines = lines[1:]
    gist = lines[0] if lines else ""
    return _cell(gist if len(gist) <= _OTHER_LIMIT else gist[:_OTHER_LIMIT] + " …")


def _order(check: str) -> int:
    names = list(CHECKS)
    return names.index(check) if check in names else len(names)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")
