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
) -> FetchPage[str]:
    """A cursor-paginated feed over `items`, optionally broken in one way."""

    def fetch(limit: int, order: str, token: str | None) -> Page[str]:
        ordered = items if order == "created_at" and not ignore_ascending else items[::-1]
        start = 0 if token is None else int(token)
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
        return Page(
            items=page,
            has_more=has_more,
            next_token=str(start + limit) if has_more else None,
            ref=f"page@{start}",
        )

    return fetch


def _walks(fetch: FetchPage[str], max_items: int = 1000) -> list[Walk[str]]:
    return [
        walk(fetch, limit=lim, order=order, max_items=max_items)
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
        ("overlap", "duplicate items across pages"),
        ("gap", "page sizes disagree"),
        ("extra", "page larger than limit"),
        ("ignore_ascending", "order not honoured"),
        ("never_ends", "repeating cursor"),
    ],
)
def test_each_fault_is_named(fault: str, title: str) -> None:
    walks = _walks(_feed(_items(30), **{fault: True}))
    assert title in _titles(walks)


def test_a_gap_is_seen_even_when_every_walk_is_cut_short() -> None:
    walks = _walks(_feed(_items(500), gap=True), max_items=50)
    assert not any(w.complete for w in walks)
    assert "page sizes disagree" in _titles(walks)


def test_a_bounded_walk_stops_without_a_problem() -> None:
    result = walk(_feed(_items(500)), limit=7, order="-created_at", max_items=50)
    assert not result.complete
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
