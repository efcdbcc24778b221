"""The drift parts of drift-report.md: new findings first, then known drift and the spec patch."""

from __future__ import annotations

from collections.abc import Iterable

from contract_tests.drift.folder import IN_PATCH, PATCH_NAME, Outcome
from contract_tests.drift.issue import STATUS, STATUS_ORDER
from contract_tests.drift.records import NEW, DriftRecord

MAX_NEW_ROWS = 40
MAX_TABLE_ROWS = 400


def headline_detail(outcome: Outcome, checks: Iterable[str]) -> str:
    triage = outcome.triage
    failing = [check for check in checks if triage.check_status(check) == "fail"]
    names = list(checks)
    parts = []
    if failing:
        parts.append(f"{len(failing)} of {len(names)} checks failed")
    if triage.known:
        parts.append(f"{len(triage.known)} known")
    if triage.expired:
        expired = len(triage.expired)
        parts.append(f"{expired} known-drift entr{'y' if expired == 1 else 'ies'} expired")
    if triage.test_errors:
        parts.append(f"{triage.test_errors} test error{'s' if triage.test_errors > 1 else ''}")
    return f" ({'; '.join(parts)})" if parts else ""


def opening(outcome: Outcome) -> list[str]:
    """The new findings (and expired entries) the report opens with."""
    new = sorted(
        (record for record in outcome.triage.records if record.change == NEW),
        key=lambda record: (STATUS_ORDER.get(record.status, 3), record.key),
    )
    previous = outcome.previous
    compared = (
        f"compared with the run of {previous.started_at} ({previous.folder})"
        if previous is not None
        else "no previous run given (`--previous DIR`): every finding counts as new"
    )
    lines = ["## New since the last run", "", f"{len(new)} new; {compared}.", ""]
    for record in new[:MAX_NEW_ROWS]:
        lines.append(f"- {_line(record)}")
    if len(new) > MAX_NEW_ROWS:
        lines.append(f"- … and {len(new) - MAX_NEW_ROWS} more (the drift table, findings.json)")
    if not new:
        lines.append("None.")
    expired = outcome.triage.expired
    if expired:
        lines += ["", "## Known drift that expired (fails the run)", ""]
        lines += [
            f"- {use.entry.describe()} expired on {use.entry.expires.isoformat()} "
            f"(owner {use.entry.owner}; matched {use.matched} finding"
            f"{'' if use.matched == 1 else 's'}): renew it with a new date and reason, or remove "
            "it and fix the drift"
            for use in expired
        ]
    return [*lines, ""]


def facts(outcome: Outcome) -> list[tuple[str, str]]:
    known = outcome.known_drift
    triage = outcome.triage
    uses = triage.entries
    entries = (
        f"{known.path.name}: {len(uses)} entries "
        f"({sum(use.state == 'active' for use in uses)} matched, {len(triage.expired)} expired, "
        f"{len(triage.stale)} stale)"
        if known.path is not None
        else "none"
    )
    previous = outcome.previous
    return [
        ("Known drift", entries),
        ("Compared with", previous.started_at if previous is not None else "no previous run"),
    ]


def sections(outcome: Outcome) -> list[str]:
    return [*_table(outcome), *_resolved(outcome), *_known(outcome), *_patch(outcome)]


