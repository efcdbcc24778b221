"""Walking the two list endpoints page by page, sync and async.

v1 (`has_more` / `more_starting_after`) and v2 (`cursor.next` until `cursor` is null) differ
only in how the next request is addressed; the decisions live in `next_after_id`,
`next_cursor` and `check_no_overlap`, shared by the sync and async walkers. A walker holds one
page at a time, the ids of the page before it and the cursors it has already followed (one short
string per page), so memory stays flat however many items go by.

A server breaking the pagination contract stops the walk with `PaginationError` before the
offending page is yielded: an empty page that claims more, a missing or repeated cursor, or a
page repeating items of the previous one (e.g. `more_starting_after` naming the page's first
item instead of its last), which would otherwise reach the caller as duplicates.
"""

from __future__ import annotations

import datetime
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence

from ._exceptions import BadRequestError, CursorExpiredError, PaginationError
from .models import CustomerActivityList, ProgramActivityList, ProgramListCursor

__all__ = [
    "check_no_overlap",
    "iter_customer_activity_pages",
    "iter_customer_activity_pages_async",
    "iter_program_activity_pages",
    "iter_program_activity_pages_async",
    "next_after_id",
    "next_cursor",
]

Clock = Callable[[], datetime.datetime]
INVALID_CURSOR_KEYS = frozenset({"invalid_cursor", "cursor_expired"})


def utc_now() -> datetime.datetime:
    return datetime.datetime.now(datetime.UTC)


def check_no_overlap(items: Sequence[object], previous: frozenset[str]) -> frozenset[str]:
    """The ids of `items`; raises when one of them was on the previous page (ids `previous`)."""
    ids = frozenset(
        item_id for item in items if isinstance(item_id := getattr(item, "id", None), str)
    )
    repeated = sorted(ids & previous)
    if repeated:
        raise PaginationError(
            f"the server returned a page repeating {len(repeated)} item(s) of the previous page "
            f"(e.g. {repeated[0]!r}); stopping instead of yielding duplicates"
        )
    return ids


def next_after_id(page: CustomerActivityList, seen: set[str]) -> str | None:
    """`starting_after_id` of the page after `page`, or None when `page` is the last one."""
    if not page.has_more:
        return None
    if not page.data:
        raise PaginationError("the server returned an empty page with has_more=true")
    after = page.more_starting_after
    if not isinstance(after, str) or not after:
        raise PaginationError("the server returned has_more=true without more_starting_after")
    if after in seen:
        raise PaginationError(
            f"the server repeated more_starting_after={after!r}; stopping to avoid a loop"
        )
    seen.add(after)
    return after


def next_cursor(page: ProgramActivityList, seen: set[str]) -> ProgramListCursor | None:
    """The cursor of the page after `page`, or None when `page` is the last one."""
    cursor = page.cursor
    if not isinstance(cursor, ProgramListCursor):
        return None
    if not page.data:
        raise PaginationError("the server returned an empty page with a next cursor")
    if cursor.next_ in seen:
        raise PaginationError(
            f"the server repeated cursor {cursor.next_!r}; stopping to avoid a loop"
        )
    seen.add(cursor.next_)
    return cursor


def _check_not_expired(cursor: ProgramListCursor | None, clock: Clock) -> str | None:
    if cursor is None:
        return None
    expires_at = cursor.expires_at
    if expires_at.tzinfo is None:  # the spec says RFC 3339; treat a missing offset as UTC
        expires_at = expires_at.replace(tzinfo=datetime.UTC)
    if clock() >= expires_at:
        raise CursorExpiredError(cursor.next_, cursor.expires_at)
    return cursor.next_


def _server_expired(error: BadRequestError, cursor: str | None) -> CursorExpiredError | None:
    if cursor is not None and error.key in INVALID_CURSOR_KEYS:
        return CursorExpiredError(cursor, None)
    return None


def iter_customer_activity_pages(
    fetch: Callable[[str | None], CustomerActivityList], starting_after_id: str | None
) -> Iterator[CustomerActivityList]:
    """Pages from `fetch(starting_after_id)` onwards, following `more_starting_after`."""
    seen: set[str] = set()
    previous: frozenset[str] = frozenset()
    after = starting_after_id
    while True:
        page = fetch(after)
        previous = check_no_overlap(page.data, previous)
        after = next_after_id(page, seen)
        yield page
        if after is None:
            return


async def iter_customer_activity_pages_async(
    fetch: Callable[[str | None], Awaitable[CustomerActivityList]], starting_after_id: str | None
) -> AsyncIterator[CustomerActivityList]:
    seen: set[str] = set()
    previous: frozenset[str] = frozenset()
    after = starting_after_id
    while True:
        page = await fetch(after)
        previous = check_no_overlap(page.data, previous)
        after = next_after_id(page, seen)
        yield page
        if after is None:
            return


def iter_program_activity_pages(
    fetch: Callable[[str | None], ProgramActivityList],
    cursor: str | None,
    clock: Clock = utc_now,
) -> Iterator[ProgramActivityList]:
    """Pages from `fetch(cursor)` onwards, following `cursor.next` until `cursor` is null."""
    seen: set[str] = set()
    previous: frozenset[str] = frozenset()
    current = cursor
    while True:
        try:
            page = fetch(current)
        except BadRequestError as error:
            expired = _server_expired(error, current)
            if expired is None:
                raise
            raise expired from error
        previous = check_no_overlap(page.data, previous)
        following = next_cursor(page, seen)
        yield page
        # Checked when the caller asks for more: that is when a slow consumer finds out.
        current = _check_not_expired(following, clock)
        if current is None:
            return


async def iter_program_activity_pages_async(
    fetch: Callable[[str | None], Awaitable[ProgramActivityList]],
    cursor: str | None,
    clock: Clock = utc_now,
) -> AsyncIterator[ProgramActivityList]:
    seen: set[str] = set()
    previous: frozenset[str] = frozenset()
    current = cursor
    while True:
        try:
            page = await fetch(current)
        except BadRequestError as error:
            expired = _server_expired(error, current)
            if expired is None:
                raise
            raise expired from error
        previous = check_no_overlap(page.data, previous)
        following = next_cursor(page, seen)
        yield page
        current = _check_not_expired(following, clock)
        if current is None:
            return
