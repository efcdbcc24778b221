"""`pagination_walk`: walking a feed page by page gives the same items whatever the page size.

A walk follows `more_starting_after` (v1) or `cursor.next` (v2) until the last page. Within one walk
pages must not exceed the limit, items must not repeat, the requested order must hold and a cursor
must never come back (a repeating cursor never ends). Across walks, limits 1, 7 and 100 must list
the same ids in the same order, and the ascending walk must be the descending one reversed.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from itertools import groupby, pairwise
from typing import Any, Generic, TypeVar

Ref = TypeVar("Ref")
ORDERS = ("-created_at", "created_at")
LIMITS = (1, 7, 100)


@dataclass(frozen=True, slots=True)
class Item:
    id: str
    created_at: datetime | None
    """None when the value is not a date-time (schema conformance reports that)."""
    raw: Mapping[str, Any] = field(compare=False, hash=False, repr=False)


class PageUnavailable(Exception):
    """The page could not be read (an error status, a body that is not a page)."""

    def __init__(self, title: str, detail: str, ref: Any) -> None:
        super().__init__(detail)
        self.title = title
        self.detail = detail
        self.ref = ref


@dataclass(frozen=True, slots=True)
class Page(Generic[Ref]):
    items: Sequence[Item]
    has_more: bool
    next_token: str | None
    ref: Ref
    """Where the page came from (the exchange), to reproduce a problem."""


@dataclass(frozen=True, slots=True)
class Problem(Generic[Ref]):
    title: str
    detail: str
    ref: Ref | None = None
    blocking: bool = False
    """The walk could not go on (a page was unavailable), whatever the pagination did."""


@dataclass
class Walk(Generic[Ref]):
    limit: int
    order: str
    items: list[Item] = field(default_factory=list)
    pages: int = 0
    complete: bool = False
    """The last page was reached (not cut short by the item budget or a problem)."""
    problems: list[Problem[Ref]] = field(default_factory=list)
    first_ref: Ref | None = None

    @property
    def ids(self) -> list[str]:
        return [item.id for item in self.items]

    @property
    def label(self) -> str:
        return f"limit={self.limit} order={self.order}"


FetchPage = Callable[[int, str, str | None], Page[Ref]]
"""(limit, order, token of the previous page or None) -> the page."""


def walk(fetch: FetchPage[Ref], *, limit: int, order: str, max_items: int) -> Walk[Ref]:
    """Walk up to `max_items` items; the page budget allows one spare page for the final check."""
    result: Walk[Ref] = Walk(limit=limit, order=order)
    max_pages = math.ceil(max_items / limit) + 1
    seen_tokens: set[str] = set()
    token: str | None = None
    while True:
        try:
            page = fetch(limit, order, token)
        except PageUnavailable as exc:
            result.problems.append(
                Problem(exc.title, f"{result.label}: {exc.detail}", exc.ref, blocking=True)
            )
            break
        result.pages += 1
        if result.first_ref is None:
            result.first_ref = page.ref
        _check_page(result, page)
        result.items.extend(page.items)
        if not page.has_more:
            result.complete = True
            break
        if page.next_token is None:
            result.problems.append(
                Problem(
                    "has_more without a next cursor",
                    f"{result.label}: page {result.pages} says has_more but names no next page",
                    page.ref,
                )
            )
            break
        if page.next_token in seen_tokens or page.next_token == token:
            result.problems.append(
                Problem(
                    "repeating cursor",
                    f"{result.label}: page {result.pages} points back to the already followed "
                    f"cursor {page.next_token!r}; the walk would never end",
                    page.ref,
                )
            )
            break
        if len(result.items) >= max_items or result.pages >= max_pages:
            break  # a bounded sample, not a failure
        seen_tokens.add(page.next_token)
        token = page.next_token
    _check_walk(result)
    return result


def _check_page(result: Walk[Ref], page: Page[Ref]) -> None:
    if len(page.items) > result.limit:
        result.problems.append(
            Problem(
                "page larger than limit",
                f"{result.label}: page {result.pages} has {len(page.items)} items",
                page.ref,
            )
        )
    if page.has_more and not page.items:
        result.problems.append(
            Problem(
                "empty page with has_more",
                f"{result.label}: page {result.pages} is empty but says there is more",
                page.ref,
            )
        )


def _check_walk(result: Walk[Ref]) -> None:
    repeated = [item_id for item_id, count in Counter(result.ids).items() if count > 1]
    if repeated:
        result.problems.append(
            Problem(
                "duplicate items across pages",
                f"{result.label}: {len(repeated)} id(s) listed more than once, e.g. "
                f"{', '.join(repeated[:3])}",
                result.first_ref,
            )
        )
    descending = result.order.startswith("-")
    for position, (before, after) in enumerate(pairwise(result.items)):
        if before.created_at is None or after.created_at is None:
            continue
        if (
            (after.created_at > before.created_at)
            if descending
            else (after.created_at < before.created_at)
        ):
            direction = "newest first" if descending else "oldest first"
            result.problems.append(
                Problem(
                    "order not honoured",
                    f"{result.label}: expected {direction}, but item {position + 2} ({after.id}, "
                    f"{after.created_at.isoformat()}) follows {before.id} "
                    f"({before.created_at.isoformat()})",
                    result.first_ref,
                )
            )
            break


def compare(walks: Sequence[Walk[Ref]]) -> list[Problem[Ref]]:
    """Problems between walks: page sizes and the two orders must all list the same items."""
    problems: list[Problem[Ref]] = []
    for order in ORDERS:
        same_order = [w for w in walks if w.order == order]
        for reference, other in pairwise(same_order):
            problem = _disagreement(reference, other)
            if problem is not None:
                problems.append(problem)
    # The complete walk with the largest pages stands for its order (later entries win).
    complete = {w.order: w for w in sorted(walks, key=lambda w: w.limit) if w.complete}
    if len(complete) == len(ORDERS):
        newest_first, oldest_first = complete["-created_at"], complete["created_at"]
        same_items = set(newest_first.ids) == set(oldest_first.ids)
        mirrored = _tie_groups(list(reversed(oldest_first.items))) == _tie_groups(
            newest_first.items
        )
        if not (same_items and mirrored):
            problems.append(
                Problem(
                    "orders disagree",
                    f"the {oldest_first.label} walk is not the {newest_first.label} walk "
                    f"reversed ({len(oldest_first.items)} vs {len(newest_first.items)} items)",
                    oldest_first.first_ref,
                )
            )
    return problems


def _disagreement(first: Walk[Ref], second: Walk[Ref]) -> Problem[Ref] | None:
    """Compare two walks of the same order on the part both covered."""
    a, b = first.ids, second.ids
    if first.complete and second.complete and len(a) != len(b):
        return Problem(
            "page sizes disagree",
            f"{first.label} lists {len(a)} items, {second.label} lists {len(b)}; "
            f"only in the first: {_sample(set(a) - set(b))}; only in the second: "
            f"{_sample(set(b) - set(a))}",
            second.first_ref,
        )
    common = min(len(a), len(b))
    for position in range(common):
        if a[position] != b[position]:
            return Problem(
                "page sizes disagree",
                f"item {position + 1} is {a[position]} with {first.label} but {b[position]} with "
                f"{second.label} (an item skipped or repeated at a page boundary)",
                second.first_ref,
            )
    if not first.complete and not second.complete:
        return None
    shorter, longer = (first, second) if len(a) < len(b) else (second, first)
    if shorter.complete and len(shorter.ids) < len(longer.ids):
        return Problem(
            "page sizes disagree",
            f"{shorter.label} ends after {len(shorter.ids)} items but {longer.label} goes on",
            shorter.first_ref,
        )
    return None


def _tie_groups(items: Sequence[Item]) -> list[tuple[datetime, frozenset[str]]]:
    """Items grouped by timestamp: the order among equal timestamps is not part of the contract.

    Items without a readable timestamp are left out (schema conformance reports them).
    """
    dated = [item for item in items if item.created_at is not None]
    return [
        (created_at, frozenset(item.id for item in group))
        for created_at, group in groupby(dated, key=lambda item: item.created_at)
        if created_at is not None
    ]


def _sample(ids: set[str]) -> str:
    return ", ".join(sorted(ids)[:3]) or "none"
