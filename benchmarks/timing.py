"""Repeat-and-take-the-median timing, shared by every benchmark."""

from __future__ import annotations

import contextlib
import gc
import statistics
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass


@dataclass(frozen=True)
class Timing:
    """Per-call wall and CPU times of one contender, one sample per run.

    CPU time is this process's (every thread's): less disturbed than wall time by other
    programs competing for the cores.
    """

    samples: tuple[float, ...]
    cpu_samples: tuple[float, ...] = ()

    @property
    def median_s(self) -> float:
        return statistics.median(self.samples)

    @property
    def cpu_median_s(self) -> float:
        return statistics.median(self.cpu_samples)


@contextlib.contextmanager
def frozen_heap() -> Iterator[None]:
    """Collect, then freeze whatever the process holds out of the collector for the block (the
    mock's heap is not the client's to collect)."""
    gc.collect()
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def interleaved(
    fns: dict[str, Callable[[], object]], *, runs: int, loops: int = 1, warmup: int = 1
) -> dict[str, Timing]:
    """Time several contenders side by side, alternating them run by run.

    Alternating keeps drift in machine load (the other core, CPU frequency) from
    favouring whichever contender happens to run first. The garbage collector stays on (it is
    part of the real cost), but each sample starts from a collected heap so one contender's
    garbage is not charged to the next, and whatever the process held before (the mock's
    dataset: hundreds of thousands of objects) is frozen out of the collector, as it would not
    exist in a client's process.
    """
    for _ in range(warmup):
        for fn in fns.values():
            fn()
    wall: dict[str, list[float]] = {name: [] for name in fns}
    cpu: dict[str, list[float]] = {name: [] for name in fns}
    with frozen_heap():
        for _ in range(runs):
            for name, fn in fns.items():
                gc.collect()
                start, start_cpu = time.perf_counter(), time.process_time()
                for _ in range(loops):
                    fn()
                cpu[name].append((time.process_time() - start_cpu) / loops)
                wall[name].append((time.perf_counter() - start) / loops)
    return {name: Timing(tuple(wall[name]), tuple(cpu[name])) for name in fns}
