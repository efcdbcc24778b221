"""P2's fresh-interpreter row: the first 1,000 typed items of a process against the later ones."""

from __future__ import annotations

from benchmarks import p2_paginate
from benchmarks.p2_memory import CHECKPOINTS, Checkpoint


def checkpoints(elapsed: list[float]) -> list[Checkpoint]:
    pairs = zip(CHECKPOINTS, elapsed, strict=True)
    return [Checkpoint(items, seconds, 0, 0, None, None) for items, seconds in pairs]


def test_the_cold_row_sets_the_first_thousand_against_the_median_of_the_others() -> None:
    # 0.5 s for the first 1,000 items, then 0.1 s per 1,000 but one slow stretch of 0.4 s
    elapsed = [0.5, 0.6, 0.7, 1.1, 1.2, 1.3, 1.4, 1.5, 1.6, 1.7]
    row = p2_paginate._cold_row(checkpoints(elapsed))
    assert row.what == "ours, every payload typed, fresh interpreter: first 1,000 items"
    assert row.measured == "0.50 s"
    assert row.ratio == "each later 1,000: 0.10 s (median)"
    assert row.met is None  # informative: the issue sets no target for it
