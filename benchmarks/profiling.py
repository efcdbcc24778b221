"""Profiles attached to the report when a speed target is missed (pyinstrument, flat self time)."""

from __future__ import annotations

import re
from collections.abc import Callable

from .timing import frozen_heap

LINES = 25
INTERVAL_S = 0.0002
PERCENT = re.compile(r"^\d+(\.\d+)?% ")


def flat_profile(fn: Callable[[], object], repeat: int) -> str:
    """Where `repeat` calls of `fn` spend their time: the top functions by self time."""
    from pyinstrument import Profiler  # a bench-only dependency, imported when needed

    profiler = Profiler(interval=INTERVAL_S)
    with frozen_heap():  # as in timing.interleaved
        profiler.start()
        for _ in range(repeat):
            fn()
        profiler.stop()
    text = profiler.output_text(flat=True, flat_time="self", time="percent_of_total")
    # Keep the "12.3% function  file:line" lines; drop the banner and the profiler's own frames.
    lines = [
        line.strip()
        for line in text.splitlines()
        if PERCENT.match(line.strip()) and "benchmarks/profiling.py" not in line
    ]
    return "\n".join(lines[:LINES])
