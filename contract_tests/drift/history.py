"""findings.json: the run's findings, one record per stable key; and what changed since last run.

`--previous DIR` reads DIR/findings.json (the previous run's report folder, e.g. the nightly's
last artifact): a finding whose key was there is *still there* and keeps its first-seen date, one
that was not is *new*, and one that is gone is *resolved*.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from contract_tests.drift.records import NEW, STILL_THERE, DriftRecord, Triage
from contract_tests.drift.subject import Subject

FILE_NAME = "findings.json"
FORMAT = "voucherify-activity-contract-findings/1"


class HistoryError(Exception):
    pass


@dataclass(frozen=True, slots=True)
class PastFinding:
    key: str
    check: str
    operation: str
    title: str
    first_seen: date
    subject: dict[str, str]


@dataclass(frozen=True, slots=True)
class PreviousRun:
    folder: Path
    started_at: str
    findings: dict[str, PastFinding]

    @property
    def day(self) -> str:
        return self.started_at[:10]


def load_previous(folder: Path) -> PreviousRun:
    path = folder / FILE_NAME
    if not path.is_file():
        raise HistoryError(f"--previous {folder}: no {FILE_NAME} there (a report folder of a run)")
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(document, dict) or document.get("format") != FORMAT:
            raise ValueError(f"not a {FORMAT} document")
        findings = {}
        for item in document["findings"]:
            past = PastFinding(
                key=str(item["key"]),
                check=str(item["check"]),
                operation=str(item["operation"]),
                title=str(item["title"]),
                first_seen=date.fromisoformat(item["first_seen"]),
                subject={str(name): str(value) for name, value in item["subject"].items()},
            )
            findings[past.key] = past
        started_at = str(document["run"]["started_at"])
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise HistoryError(f"--previous {folder}: {FILE_NAME} cannot be read: {exc}") from None
    return PreviousRun(folder, started_at, findings)


def compare(
    records: list[DriftRecord], previous: PreviousRun | None, today: date
) -> list[PastFinding]:
    """Mark each record new or still there; return the previous findings that are gone."""
    past = previous.findings if previous is not None else {}
    for record in records:
        before = past.get(record.key)
        record.change = STILL_THERE if before is not None else NEW
        record.first_seen = before.first_seen if before is not None else today
    current = {record.key for record in records}
    return [finding for key, finding in sorted(past.items()) if key not in current]


def document(
    triage: Triage,
    resolved: list[PastFinding],
    previous: PreviousRun | None,
    run: dict[str, Any],
) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "run": run,
        "previous": (
            None
            if previous is None
            else {"folder": str(previous.folder), "started_at": previous.started_at}
        ),
        "findings": [_record(record) for record in triage.records],
        "resolved": [
            {
                "key": past.key,
                "check": past.check,
                "operation": past.operation,
                "subject": past.subject,
                "title": past.title,
                "first_seen": past.first_seen.isoformat(),
                "last_seen": previous.day if previous is not None else None,
            }
            for past in resolved
        ],
        "known_drift": [
            {
                "line": use.entry.line,
                "check": use.entry.check,
                "operation": use.entry.operation,
                "path": use.entry.path,
                "event_type": use.entry.event_type,
                "owner": use.entry.owner,
                "expires": use.entry.expires.isoformat(),
                "matched": use.matched,
                "state": use.state,
            }
            for use in triage.entries
        ],
    }


def write(path: Path, content: dict[str, Any]) -> None:
    path.write_text(json.dumps(content, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def subject_fields(subject: Subject) -> dict[str, str]:
    if subject.path is not None:
        return {"path": subject.path, "problem": subject.problem}
    if subject.event_type is not None:
        return {"event_type": subject.event_type}
    return {"title": subject.title or ""}


def _record(record: DriftRecord) -> dict[str, Any]:
    known = record.known_by
    return {
        "key": record.key,
        "check": record.check,
        "operation": record.operation,
        "feed": record.feed,
        "subject": subject_fields(record.subject),
        "title": record.title,
        "status": record.status,
        "fails_run": record.status == "failing",
        "since_last_run": record.change,
        "first_seen": record.first_seen.isoformat() if record.first_seen else None,
        "occurrences": record.occurrences,
        "known": (
            None
            if known is None
            else {
                "line": known.line,
                "reason": known.reason,
                "owner": known.owner,
                "expires": known.expires.isoformat(),
            }
        ),
        "expired_entries": [entry.line for entry in record.expired_by],
        "spec_patch": record.patch,
    }
