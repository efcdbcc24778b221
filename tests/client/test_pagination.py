"""Walking both feeds: every filter on every request, hostile servers, cursor expiry, memory."""

from __future__ import annotations

import datetime
import gc
import json
import weakref
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from doubles.clock import FakeClock
from voucherify_activity import ProgramActivityFilter, errors, parse_customer_activity_page

from contract_tests.spec import Spec

from .fakes import (
    ScriptedServer,
    async_client,
    customer_activity,
    customer_page,
    error_body,
    json_response,
    program_activity,
    program_page,
    sync_client,
)

SPEC = Spec.load()
UTC = datetime.UTC
START = datetime.datetime(2024, 1, 1, tzinfo=UTC)
END = datetime.datetime(
    2024, 6, 30, 23, 59, 59, 500000, tzinfo=datetime.timezone(datetime.timedelta(hours=2))
)
V1_FILTERS: dict[str, Any] = {
    "limit": 2,
    "order": "created_at",
    "start_date": START,
    "end_date": END,
    "campaign_id": "camp_rRsfatlwN7unSeUIJDCYedal",
    "campaign_type": "LOYALTY_PROGRAM",
    "category": "ACTION",
    "type": "customer.redemption.succeeded",
}
V1_QUERY = (
    "limit=2&order=created_at{after}&start_date=2024-01-01T00:00:00+00:00"
    "&end_date=2024-06-30T23:59:59.500000+02:00&campaign_id=camp_rRsfatlwN7unSeUIJDCYedal"
    "&campaign_type=LOYALTY_PROGRAM&category=ACTION&type=customer.redemption.succeeded"
)


def three_customer_pages() -> list[httpx.Response]:
    return [
        json_response(
            200, customer_page([customer_activity(0), customer_activity(1)], has_more=True)
        ),
        json_response(
            200, customer_page([customer_activity(2), customer_activity(3)], has_more=True)
        ),
        json_response(200, customer_page([customer_activity(4)], has_more=False)),
    ]


def test_v1_walk_follows_more_starting_after_with_every_filter() -> None:
    server = ScriptedServer(three_customer_pages())

    ids = [a.id for a in sync_client(server).customer_activity.iter("cust_1", **V1_FILTERS)]

    assert ids == [f"evcus_{n:06d}" for n in range(5)]
    assert server.queries() == [
        V1_QUERY.format(after=""),
        V1_QUERY.format(after="&starting_after_id=evcus_000001"),
        V1_QUERY.format(after="&starting_after_id=evcus_000003"),
    ]
    assert all(r.url.path == "/v1/customers/cust_1/activity" for r in server.requests)


@pytest.mark.parametrize("validate", [False, True])
def test_a_last_v1_page_may_say_more_starting_after_null(validate: bool) -> None:
    # The policy makes it strict only when has_more; on the last page it is any leaf.
    last = customer_page([customer_activity(4)], has_more=False)
    last["more_starting_after"] = None
    server = ScriptedServer([*three_customer_pages()[:2], json_response(200, last)])

    client = sync_client(server, validate=validate)
    ids = [a.id for a in client.customer_activity.iter("cust_1", limit=2)]

    assert ids == [f"evcus_{n:06d}" for n in range(5)]
    assert len(server.requests) == 3
    page = parse_customer_activity_page(json.dumps(last), validate=True)
    assert page.more_starting_after is None and not page.deviations
    assert SPEC.validator("CustomerActivityList").is_valid(last)


async def test_v1_async_walk_yields_pages_and_items() -> None:
    server = ScriptedServer(three_customer_pages() + three_customer_pages())
    async with async_client(server) as client:
        pages = [
            len(page.data)
            async for page in client.customer_activity.iter_pages("cust_1", **V1_FILTERS)
        ]
        ids = [a.id async for a in client.customer_activity.iter("cust_1", starting_after_id="x")]

    assert pages == [2, 2, 1]
    assert ids == [f"evcus_{n:06d}" for n in range(5)]
    assert server.queries()[:3] == [
        V1_QUERY.format(after=""),
        V1_QUERY.format(after="&starting_after_id=evcus_000001"),
        V1_QUERY.format(after="&starting_after_id=evcus_000003"),
    ]
    assert server.queries()[3] == "starting_after_id=x"


def program_filter() -> ProgramActivityFilter:
    return (
        ProgramActivityFilter()
        .where_type(in_=["vl.program.created", "vl.program.updated"])
        .where_id(not_in=["laprg_0a", "laprg_0b"])
        .where_created_at(after=START)
        .junction("OR")
    )


