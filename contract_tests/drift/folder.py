"""At the end of a run: triage the findings, compare with the previous run, propose the patch.

Writes findings.json (always) and spec.patch (when an edit is proposed) into the report folder;
drift-report.md renders the same `Outcome` (contract_tests/report/drift_markdown.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from contract_tests.drift import history
from contract_tests.drift.history import PastFinding, PreviousRun
from contract_tests.drift.known import KnownDrift
from contract_tests.drift.patch import SpecPatch, build
from contract_tests.drift.proposals import Proposal, propose
from contract_tests.drift.records import KNOWN, Triage, collect, triage
from contract_tests.report.ledger import Ledger
from contract_tests.spec import SPEC_PATH, Spec

FINDINGS_NAME = history.FILE_NAME
PATCH_NAME = "spec.patch"
IN_PATCH = "in spec.patch"


@dataclass
class Outcome:
    triage: Triage
    resolved: list[PastFinding]
    previous: PreviousRun | None
    known_drift: KnownDrift
    proposals: dict[str, Proposal]
    patch: SpecPatch | None

    @property
    def ok(self) -> bool:
        return self.triage.ok


def assess(
    ledger: Ledger,
    spec: Spec,
    known: KnownDrift,
    previous: PreviousRun | None,
    today: date,
    spec_text: str | None = None,
) -> Outcome:
    records = collect(ledger)
    triaged = triage(records, known, today, len(ledger.test_errors))
    resolved = history.compare(records, previous, today)
    proposals = {record.key: propose(spec, record) for record in records}
    # Known findings are accepted as they are: their edits stay out of the patch until the entry
    # goes (or expires).
    edits = [
        edit for record in records if record.status != KNOWN for edit in proposals[record.key].edits
    ]
    text = spec_text if spec_text is not None else SPEC_PATH.read_text(encoding="utf-8")
    patch = build(text, edits) if edits else None
    for record in records:
        record.patch = _patch_note(record.status, proposals[record.key], patch)
    return Outcome(triaged, resolved, previous, known, proposals, patch)


def write(folder: Path, outcome: Outcome, run: dict[str, Any]) -> None:
    content = history.document(outcome.triage, outcome.resolved, outcome.previous, run)
    history.write(folder / FINDINGS_NAME, content)
    patch_path = folder / PATCH_NAME
    if outcome.patch is not None and outcome.patch.diff:
        patch_path.write_text(outcome.patch.diff, encoding="utf-8")
    elif patch_path.exists():
        patch_path.unlink()  # a folder reused from an earlier run


def clear(folder: Path) -> None:
    """No findings nor patch in `folder` (a run without a verdict, in a folder maybe reused)."""
    for name in (FINDINGS_NAME, PATCH_NAME):
        (folder / name).unlink(missing_ok=True)


def _patch_note(status: str, proposal: Proposal, patch: SpecPatch | None) -> str:
    if proposal.strict is not None:
        return f"not patched, strict: {proposal.strict}"
    if proposal.none is not None:
        return f"none: {proposal.none}"
    if status == KNOWN:
        return "not patched while known (remove the entry to get the edit proposed)"
    failed = [patch.failure(edit) for edit in proposal.edits] if patch is not None else []
    reasons = [reason for reason in failed if reason]
    if reasons:
        return f"not patched: {reasons[0]}"
    return IN_PATCH
