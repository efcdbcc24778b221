"""`pagination_walk`: every feed walked to its end, and page sizes and orders agree on it.

A walk follows `more_starting_after` (v1) or `cursor.next` (v2) page by page. A walk `to_end` must
reach the last page within its item cap: the cap is a generous bound on a finite feed, so reaching
it is a failure (the chain of cursors never ends, or the feed is longer than the cap). Other walks
are prefix samples that stop quietly at their bound. Within a walk a page must not exceed the limit,
a page claiming more must not be empty (not even the first one), must name its next page, must not
repeat an item of the previous page (an overlap) or of any earlier one, and a cursor must never
come back; each of these stops the walk, which would otherwise never end or list items twice.
Across walks, limits 1, 7 and 100 must list the same ids in the same order, and the ascending walk
must be the descending one reversed.
"""

from __future__ import annotations

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
    capped: bool = False
    """The item budget ran out while the feed still claimed more."""
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


def walk(
    fetch: FetchPage[Ref], *, limit: int, order: str, max_items: int, to_end: bool = False
) -> Walk[Ref]:
    """Walk up to `max_items` items; with `to_end`, not reaching the last page is a problem."""
    result: Walk[Ref] = Walk(limit=limit, order=order)
    seen_tokens: set[str] = set()
    first_page_of: dict[str, int] = {}  # item id -> the page that listed it first
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
        # Items listed again are reported once, not walked (nor order-checked) twice.
        fresh = [item for item in page.items if item.id not in first_page_of]
        stop = _check_page(result, page, first_page_of)
        result.items.extend(fresh)
        if stop:
            break
        if not page.has_more:
            result.complete = True
            break
        problem = _check_token(result, page, token, seen_tokens)
        if problem is not None:
            result.problems.append(problem)
            break
        assert page.next_token is not None
        if len(result.items) >= max_items:
            result.capped = True
            if to_end:
                result.problems.append(_cap_problem(result, page, max_items))
            break
        seen_tokens.add(page.next_token)
        token = page.next_token
    _check_order(result)
    return result


def _check_page(result: Walk[Ref], page: Page[Ref], first_page_of: dict[str, int]) -> bool:
    """Record the page's problems; True when the walk cannot go on sensibly."""
    number = result.pages
    if len(page.items) > result.limit:
        result.problems.append(
            Problem(
                "page larger than limit",
                f"{result.label}: page {number} has {len(page.items)} items",
                page.ref,
            )
        )
    if page.has_more and not page.items:
        where = "the first page (the feed is empty)" if number == 1 else f"page {number}"
        result.problems.append(
            Problem(
                "empty page that claims more",
                f"{result.label}: {where} lists nothing but says there is more "
                f"(next: {page.next_token!r}); following it would never end",
                page.ref,
            )
        )
        return True
    overlap = [item.id for item in page.items if first_page_of.get(item.id) == number - 1]
    earlier = [
        (item.id, first_page_of[item.id])
        for item in page.items
        if item.id in first_page_of and first_page_of[item.id] < number - 1
    ]
    within = [item_id for item_id, count in Counter(i.id for i in page.items).items() if count > 1]
    for item in page.items:
        first_page_of.setdefault(item.id, number)
    if overlap:
        result.problems.append(
            Problem(
                "page overlaps the previous one",
                f"{result.label}: page {number} repeats {len(overlap)} item(s) of page "
                f"{number - 1}, e.g. {', '.join(overlap[:3])} (the next page must start after "
                "the last item of the previous one)",
                page.ref,
            )
        )
    if earlier:
        item_id, first = earlier[0]
        result.problems.append(
            Problem(
                "duplicate items across pages",
                f"{result.label}: page {number} repeats {len(earlier)} item(s) listed before, "
                f"e.g. {item_id} (first on page {first})",
                page.ref,
            )
        )
    if within:
        result.problems.append(
            Problem(
                "duplicate items within a page",
                f"{result.label}: page {number} lists {', '.join(within[:3])} more than once",
                page.ref,
            )
        )
    return bool(overlap or earlier)


def _check_token(
    result: Walk[Ref], page: Page[Ref], token: str | None, seen_tokens: set[str]
) -> Problem[Ref] | None:
    if page.next_token is None:
        return Problem(
            "has_more without a next cursor",
            f"{result.label}: page {result.pages} says has_more but names no next page",
            page.ref,
        )
    if page.next_token in seen_tokens or page.next_token == token:
        return Problem(
            "repeating cursor",
            f"{result.label}: page {result.pages} points back to the already followed "
            f"cursor {page.next_token!r}; the walk would never end",
            page.ref,
        )
    return None


def _cap_problem(result: Walk[Ref], page: Page[Ref], max_items: int) -> Problem[Ref]:
    return Problem(
        "feed did not end within the walk cap",
        f"{result.label}: {len(result.items):,} items in {result.pages} pages and page "
        f"{result.pages} still names a next page (fresh cursors every time); either the chain "
        f"of cursors never ends or the feed holds more than the cap of {max_items:,} items "
        "(raise --max-walk-items / VOUCHERIFY_CONTRACT_MAX_WALK_ITEMS to walk it)",
        page.ref,
    )


def _check_order(result: Walk[Ref]) -> None:
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