V2_FILTER_QUERY = (
    "filters[junction]=OR&filters[id][conditions][$not_in][0]=laprg_0a"
    "&filters[id][conditions][$not_in][1]=laprg_0b"
    "&filters[type][conditions][$in][0]=vl.program.created"
    "&filters[type][conditions][$in][1]=vl.program.updated"
    "&filters[created_at][conditions][$after]=2024-01-01T00:00:00+00:00"
)


def three_program_pages() -> list[httpx.Response]:
    return [
        json_response(200, program_page([program_activity(1), program_activity(2)], "lcrsapr_01")),
        json_response(200, program_page([program_activity(3)], "lcrsapr_02")),
        json_response(200, program_page([program_activity(4)], None)),
    ]


def test_v2_walk_follows_cursor_next_until_null_with_every_filter() -> None:
    server = ScriptedServer(three_program_pages())
    client = sync_client(server)

    ids = [
        a.id
        for a in client.program_activities.iter(
            "lprg_0f8d", filters=program_filter(), limit=2, order="-created_at"
        )
    ]

    assert ids == ["laprg_000001", "laprg_000002", "laprg_000003", "laprg_000004"]
    assert server.queries() == [
        f"{V2_FILTER_QUERY}&limit=2&order=-created_at",
        f"{V2_FILTER_QUERY}&limit=2&order=-created_at&cursor=lcrsapr_01",
        f"{V2_FILTER_QUERY}&limit=2&order=-created_at&cursor=lcrsapr_02",
    ]
    assert server.requests[0].url.path == "/v2/loyalties/programs/lprg_0f8d/activities"


async def test_v2_async_walk_matches_the_sync_one() -> None:
    server = ScriptedServer(three_program_pages())
    async with async_client(server) as client:
        ids = [
            a.id
            async for a in client.program_activities.iter(
                "lprg_0f8d", filters=program_filter(), limit=2, order="-created_at"
            )
        ]

    assert ids == ["laprg_000001", "laprg_000002", "laprg_000003", "laprg_000004"]
    assert server.queries()[2] == f"{V2_FILTER_QUERY}&limit=2&order=-created_at&cursor=lcrsapr_02"


def test_iteration_is_lazy_one_request_per_page() -> None:
    server = ScriptedServer(three_customer_pages())
    items = sync_client(server).customer_activity.iter("cust_1")

    assert server.requests == []
    next(items)
    next(items)
    assert len(server.requests) == 1
    next(items)
    assert len(server.requests) == 2


# ─── hostile servers ───


@pytest.mark.parametrize(
    ("pages", "message"),
    [
        (
            [
                customer_page([customer_activity(0)], has_more=True),
                {
                    **customer_page([customer_activity(1)], has_more=True),
                    "more_starting_after": "evcus_000000",
                },
            ],
            "repeated more_starting_after='evcus_000000'",
        ),
        (
            [
                customer_page([customer_activity(0)], has_more=True),
                customer_page([customer_activity(0)], has_more=True),
            ],
            "repeating 1 item\\(s\\) of the previous page",
        ),
        ([customer_page([], has_more=True)], "empty page with has_more=true"),
        (
            [
                {
                    "object": "list",
                    "data_ref": "data",
                    "data": [customer_activity(0)],
                    "has_more": True,
                }
            ],
            "has_more=true without more_starting_after",
        ),
    ],
)
def test_v1_walk_stops_on_a_hostile_server(pages: list[Any], message: str) -> None:
    server = ScriptedServer([json_response(200, page) for page in pages])

    with pytest.raises(errors.PaginationError, match=message):
        list(sync_client(server).customer_activity.iter_pages("cust_1"))

    assert len(server.requests) == len(pages)


@pytest.mark.parametrize(
    ("pages", "message"),
    [
        (
            [
                program_page([program_activity(1)], "lcrsapr_aa"),
                program_page([program_activity(2)], "lcrsapr_bb"),
                program_page([program_activity(3)], "lcrsapr_aa"),
            ],
            "repeated cursor 'lcrsapr_aa'",
        ),
        ([program_page([], "lcrsapr_aa")], "empty page with a next cursor"),
        (
            [
                program_page([program_activity(1), program_activity(2)], "lcrsapr_aa"),
                program_page([program_activity(2), program_activity(3)], "lcrsapr_bb"),
            ],
            "repeating 1 item\\(s\\) of the previous page \\(e.g. 'laprg_000002'\\)",
        ),
    ],
)
async def test_v2_walk_stops_on_a_hostile_server(pages: list[Any], message: str) -> None:
    server = ScriptedServer([json_response(200, page) for page in pages])

    async with async_client(server) as client:
        with pytest.raises(errors.PaginationError, match=message):
            async for _ in client.program_activities.iter_pages("lprg_1"):
                pass

    assert len(server.requests) == len(pages)


