"""`pagination_walk`'s logic on synthetic feeds: each way of paginating wrongly is caught."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from contract_tests.checks.pagination import (
    LIMITS,
    ORDERS,
    FetchPage,
    Item,
    Page,
    PageUnavailable,
    Walk,
    compare,
    walk,
)

START = datetime(2024, 1, 1, tzinfo=UTC)


def _items(count: int, *, ties: bool = False) -> list[Item]:
    """Oldest first; with `ties`, every two items share a timestamp."""
    return [
        Item(
            id=f"evcus_{n:04d}",
            created_at=START + timedelta(minutes=(n // 2 if ties else n)),
            raw={"id": f"evcus_{n:04d}"},
        )
        for n in range(count)
    ]


def _feed(
    items: list[Item],
    *,
    overlap: bool = False,
    gap: bool = False,
    extra: bool = False,
    ignore_ascending: bool = False,
    never_ends: bool = False,
    after_first_item: bool = False,
    empty_pages_forever: bool = False,
    fresh_cursors_forever: bool = False,
    wraps_around: bool = False,
) -> FetchPage[str]:
    """A cursor-paginated feed over `items`, optionally broken in one way.

    Tokens are `<start>` or `<start>.<serial>` (the serial makes each one fresh).
    """
    serial = iter(range(1, 10**9))

    def fetch(limit: int, order: str, token: str | None) -> Page[str]:
        ordered = items if order == "created_at" and not ignore_ascending else items[::-1]
        start = 0 if token is None else int(token.split(".")[0])
        if wraps_around:
            start %= len(ordered)
        if overlap and start:
            start -= 1
        if gap and start:
            start += 1
        size = limit + 1 if extra else limit
        page = ordered[start : start + size]
        end = start + len(page)
        if never_ends:
            return Page(items=page, has_more=True, next_token="7", ref=f"page@{start}")
        has_more = end < len(ordered)
        following = str(start + (1 if after_first_item else limit))
        if not has_more and (empty_pages_forever or fresh_cursors_forever or wraps_around):
            has_more, following = True, str(end)  # the last page claims more, forever
        if fresh_cursors_forever or empty_pages_forever:
            following += f".{next(serial)}"
        return Page(
            items=page,
            has_more=has_more,
            next_token=following if has_more else None,
            ref=f"page@{start}",
        )

    return fetch


def _walks(fetch: FetchPage[str], max_items: int = 1000) -> list[Walk[str]]:
    return [
        walk(fetch, limit=lim, order=order, max_items=max_items, to_end=lim == max(LIMITS))
        for order in ORDERS
        for lim in LIMITS
    ]


def _titles(walks: list[Walk[str]]) -> set[str]:
    return {p.title for w in walks for p in w.problems} | {p.title for p in compare(walks)}


def test_a_correct_feed_has_no_problems() -> None:
    walks = _walks(_feed(_items(23)))
    assert _titles(walks) == set()
    assert all(w.complete and len(w.ids) == 23 for w in walks)
    assert walks[0].ids == [item.id for item in reversed(_items(23))]


def test_equal_timestamps_may_come_in_either_order_between_the_two_orders() -> None:
    items = _items(10, ties=True)

    def fetch(limit: int, order: str, token: str | None) -> Page[str]:
        # Ties broken by id both ways, so the ascending walk is not the exact reverse.
        key = sorted(items, key=lambda i: (i.created_at, i.id), reverse=order.startswith("-"))
        if not order.startswith("-"):
            key = sorted(items, key=lambda i: (i.created_at, i.id[::-1]))
        start = int(token or 0)
        page = key[start : start + limit]
        more = start + limit < len(key)
        return Page(page, more, str(start + limit) if more else None, "p")

    assert "orders disagree" not in _titles(_walks(fetch))


@pytest.mark.parametrize(
    ("fault", "title"),
    [
        ("overlap", "page overlaps the previous one"),
        ("after_first_item", "page overlaps the previous one"),
        ("gap", "page sizes disagree"),
        ("extra", "page larger than limit"),
        ("ignore_ascending", "order not honoured"),
        ("never_ends", "repeating cursor"),
        ("empty_pages_forever", "empty page that claims more"),
        ("fresh_cursors_forever", "empty page that claims more"),
        ("wraps_around", "duplicate items across pages"),
    ],
)
def test_each_fault_is_named(fault: str, title: str) -> None:
    walks = _walks(_feed(_items(30), **{fault: True}))
    assert title in _titles(walks)


@pytest.mark.parametrize("limit", LIMITS)
def test_an_empty_feed_that_claims_more_fails_on_its_first_page(limit: int) -> None:
    fetch = _feed([], empty_pages_forever=True)
    result = walk(fetch, limit=limit, order="-created_at", max_items=1000, to_end=True)
    assert [p.title for p in result.problems] == ["empty page that claims more"]
    assert "the first page (the feed is empty)" in result.problems[0].detail
    assert result.pages == 1


def test_an_overlap_stops_the_walk_before_it_lists_items_twice_more() -> None:
    result = walk(
        _feed(_items(500), after_first_item=True), limit=100, order="-created_at", max_items=1000
    )
    assert result.pages == 2
    (problem,) = result.problems
    assert problem.title == "page overlaps the previous one"
    assert "page 2 repeats 99 item(s) of page 1" in problem.detail
    assert problem.ref == "page@1"


def test_a_chain_of_fresh_cursors_that_never_ends_reaches_the_cap() -> None:
    """Fresh cursors and fresh items forever: nothing repeats, only the cap can tell."""

    def fetch(limit: int, order: str, token: str | None) -> Page[str]:
        start = int(token or 0)
        page = [
            Item(f"evcus_{n:06d}", START - timedelta(seconds=n), {})
            for n in range(start, start + limit)
        ]
        return Page(page, True, str(start + limit), f"page@{start}")

    result = walk(fetch, limit=100, order="-created_at", max_items=2_000, to_end=True)
    assert not result.complete and result.capped
    assert result.pages == 20
    (problem,) = result.problems
    assert problem.title == "feed did not end within the walk cap"
    assert "2,000 items in 20 pages" in problem.detail and "--max-walk-items" in problem.detail


def test_a_feed_longer_than_the_cap_is_reported_too() -> None:
    result = walk(_feed(_items(500)), limit=100, order="-created_at", max_items=300, to_end=True)
    assert result.capped and [p.title for p in result.problems] == [
        "feed did not end within the walk cap"
    ]
    assert walk(_feed(_items(500)), limit=100, order="-created_at", max_items=500).complete


def test_a_gap_is_seen_even_when_every_walk_is_cut_short() -> None:
    walks = _walks(_feed(_items(500), gap=True), max_items=50)
    assert not any(w.complete for w in walks)
    assert "page sizes disagree" in _titles(walks)


def test_a_prefix_walk_stops_at_its_bound_without_a_problem() -> None:
    result = walk(_feed(_items(500)), limit=7, order="-created_at", max_items=50)
    assert not result.complete and result.capped
    assert result.problems == []
    assert 50 <= len(result.ids) < 50 + 7


def test_an_unavailable_page_stops_the_walk_as_a_blocking_problem() -> None:
    def fetch(limit: int, order: str, token: str | None) -> Page[str]:
        if token is not None:
            raise PageUnavailable("HTTP 500 instead of a page", "GET /x -> 500", "second")
        return Page(_items(3)[::-1][:limit], True, "1", "first")

    result = walk(fetch, limit=2, order="-created_at", max_items=100)
    assert [(p.title, p.blocking, p.ref) for p in result.problems] == [
        ("HTTP 500 instead of a page", True, "second")
    ]
    assert not result.complete


def test_has_more_without_a_cursor_is_a_problem() -> None:
    def fetch(limit: int, order: str, token: str | None) -> Page[str]:
        return Page(_items(2)[::-1], True, None, "only")

    result = walk(fetch, limit=2, order="-created_at", max_items=100)
    assert [p.title for p in result.problems] == ["has_more without a next cursor"]
