"""P2's fresh-interpreter row (the first 1,000 typed items of a process against the later
ones), where the typed walk is judged and shown, and which walk the profile of a miss is taken
of."""

from __future__ import annotations

from benchmarks import p2_paginate, walks
from benchmarks.p2_memory import CHECKPOINTS, Checkpoint
from benchmarks.results import Row, Section
from benchmarks.timing import Timing


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


def section_with(typed_met: bool, lazy_met: bool) -> Section:
    rows = [
        Row("P2", "mock in a thread: ours, client.customer_activity.iter", "1 s", "", "", lazy_met),
        Row("P2", p2_paginate.TYPED_ROW, "1 s", "", "", typed_met),
    ]
    return Section("P2", "title", rows, [])


def test_the_profile_of_a_miss_is_of_the_walk_that_missed() -> None:
    assert p2_paginate.missed_mode(section_with(typed_met=False, lazy_met=True)) == "ours typed"
    assert p2_paginate.missed_mode(section_with(typed_met=True, lazy_met=False)) == "ours"
    both = p2_paginate.missed_mode(section_with(typed_met=False, lazy_met=False))
    assert both == "ours typed"  # its walk does all the lazy one does, and reads every payload
    assert {"ours", "ours typed"} <= walks.MODES.keys()  # what profile() can walk


def timings(seconds: dict[str, float]) -> dict[str, Timing]:
    return {name: Timing((value,), (value,)) for name, value in seconds.items()}


def test_the_typed_walk_is_judged_in_the_thread_and_shown_apart() -> None:
    seconds = {"raw": 0.3, "ours": 0.25, "raw stdlib": 0.4, "ours typed": 0.5}
    walked = timings(seconds | {f"{name} apart": value / 2 for name, value in seconds.items()})
    walked["ours apart"] = Timing((0.12,), (0.12,))  # the lazy walk apart
    walked["ours typed apart"] = Timing((0.18,), (0.18,))  # 0.9x the stdlib loop apart (0.2 s)
    rows = {row.what: row for row in p2_paginate._rows(walked, {}, same=True)}
    judged = rows[p2_paginate.TYPED_ROW]
    assert (judged.ratio, judged.met) == ("1.25x stdlib loop", False)
    apart = rows["mock in its own process: ours, every payload typed (validate=True)"]
    assert (apart.measured, apart.ratio, apart.target, apart.met) == (
        "0.18 s",
        "0.90x stdlib loop",
        "",
        None,
    )
    stdlib_apart = rows["mock in its own process: bare loop decoding with stdlib json"]
    assert stdlib_apart.ratio == "ours: 0.60x this"
    # a walk that saw other activities never meets the target
    unsure = {row.what: row for row in p2_paginate._rows(walked, {}, same=False)}
    assert unsure[p2_paginate.TYPED_ROW].met is False
