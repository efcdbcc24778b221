"""Pages that know their request: `has_next_page()` / `next_page()`, and the walks built on them.

A page is the generated list model (a `CustomerActivityPage` *is* a `CustomerActivityList`) plus
the request that fetched it and the client that sent it, so it can fetch the page after it. The
logic lives here once: `BasePage` follows a feed's cursor, `SyncPage` / `AsyncPage` differ only
in what awaits. Each feed's page (pages.py) only says where its next cursor is.

A walk holds one page at a time, the ids of the page before it and the cursors it has already
followed (one short string per page), so memory stays flat however many items go by. A server
breaking the pagination contract stops the walk with `PaginationError` before the offending page
is yielded: an empty page that claims more, a missing or repeated cursor, or a page repeating
items of the previous one (e.g. `more_starting_after` naming the page's first item instead of its
last), which would otherwise reach the caller as duplicates.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime
import functools
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping, Sequence
from typing import Any, ClassVar, Generic, Protocol, Self, TypeVar

import httpx

from ._collector import without_collector
from ._http import NOT_GIVEN, NotGiven, Timeout, check_timeout
from ._retries import check_max_retries
from .errors import BadRequestError, PaginationError

__all__ = [
    "AsyncPage",
    "AsyncPager",
    "BasePage",
    "Clock",
    "PageRequest",
    "SyncPage",
    "SyncPager",
    "check_no_overlap",
    "utc_now",
]

Clock = Callable[[], datetime.datetime]


def utc_now() -> datetime.datetime:
    return datetime.datetime.now(datetime.UTC)


@dataclasses.dataclass(frozen=True)
class PageRequest:
    """What fetched a page: the feed's parameters, how they become a request, the call's options."""

    build: Callable[[Mapping[str, Any]], dict[str, Any]]  # params -> generated `_get_kwargs`
    params: Mapping[str, Any]
    timeout: Timeout | NotGiven = NOT_GIVEN
    max_retries: int | None = None

    def __post_init__(self) -> None:
        if self.timeout is not NOT_GIVEN:
            check_timeout(self.timeout)
        if self.max_retries is not None:  # None: the client's policy
            check_max_retries(self.max_retries)

    @functools.cached_property
    def kwargs(self) -> dict[str, Any]:
        """The httpx request arguments (built, and so validated, once)."""
        return self.build(self.params)

    def after(self, name: str, cursor: str) -> PageRequest:
        return dataclasses.replace(self, params={**self.params, name: cursor})


class Session(Protocol):
    """What a page needs of its client (VoucherifyActivityClient or its async twin)."""

    _validate: bool
    _clock: Clock


class SyncSession(Session, Protocol):
    def _send(self, request: PageRequest) -> httpx.Response: ...


class AsyncSession(Session, Protocol):
    def _send(self, request: PageRequest) -> Awaitable[httpx.Response]: ...


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


class BasePage:
    """Cursor following for a generated list model; a feed's page mixes it into its model."""

    # Per feed: the query parameter taking the next cursor, the parser, the repeat message.
    _cursor_param: ClassVar[str]
    _parse: ClassVar[Callable[..., Any]]
    _repeated: ClassVar[str]
    data: list[Any]
    # What a copied or unpickled page has (the model's fields travel, its client does not: a
    # connection pool is neither copied nor pickled): has_next_page() still answers, next_page()
    # says how to go on.
    _session: Any = None
    _request: PageRequest | None = None
    _followed: _Trail | None = None  # the cursors followed to reach this page: a repeat
    _ids: frozenset[str] | None = None  # this page's item ids, once the next page needed them

    def _next_cursor(self) -> str | None:
        """The cursor of the next page, None on the last one; raises if the envelope is broken."""
        raise NotImplementedError

    def _check_fresh(self) -> None:
        """Raise CursorExpiredError if the next cursor can no longer be used (v2)."""

    @classmethod
    def _server_expired(cls, error: BadRequestError, request: PageRequest) -> Exception | None:
        """The error to raise instead of a 400 that says the request's cursor expired (v2)."""
        return None

    @classmethod
    def _adopt(
        cls,
        response: httpx.Response,
        session: Session,
        request: PageRequest,
        followed: _Trail | None = None,
        previous: frozenset[str] | None = None,
    ) -> Self:
        """The page of `response`: the parsed model's fields, and where it came from.

        Built with the collector paused up to its return (see _collector): the page it follows
        is then freed before a collection would pass over the new one (a walk's common case).
        """
        return without_collector(cls._built, response, session, request, followed, previous)

    @classmethod
    def _built(
        cls,
        response: httpx.Response,
        session: Session,
        request: PageRequest,
        followed: _Trail | None,
        previous: frozenset[str] | None,
    ) -> Self:
        model = cls._parse(response.content, validate=session._validate)
        page = cls.__new__(cls)
        page.__setstate__(model.__getstate__())  # type: ignore[attr-defined]  # attrs' slots
        page._session, page._request, page._followed = session, request, followed
        page._ids = None if previous is None else check_no_overlap(page.data, previous)
        return page

    @classmethod
    @contextlib.contextmanager
    def _cursor_errors(cls, request: PageRequest) -> Iterator[None]:
        try:
            yield
        except BadRequestError as error:
            expired = cls._server_expired(error, request)
            if expired is None:
                raise
            raise expired from error

    def has_next_page(self) -> bool:
        """Whether the server says there is a page after this one (PaginationError if garbled)."""
        return self._unfollowed_cursor() is not None

    def _unfollowed_cursor(self) -> str | None:
        cursor = self._next_cursor()
        if cursor is not None and self._followed is not None and cursor in self._followed:
            raise PaginationError(
                f"the server repeated {self._repeated.format(cursor)}; stopping to avoid a loop"
            )
        return cursor

    def _next_request(self) -> PageRequest | None:
        cursor = self._unfollowed_cursor()
        if cursor is None:
            return None
        if self._request is None or self._session is None:
            raise RuntimeError(
                "this page was copied or unpickled: it keeps its data, not the client that "
                f"fetched it; list again with {self._cursor_param}={cursor!r} to go on"
            )
        return self._request.after(self._cursor_param, cursor)

    def _require_next(self) -> PageRequest:
        request = self._next_request()
        if request is None:
            raise RuntimeError("this is the last page; check has_next_page() first")
        self._check_fresh()  # checked when the caller asks for more: when a slow one finds out
        return request

    def _step(self) -> _Step:
        """What fetching the next page needs of this one (RuntimeError on the last page)."""
        request = self._require_next()
        ids = self._ids if self._ids is not None else check_no_overlap(self.data, frozenset())
        cursor = request.params[self._cursor_param]
        return _Step(self._session, request, (self._followed or _Trail()).then(cursor), ids)

    @classmethod
    def _arrived(cls, response: httpx.Response, step: _Step) -> Self:
        return cls._adopt(response, step.session, step.request, step.followed, step.ids)