def _first_item_continuation(numbers: list[int], *, has_more: bool) -> dict[str, Any]:
    """A v1 page whose `more_starting_after` names its first item instead of its last."""
    page = customer_page([customer_activity(n) for n in numbers], has_more=has_more)
    page["more_starting_after"] = page["data"][0]["id"]
    return page


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
async def test_an_overlapping_page_stops_the_walk_before_any_duplicate(asynchronous: bool) -> None:
    server = ScriptedServer(
        [
            json_response(200, _first_item_continuation([0, 1, 2], has_more=True)),
            json_response(200, _first_item_continuation([1, 2, 3], has_more=True)),
        ]
    )
    seen: list[str] = []
    with pytest.raises(errors.PaginationError, match="repeating 2 item"):
        if asynchronous:
            async with async_client(server) as client:
                async for activity in client.customer_activity.iter("cust_1"):
                    seen.append(activity.id)
        else:
            seen.extend(a.id for a in sync_client(server).customer_activity.iter("cust_1"))

    assert seen == ["evcus_000000", "evcus_000001", "evcus_000002"]
    assert server.queries()[1] == "starting_after_id=evcus_000000"


def test_items_repeated_further_back_are_not_an_overlap() -> None:
    """Only the previous page is remembered (memory stays flat); a later repeat is the server's
    business and a repeated cursor still stops the walk."""
    pages = [customer_page([customer_activity(n)], has_more=True) for n in (0, 1)]
    pages.append(customer_page([customer_activity(0)], has_more=False))
    server = ScriptedServer([json_response(200, page) for page in pages])
    ids = [a.id for a in sync_client(server).customer_activity.iter("cust_1")]
    assert ids == ["evcus_000000", "evcus_000001", "evcus_000000"]


def test_a_cursor_is_a_repeat_only_on_the_way_to_the_page() -> None:
    """next_page() on one page twice follows its cursor twice: not a loop. A cursor followed on
    the way to a page, however far back, is."""
    first = program_page([program_activity(1)], "lcrsapr_aa")
    again = program_page([program_activity(2)], "lcrsapr_bb")
    server = ScriptedServer(
        [json_response(200, page) for page in (first, again, again)]
        + [json_response(200, program_page([program_activity(n)], f"lcrsapr_{n}")) for n in (3, 4)]
        + [json_response(200, program_page([program_activity(5)], "lcrsapr_aa"))]
    )
    page = sync_client(server).program_activities.list("lprg_1")
    branch, other = page.next_page(), page.next_page()
    assert [a.id for a in branch.data] == [a.id for a in other.data]
    assert other.has_next_page()

    deeper = other.next_page().next_page()  # cursors lcrsapr_bb, lcrsapr_3
    with pytest.raises(errors.PaginationError, match="repeated cursor 'lcrsapr_aa'"):
        deeper.next_page().has_next_page()
    assert branch.has_next_page()  # the branch never followed lcrsapr_bb's successors


# ─── cursor expiry ───


def test_an_expired_cursor_is_reported_before_the_next_request() -> None:
    clock = FakeClock(datetime.datetime(2030, 1, 1, 11, 59, tzinfo=UTC))
    first = program_page([program_activity(1)], "lcrsapr_01", expires_at="2030-01-01T12:00:00Z")
    server = ScriptedServer([json_response(200, first)])
    pages = sync_client(server, clock=clock).program_activities.iter_pages("lprg_1")

    next(pages)
    clock.advance(datetime.timedelta(minutes=5))  # a slow consumer
    with pytest.raises(errors.CursorExpiredError) as caught:
        next(pages)

    assert len(server.requests) == 1
    assert caught.value.cursor == "lcrsapr_01"
    assert caught.value.expires_at == datetime.datetime(2030, 1, 1, 12, tzinfo=UTC)
    assert "restart the listing" in str(caught.value)


@pytest.mark.parametrize("key", ["invalid_cursor", "cursor_expired"])
def test_a_cursor_rejected_by_the_server_is_a_cursor_expired_error(key: str) -> None:
    server = ScriptedServer(
        [
            json_response(200, program_page([program_activity(1)], "lcrsapr_01")),
            json_response(400, error_body(400, key, "Invalid cursor")),
        ]
    )

    with pytest.raises(errors.CursorExpiredError) as caught:
        list(sync_client(server).program_activities.iter("lprg_1"))

    assert caught.value.expires_at is None
    assert isinstance(caught.value.__cause__, errors.BadRequestError)
    assert caught.value.__cause__.key == key


