"""P4: the default contract check (`python -m contract_tests`) against the embedded mock, 2 cores.

It runs as a subprocess pinned to two CPUs (where the OS allows pinning), with a temporary
report folder. Wall time is measured from outside (interpreter start to exit, what a CI job
waits for); the number of generated cases and the suite's own wall time are read from the
drift report it writes, or from its terminal summary when the report lacks them.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .results import Row, Section

ID = "P4"
ROOT = Path(__file__).resolve().parent.parent
TARGET_S = 60.0
TARGET_CASES = 1_000
CORES = 2
TIMEOUT_S = 900.0
REPORT_NAME = "drift-report.md"

# "| Generated cases (Schemathesis) | 1,281 |" in the report; "1,281 generated cases" on stdout.
_CASES = (
    re.compile(r"\|\s*Generated cases[^|]*\|\s*([\d,]+)\s*\|"),
    re.compile(r"([\d,]+) generated cases"),
)
_WALL = (re.compile(r"\|\s*Wall time\s*\|\s*([\d.]+) s\s*\|"), re.compile(r"requests, ([\d.]+) s,"))


def _first(patterns: tuple[re.Pattern[str], ...], *texts: str) -> str | None:
    for text in texts:
        for pattern in patterns:
            found = pattern.search(text)
            if found:
                return found.group(1)
    return None


def _pin_to_cores() -> None:  # runs in the child between fork and exec
    available = sorted(os.sched_getaffinity(0))
    os.sched_setaffinity(0, available[:CORES])


def run_suite() -> tuple[float, int, str, str]:
    """(wall seconds, exit code, stdout + stderr, drift report text)."""
    pin = _pin_to_cores if hasattr(os, "sched_setaffinity") else None
    with tempfile.TemporaryDirectory(prefix="bench-contract-") as tmp:
        report_dir = Path(tmp) / "report"
        start = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", "contract_tests", "--report-dir", str(report_dir)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
            timeout=TIMEOUT_S,
            preexec_fn=pin,  # only sched_setaffinity runs between fork and exec
        )
        wall = time.perf_counter() - start
        report = report_dir / REPORT_NAME
        text = report.read_text(encoding="utf-8") if report.exists() else ""
    return wall, done.returncode, done.stdout + done.stderr, text


def run() -> Section:
    cores = min(CORES, len(os.sched_getaffinity(0))) if hasattr(os, "sched_getaffinity") else None
    wall, code, output, report = run_suite()
    cases_text = _first(_CASES, report, output)
    suite_wall_text = _first(_WALL, report, output)
    cases = int(cases_text.replace(",", "")) if cases_text else None
    suite_wall = float(suite_wall_text) if suite_wall_text else None
    verdict = {0: "passed", 1: "a contract check failed"}.get(code, f"could not run (exit {code})")
    rows = [
        Row(
            ID,
            f"python -m contract_tests, embedded mock, {cores or '?'} cores: wall time",
            f"{wall:.1f} s",
            f"suite's own clock {suite_wall:.1f} s" if suite_wall is not None else "",
            f"<= {TARGET_S:.0f} s",
            wall <= TARGET_S,
        ),
        Row(
            ID,
            "generated cases (Schemathesis)",
            f"{cases:,}" if cases is not None else "not found in its output",
            "",
            f">= {TARGET_CASES:,}",
            cases is not None and cases >= TARGET_CASES,
        ),
        Row(ID, "contract check verdict", verdict, f"exit {code}"),
    ]
    notes = [
        "One run (it takes tens of seconds), pinned to two CPUs with `sched_setaffinity`; "
        "the wall time is measured outside the process, interpreter start included.",
    ]
    if cases is None or code != 0:  # a failed check is news: say which, not only that
        notes.append("Its output ended with:\n\n```text\n" + output.strip()[-1500:] + "\n```")
    return Section(ID, "the default contract check on the embedded mock", rows, notes)