def _table(outcome: Outcome) -> list[str]:
    records = sorted(
        outcome.triage.records, key=lambda record: (STATUS_ORDER.get(record.status, 3), record.key)
    )
    lines = [
        "",
        "## Drift",
        "",
        "Every finding of the run under its stable key (findings.json has the same records; "
        "`--previous` reads them).",
        "",
    ]
    if not records:
        return [*lines, "None."]
    lines += [
        "| Status | Since last run | First seen | Check | Feed | Subject | Seen | Spec patch |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for record in records[:MAX_TABLE_ROWS]:
        first = record.first_seen.isoformat() if record.first_seen else ""
        lines.append(
            f"| {STATUS.get(record.status, record.status)} | {record.change} | {first} "
            f"| `{record.check}` | {record.feed} | {cell(record.subject.describe())} "
            f"| {record.occurrences:,} | {cell(_patch_cell(record))} |"
        )
    if len(records) > MAX_TABLE_ROWS:
        lines.append(f"| | | | | | … {len(records) - MAX_TABLE_ROWS} more in findings.json | | |")
    return lines


def _resolved(outcome: Outcome) -> list[str]:
    if outcome.previous is None:
        return []
    lines = ["", "## Resolved since the last run", ""]
    if not outcome.resolved:
        return [*lines, "None."]
    for past in outcome.resolved:
        lines.append(
            f"- `{_inline(past.key)}` · {_inline(past.title)} · first seen "
            f"{past.first_seen.isoformat()}, last seen {outcome.previous.day}"
        )
    return lines


def _known(outcome: Outcome) -> list[str]:
    path = outcome.known_drift.path
    if path is None:
        return []
    lines = ["", f"## Known drift ({path.name})", ""]
    uses = outcome.triage.entries
    if not uses:
        return [*lines, "No entries."]
    lines += [
        "| Line | Check | Operation | Accepts | Reason | Owner | Expires | Matched | State |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for use in uses:
        entry = use.entry
        lines.append(
            f"| {entry.line} | `{entry.check}` | {entry.operation} | {cell(entry.what)} "
            f"| {cell(entry.reason)} | {cell(entry.owner)} | {entry.expires.isoformat()} "
            f"| {use.matched} | {use.state} |"
        )
    return lines


def _patch(outcome: Outcome) -> list[str]:
    records = outcome.triage.records
    lines = ["", "## Suggested spec patch", ""]
    patch = outcome.patch
    if patch is not None and patch.diff:
        absorbed = sum(record.patch == IN_PATCH for record in records)
        lines += [
            f"`{PATCH_NAME}` in this folder absorbs {absorbed} finding"
            f"{'' if absorbed == 1 else 's'} into openapi/voucherify-activity.yaml: "
            f"`git apply <report folder>/{PATCH_NAME} && nox -s generate`, then review, run "
            "`nox -s tests` and commit (add lasting quirks to docs/spec.md).",
            "",
        ]
        lines += [f"- {edit.describe()}" for edit in patch.applied]
    else:
        lines.append("No spec edit proposed.")
    strict = [record for record in records if record.patch.startswith("not patched, strict")]
    if strict:
        lines += ["", "Reported, not patched (the strict part of docs/spec.md):", ""]
        lines += [
            f"- `{record.check}` {record.feed} {_inline(record.subject.describe())}: "
            f"{record.patch.removeprefix('not patched, strict: ')}"
            for record in strict
        ]
    return lines


def _line(record: DriftRecord) -> str:
    times = f" ({record.occurrences:,} times)" if record.occurrences > 1 else ""
    known = ""
    if record.known_by is not None:
        known = f" — known until {record.known_by.expires.isoformat()} ({record.known_by.owner})"
    return (
        f"{STATUS.get(record.status, record.status)} · `{record.check}` · {record.feed} · "
        f"{_inline(record.subject.describe())}{times}{known} · spec patch: {_patch_cell(record)}"
    )


def _patch_cell(record: DriftRecord) -> str:
    if record.patch == IN_PATCH:
        return "proposed"
    if record.patch.startswith("not patched, strict"):
        return "strict, not patched"
    if record.patch.startswith("none"):
        return "none"
    if record.patch.startswith("not patched while known"):
        return "held while known"
    return record.patch


def _inline(text: str) -> str:
    """For a list item: one line."""
    return " ".join(text.split())


def cell(text: str) -> str:
    """Text for a Markdown table cell: pipes escaped, on one line."""
    return text.replace("|", "\\|").replace("\n", " ")
