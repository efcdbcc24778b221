"""P3: regeneration from a cold start, wall time; its output identical run after run.

Each run is a new interpreter executing `scripts/regenerate.py --output <empty temp folder>`:
generator, overlay copy, ruff fix and format, the whole pipeline a user runs after a spec change.
The outputs of all runs are then compared byte for byte with each other and, for information,
with the checked-in generated/ (which another change may have left stale).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from .results import Row, Section

ID = "P3"
ROOT = Path(__file__).resolve().parent.parent
CHECKED_IN = ROOT / "generated" / "voucherify-activity-client"
TARGET_S = 10.0
IGNORED_PARTS = ("__pycache__", ".ruff_cache")


@dataclass(frozen=True)
class Settings:
    runs: int = 3


QUICK = Settings(runs=2)


def tree(folder: Path) -> dict[str, bytes]:
    """Relative path -> bytes of every file under `folder`, caches left out."""
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and not any(part in IGNORED_PARTS for part in path.parts)
    }


def regenerate(output: Path) -> float:
    """One cold regeneration into `output`; its wall time in seconds."""
    # No bytecode caches written: every run starts the generator from source, as the first would.
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "scripts/regenerate.py", "--output", str(output)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"scripts/regenerate.py failed:\n{(done.stdout + done.stderr).strip()}")
    return elapsed


def run(settings: Settings = Settings()) -> Section:
    times: list[float] = []
    outputs: list[dict[str, bytes]] = []
    with tempfile.TemporaryDirectory(prefix="bench-regenerate-") as tmp:
        for index in range(max(2, settings.runs)):
            output = Path(tmp) / f"run{index}"
            times.append(regenerate(output))
            outputs.append(tree(output))
    identical = all(output == outputs[0] for output in outputs[1:])
    fresh = outputs[0] == tree(CHECKED_IN)
    median = statistics.median(times)
    rows = [
        Row(
            ID,
            f"regenerate the client, cold (median of {len(times)} new interpreters)",
            f"{median:.2f} s",
            f"{min(times):.2f}-{max(times):.2f} s",
            f"<= {TARGET_S:.0f} s",
            median <= TARGET_S,
        ),
        Row(
            ID,
            f"output identical across the {len(times)} runs ({len(outputs[0])} files)",
            "identical" if identical else "DIFFERENT",
            "",
            "identical",
            identical,
        ),
        Row(ID, "checked-in generated/ equals a fresh run", "yes" if fresh else "no (stale)"),
    ]
    notes = [
        "Each run: `python scripts/regenerate.py --output <temp>` in a new interpreter without "
        "bytecode caches (openapi-python-client, overlay copy, ruff fix + format).",
    ]
    return Section(ID, "regeneration from a cold start", rows, notes)