@dataclasses.dataclass(frozen=True, slots=True)
class _Step:
    """From a page to the next: the request, and what the next page is checked against. A walk
    holds this instead of the page, which can then go before the next one is fetched and built:
    one page in memory, not two (measured on P2's walk typing every payload, whose pages are the
    biggest: 4% faster with the mock in its own process, 16% with it in a thread)."""

    session: Any
    request: PageRequest
    followed: _Trail
    ids: frozenset[str]


class _Trail:
    """The cursors followed from a first page to this one. Following one more is O(1): a copy of
    a set of all of them per page made a long walk quadratic (120,000 pages: 5 s per 20,000
    pages at the start, 113 s at the end).

    One index per first page maps each cursor to the trail that followed it last; `in` asks
    whether that trail leads here. Pages that branch (next_page() on one page twice) share the
    index, so a branch is never taken for a loop; a loop on a branch that another one overtook
    is found on its next round."""

    __slots__ = ("_index", "depth", "parent")

    def __init__(self, parent: _Trail | None = None) -> None:
        self.parent = parent
        self.depth: int = 0 if parent is None else parent.depth + 1
        self._index: dict[str, _Trail] = {} if parent is None else parent._index

    def then(self, cursor: str) -> _Trail:
        trail = self._index[cursor] = _Trail(self)
        return trail

    def __contains__(self, cursor: str) -> bool:
        trail = self._index.get(cursor)
        if trail is None:
            return False
        node: _Trail | None = self  # walked only for a repeat: a loop, or a branch
        while node is not None and node.depth > trail.depth:
            node = node.parent
        return node is trail


