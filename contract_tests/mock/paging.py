"""Cut one page out of a selection of feed positions, both directions, O(log n) seeks."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Page:
    positions: list[int]  # feed positions in response order
    has_more: bool


def take_page(
    selected: Sequence[int],
    *,
    descending: bool,
    after: int | None,
    limit: int,
    shift: int = 0,
) -> Page:
    """The `limit` selected positions following feed position `after` in the requested order.

    `selected` is ascending. `after` need not be selected itself (a cursor or
    `starting_after_id` marks a place in the feed, not in the filtered list). `shift` moves the
    start of a continued page: -1 repeats the previous page's last item, +1 skips one (faults).
    """
    if not descending:
        start = 0 if after is None else max(0, bisect.bisect_right(selected, after) + shift)
        chunk = list(selected[start : start + limit + 1])
    else:
        end = len(selected)
        if after is not None:
            end = min(len(selected), max(0, bisect.bisect_left(selected, after) - shift))
        chunk = list(reversed(selected[max(0, end - limit - 1) : end]))
    return Page(positions=chunk[:limit], has_more=len(chunk) > limit)
