"""The pages `list()` returns: each feed's list model that can fetch its next page.

`CustomerActivityPage` is a `CustomerActivityList` (every field, `deviations`, `to_dict()`) plus
`has_next_page()` / `next_page()` / `iter_pages()`; `Async…Page` awaits `next_page()`. A feed only
says where its next cursor is: v1 `has_more` / `more_starting_after`, v2 `cursor.next` until
`cursor` is null (and a v2 cursor expires).
"""

from __future__ import annotations

import datetime
from typing import ClassVar

from .errors import BadRequestError, CursorExpiredError, PaginationError
from .models import CustomerActivityList, ProgramActivityList, ProgramListCursor
from .pagination import AsyncPage, BasePage, PageRequest, SyncPage
from .parsing import parse_customer_activity_page, parse_program_activity_page

__all__ = [
    "AsyncCustomerActivityPage",
    "AsyncProgramActivityPage",
    "CustomerActivityPage",
    "ProgramActivityPage",
]

INVALID_CURSOR_KEYS = frozenset({"invalid_cursor", "cursor_expired"})


class _CustomerActivityFeed(CustomerActivityList, BasePage):
    _cursor_param: ClassVar[str] = "starting_after_id"
    _parse = staticmethod(parse_customer_activity_page)
    _repeated: ClassVar[str] = "more_starting_after={!r}"

    def _next_cursor(self) -> str | None:
        if not self.has_more:
            return None
        if not self.data:
            raise PaginationError("the server returned an empty page with has_more=true")
        after = self.more_starting_after
        if not isinstance(after, str) or not after:
            raise PaginationError("the server returned has_more=true without more_starting_after")
        return after


class _ProgramActivityFeed(ProgramActivityList, BasePage):
    _cursor_param: ClassVar[str] = "cursor"
    _parse = staticmethod(parse_program_activity_page)
    _repeated: ClassVar[str] = "cursor {!r}"

    def _next_cursor(self) -> str | None:
        if not isinstance(self.cursor, ProgramListCursor):
            return None
        if not self.data:
            raise PaginationError("the server returned an empty page with a next cursor")
        return self.cursor.next_

    def _check_fresh(self) -> None:
        assert isinstance(self.cursor, ProgramListCursor)  # _next_request() found one
        expires_at = self.cursor.expires_at
        if expires_at.tzinfo is None:  # the spec says RFC 3339; treat a missing offset as UTC
            expires_at = expires_at.replace(tzinfo=datetime.UTC)
        if self._session._clock() >= expires_at:
            raise CursorExpiredError(self.cursor.next_, self.cursor.expires_at)

    @classmethod
    def _server_expired(cls, error: BadRequestError, request: PageRequest) -> Exception | None:
        cursor = request.params.get("cursor")
        if cursor is not None and error.key in INVALID_CURSOR_KEYS:
            return CursorExpiredError(cursor, None)
        return None


class CustomerActivityPage(_CustomerActivityFeed, SyncPage):
    """A page of `GET /v1/customers/{customerId}/activity` that can fetch the next one."""


class AsyncCustomerActivityPage(_CustomerActivityFeed, AsyncPage):
    """The same; `await page.next_page()`, `async for page in page.iter_pages()`."""


class ProgramActivityPage(_ProgramActivityFeed, SyncPage):
    """A page of `GET /v2/loyalties/programs/{id}/activities` that can fetch the next one."""


class AsyncProgramActivityPage(_ProgramActivityFeed, AsyncPage):
    """The same; `await page.next_page()`, `async for page in page.iter_pages()`."""
