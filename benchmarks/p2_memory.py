"""P2's fresh-interpreter half: walk the feed in a new process, read its memory at checkpoints.

    python -m benchmarks.p2_memory BASE_URL APP_ID APP_TOKEN CUSTOMER_ID MODE [--tracemalloc]

MODE is `ours`, `ours typed` or `raw`. Prints one JSON array: for each checkpoint (items
consumed), the time since the walk began, the peak RSS so far (the kernel's high-water mark,
`VmHWM`), the current RSS (`VmRSS`, or psutil off Linux), and with --tracemalloc the Python
heap's current and peak size. A subprocess keeps the parent's mock server, dataset and earlier
benchmarks out of the figures; items are counted and dropped, as a consumer that streams them
would.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import itertools
import json
import resource
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from .walks import MODES, Feed

ROOT = Path(__file__).resolve().parent.parent
CHECKPOINTS = tuple(range(1_000, 10_001, 1_000))


@dataclass(frozen=True)
class Checkpoint:
    items: int
    elapsed_s: float  # since the walk began (the client made, no request sent yet)
    max_rss: int  # bytes
    rss: int  # bytes
    traced: int | None  # bytes
    traced_peak: int | None  # bytes


def _status_kib(field: str) -> int | None:
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith(f"{field}:"):
                return int(line.split()[1])
    return None


def _rss() -> int:
    """Resident set size now, in bytes (psutil where /proc is missing)."""
    kib = _status_kib("VmRSS")
    if kib is not None:
        return kib * 1024
    psutil = importlib.import_module("psutil")  # the bench extra; imported by name: no stubs
    return int(psutil.Process().memory_info().rss)


def _max_rss() -> int:
    """Peak RSS of this process, in bytes.

    Linux keeps `ru_maxrss` across fork + exec, so a child of a big parent (this benchmark,
    holding the mock's dataset) would report the parent's peak; `VmHWM` in /proc/self/status
    is the peak of this program's own address space. Elsewhere fall back to `ru_maxrss`.
    """
    kib = _status_kib("VmHWM")
    if kib is not None:
        return kib * 1024
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024  # macOS: bytes, others: KiB


def walk(feed: Feed, mode: str, trace: bool) -> list[Checkpoint]:
    if trace:
        tracemalloc.start()
    found: list[Checkpoint] = []
    seen = 0
    start = time.perf_counter()
    with contextlib.closing(MODES[mode](feed)) as items:
        for seen, _ in enumerate(itertools.islice(items, CHECKPOINTS[-1]), start=1):
            if seen in CHECKPOINTS:
                traced = tracemalloc.get_traced_memory() if trace else (None, None)
                elapsed = time.perf_counter() - start
                found.append(Checkpoint(seen, elapsed, _max_rss(), _rss(), *traced))
    if seen != CHECKPOINTS[-1]:
        raise SystemExit(f"the feed ended after {seen} items; {CHECKPOINTS[-1]} needed")
    return found


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.p2_memory")
    parser.add_argument("base_url")
    parser.add_argument("app_id")
    parser.add_argument("app_token")
    parser.add_argument("customer_id")
    parser.add_argument("mode", choices=sorted(MODES))
    parser.add_argument("--tracemalloc", action="store_true")
    args = parser.parse_args(argv)
    feed = Feed(args.base_url, args.app_id, args.app_token, args.customer_id)
    checkpoints = walk(feed, args.mode, args.tracemalloc)
    print(json.dumps([checkpoint.__dict__ for checkpoint in checkpoints]))
    return 0


def measure(feed: Feed, mode: str, *, trace: bool) -> list[Checkpoint]:
    """Run `main` in a fresh interpreter against `feed` (the server runs in this process)."""
    command = [sys.executable, "-m", "benchmarks.p2_memory", feed.base_url, feed.app_id]
    command += [feed.app_token, feed.customer_id, mode] + (["--tracemalloc"] if trace else [])
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command[1:])} failed:\n{done.stderr.strip()}")
    return [Checkpoint(**fields) for fields in json.loads(done.stdout)]


if __name__ == "__main__":
    sys.exit(main())