def test_other_bad_requests_stay_bad_requests() -> None:
    server = ScriptedServer([json_response(400, error_body(400, "invalid_query_params", "Bad"))])

    with pytest.raises(errors.BadRequestError) as caught:
        list(sync_client(server).program_activities.iter("lprg_1", cursor="lcrsapr_09"))

    assert not isinstance(caught.value, errors.PaginationError)


# ─── memory ───


def endless_customer_feed(total: int, per_page: int) -> Callable[[httpx.Request], httpx.Response]:
    template = customer_activity(0)  # built once: the server must stay cheap and allocation-free

    def reply(request: httpx.Request) -> httpx.Response:
        after = request.url.params.get("starting_after_id")
        start = 0 if after is None else int(after.split("_")[1]) + 1
        numbers = range(start, min(start + per_page, total))
        activities = [dict(template, id=f"evcus_{n:06d}") for n in numbers]
        return json_response(200, customer_page(activities, has_more=numbers[-1] < total - 1))

    return reply


def test_the_iterator_keeps_nothing_over_ten_thousand_items() -> None:
    total, per_page = 10_000, 100
    server = ScriptedServer([endless_customer_feed(total, per_page)] * (total // per_page))
    server.requests = _DroppingList()  # keep the fake server itself from growing
    seen: list[weakref.ref[Any]] = []

    for activity in sync_client(server).customer_activity.iter("cust_1", limit=per_page):
        seen.append(weakref.ref(activity))
    del activity
    gc.collect()

    assert len(seen) == total
    assert [ref() for ref in seen].count(None) == total  # nothing retained by the walk


class _DroppingList(list[httpx.Request]):
    def append(self, request: httpx.Request) -> None:
        pass


class _Survivors:
    """Which items seen so far are still alive when the walk reaches `at`."""

    def __init__(self, at: str) -> None:
        self._at = at
        self._refs: dict[str, weakref.ref[Any]] = {}
        self.alive: list[str] = []

    def see(self, activity: Any) -> None:
        self._refs[activity.id] = weakref.ref(activity)
        if activity.id == self._at:
            self.alive = sorted(id_ for id_, ref in self._refs.items() if ref() is not None)


def test_a_walk_lets_each_page_go_as_soon_as_it_has_left_it() -> None:
    """By reference counting alone (collector off): on the third page, neither the first page
    (once kept by the walk for its whole length) nor the second holds on to its items."""
    survivors = _Survivors(at="evcus_000004")
    gc.disable()
    try:
        walk = sync_client(ScriptedServer(three_customer_pages())).customer_activity.iter("c_1")
        for activity in walk:
            survivors.see(activity)
    finally:
        gc.enable()

    assert survivors.alive == ["evcus_000004"]


async def test_an_async_walk_lets_each_page_go_as_soon_as_it_has_left_it() -> None:
    survivors = _Survivors(at="evcus_000004")
    gc.disable()
    try:
        async with async_client(ScriptedServer(three_customer_pages())) as client:
            async for activity in client.customer_activity.iter("c_1"):
                survivors.see(activity)
    finally:
        gc.enable()

    assert survivors.alive == ["evcus_000004"]


def _answered_after_counting(
    replies: list[httpx.Response], refs: list[weakref.ref[Any]], alive: list[int]
) -> list[Callable[[httpx.Request], httpx.Response]]:
    """The replies, each after noting how many items seen so far are still alive."""

    def answer(reply: httpx.Response) -> Callable[[httpx.Request], httpx.Response]:
        def counted(request: httpx.Request) -> httpx.Response:
            alive.append(sum(ref() is not None for ref in refs))
            return reply

        return counted

    return [answer(reply) for reply in replies]


@pytest.mark.parametrize("asynchronous", [False, True])
async def test_a_walk_lets_a_page_go_before_it_requests_the_next(asynchronous: bool) -> None:
    """One page in memory, not two: when the second and third pages are requested, no item of
    the pages before is alive any more (reference counting alone, collector off)."""
    refs: list[weakref.ref[Any]] = []
    alive: list[int] = []
    server = ScriptedServer(_answered_after_counting(three_customer_pages(), refs, alive))
    gc.disable()
    try:
        if asynchronous:
            async with async_client(server) as client:
                async for activity in client.customer_activity.iter("c_1"):
                    refs.append(weakref.ref(activity))
                    del activity  # the loop's own reference, until the next item
        else:
            for activity in sync_client(server).customer_activity.iter("c_1"):
                refs.append(weakref.ref(activity))
                del activity
    finally:
        gc.enable()

    assert len(refs) == 5
    assert alive == [0, 0, 0]  # before the first, second and third request
