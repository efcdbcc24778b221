"""The body of the nightly drift issue: the new findings first, then links, then the report.

    python -m contract_tests.drift.issue REPORT_DIR [--run-url URL] [--patch-url URL]

Reads REPORT_DIR/findings.json and drift-report.md. Standard library only: the nightly workflow
runs it with the runner's Python, outside the nox session that ran the check.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

# GitHub caps an issue body at 65,536 characters.
MAX_BODY = 65_000
MAX_NEW = 60
# A record's status as shown, and the order new findings are listed in (drift-report.md too).
STATUS = {"failing": "❌ failing", "known": "🟡 known", "reported": "ℹ️ reported"}  # noqa: RUF001
STATUS_ORDER = {"failing": 0, "known": 1, "reported": 2}


def body(folder: Path, run_url: str | None = None, patch_url: str | None = None) -> str:
    findings = json.loads((folder / "findings.json").read_text(encoding="utf-8"))
    if not isinstance(findings, dict):
        raise ValueError("not a findings document (a JSON object)")
    records = findings.get("findings", [])
    new = sorted(
        (record for record in records if record.get("since_last_run") == "new"),
        key=lambda record: (STATUS_ORDER.get(record.get("status", ""), 3), record.get("key", "")),
    )
    failing = [record for record in records if record.get("status") == "failing"]
    previous = findings.get("previous")
    compared = (
        f"Compared with the run of {previous['started_at']}."
        if previous
        else "No previous run to compare with: every finding counts as new."
    )
    lines = [f"## New since the last run: {len(new)}", "", compared, ""]
    lines += [f"- {_line(record)}" for record in new[:MAX_NEW]]
    if len(new) > MAX_NEW:
        lines.append(f"- … and {len(new) - MAX_NEW} more (findings.json in the report)")
    if not new:
        lines.append("None.")
    expired = [entry for entry in findings.get("known_drift", []) if entry["state"] == "expired"]
    if expired:
        lines.append("")
    for entry in expired:
        lines.append(
            f"- ⏰ known-drift entry at line {entry['line']} ({entry['check']}, "
            f"{entry.get('path') or entry.get('event_type') or 'any subject'}) expired on "
            f"{entry['expires']}: renew or remove it"
        )
    lines += ["", f"{len(failing)} failing finding{'s' if len(failing) != 1 else ''} in all."]
    patch = folder / "spec.patch"
    if patch.exists():
        where = f"[spec.patch]({patch_url})" if patch_url else "spec.patch (in the report folder)"
        lines.append(
            f"Suggested spec patch: {where} — `git apply spec.patch && nox -s generate`, review, "
            "commit."
        )
    else:
        lines.append("No spec patch: nothing the spec's tolerant part could absorb.")
    if run_url:
        lines.append(f"Run and report folder: {run_url}")
    head = "\n".join(lines) + "\n"
    report_path = folder / "drift-report.md"
    report = report_path.read_text(encoding="utf-8") if report_path.exists() else ""
    room = MAX_BODY - len(head) - 200
    if len(report) > room:
        report = report[: max(room, 0)] + "\n\n… (truncated: the report folder has it all)\n"
    return f"{head}\n<details><summary>Full drift report</summary>\n\n{report}\n</details>\n"


def _line(record: dict[str, Any]) -> str:
    subject = record.get("subject", {})
    what = (
        f"`{subject['path']}` ({subject.get('problem', '')})"
        if "path" in subject
        else f"event type `{subject['event_type']}`"
        if "event_type" in subject
        else subject.get("title", "")
    )
    times = record.get("occurrences", 1)
    seen = f" ({times:,} times)" if times > 1 else ""
    return (
        f"{STATUS.get(record.get('status', ''), record.get('status'))} · `{record['check']}` · "
        f"{record.get('feed', '')} · {what}{seen} · spec patch: {record.get('spec_patch', '')}"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m contract_tests.drift.issue")
    parser.add_argument("folder", type=Path, help="the report folder of the run")
    parser.add_argument("--run-url", help="link to the workflow run")
    parser.add_argument("--patch-url", help="link to the uploaded spec.patch")
    args = parser.parse_args(argv)
    if not (args.folder / "findings.json").is_file():
        print(f"{args.folder}: no findings.json (did the check start?)", file=sys.stderr)
        return 2
    try:
        text = body(args.folder, args.run_url, args.patch_url)
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
        # e.g. a run killed while writing it: say so instead of a traceback in the workflow log
        print(
            f"{args.folder}: findings.json cannot be read ({type(error).__name__}: {error})",
            file=sys.stderr,
        )
        return 2
    sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