class SyncPage(BasePage):
    _session: SyncSession

    def next_page(self) -> Self:
        """Fetch the page after this one (RuntimeError on the last page)."""
        return self._fetch(self._step())

    @classmethod
    def _fetch(cls, step: _Step) -> Self:
        with cls._cursor_errors(step.request):
            response = step.session._send(step.request)
        return cls._arrived(response, step)

    def iter_pages(self) -> Iterator[Self]:
        """This page and every one after it, each requested when reached."""
        page, kind = self, type(self)
        del self  # held only as `page`, so each page can go once the walk has left it
        while True:
            more = page.has_next_page()  # a broken envelope stops the walk before its page
            yield page
            if not more:
                return
            step = page._step()
            del page  # see _Step
            page = kind._fetch(step)


class AsyncPage(BasePage):
    _session: AsyncSession

    async def next_page(self) -> Self:
        """Fetch the page after this one (RuntimeError on the last page)."""
        return await self._fetch(self._step())

    @classmethod
    async def _fetch(cls, step: _Step) -> Self:
        with cls._cursor_errors(step.request):
            response = await step.session._send(step.request)
        return cls._arrived(response, step)

    async def iter_pages(self) -> AsyncIterator[Self]:
        """This page and every one after it, each requested when reached."""
        page, kind = self, type(self)
        del self  # as in SyncPage.iter_pages
        while True:
            more = page.has_next_page()
            yield page
            if not more:
                return
            step = page._step()
            del page  # see _Step
            page = await kind._fetch(step)


SyncPageT = TypeVar("SyncPageT", bound=SyncPage)
AsyncPageT = TypeVar("AsyncPageT", bound=AsyncPage)
ItemT = TypeVar("ItemT")


class SyncPager(Generic[SyncPageT, ItemT]):
    """A resource's first page, its pages and its items, for one feed (blocking)."""

    def __init__(self, session: SyncSession, page_type: type[SyncPageT]) -> None:
        self._session = session
        self._page_type = page_type

    def first(self, request: PageRequest, *, walking: bool = False) -> SyncPageT:
        # A walk reports a cursor the server refused as expired; a plain list() does not.
        with self._page_type._cursor_errors(request) if walking else contextlib.nullcontext():
            return self._page_type._adopt(self._session._send(request), self._session, request)

    def pages(self, request: PageRequest) -> Iterator[SyncPageT]:
        yield from self.first(request, walking=True).iter_pages()

    def items(self, request: PageRequest) -> Iterator[ItemT]:
        for page in self.pages(request):
            yield from page.data
            del page  # a page's items may go before the next page is built (see _collector)


class AsyncPager(Generic[AsyncPageT, ItemT]):
    """The same for asyncio: `await first(...)`, `async for` over pages and items."""

    def __init__(self, session: AsyncSession, page_type: type[AsyncPageT]) -> None:
        self._session = session
        self._page_type = page_type

    async def first(self, request: PageRequest, *, walking: bool = False) -> AsyncPageT:
        with self._page_type._cursor_errors(request) if walking else contextlib.nullcontext():
            response = await self._session._send(request)
        return self._page_type._adopt(response, self._session, request)

    async def pages(self, request: PageRequest) -> AsyncIterator[AsyncPageT]:
        async for page in (await self.first(request, walking=True)).iter_pages():
            yield page
            del page  # as in SyncPager.items

    async def items(self, request: PageRequest) -> AsyncIterator[ItemT]:
        async for page in self.pages(request):
            for item in page.data:
                yield item
                del item  # else the last one lives on while the next page is fetched
            del page  # as in SyncPager.items
