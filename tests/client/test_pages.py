"""Pages that know their request: `next_page()` on both feeds and modes, and the public surface."""

from __future__ import annotations

import asyncio
import copy
import datetime
import pickle
import warnings
from collections.abc import Callable
from typing import Any

import pytest
import voucherify_activity
from doubles.clock import FakeClock
from voucherify_activity import (
    AsyncCustomerActivityPage,
    AsyncProgramActivityPage,
    CustomerActivityList,
    CustomerActivityPage,
    ProgramActivityFilter,
    ProgramActivityList,
    ProgramActivityPage,
    errors,
)
from voucherify_activity.client import AuthenticatedClient, Client

from .fakes import (
    ScriptedServer,
    async_client,
    customer_activity,
    customer_page,
    json_response,
    program_activity,
    program_page,
    sync_client,
)

RECENT = ProgramActivityFilter().where_type(is_="vl.program.created")
FILTER_QUERY = "filters[junction]=AND&filters[type][conditions][$is]=vl.program.created"


def two_customer_pages(times: int = 1) -> ScriptedServer:
    last = json_response(200, customer_page([customer_activity(2)], has_more=False))
    return ScriptedServer(
        [
            json_response(
                200, customer_page([customer_activity(0), customer_activity(1)], has_more=True)
            ),
            *[last] * times,
        ]
    )


def two_program_pages() -> ScriptedServer:
    return ScriptedServer(
        [
            json_response(200, program_page([program_activity(1)], "lcrsapr_01")),
            json_response(200, program_page([program_activity(2)], None)),
        ]
    )


def test_a_v1_page_fetches_the_next_with_the_same_filters_and_options() -> None:
    server = two_customer_pages()
    page = sync_client(server).customer_activity.list("cust_1", limit=2, type="customer.created")

    assert isinstance(page, CustomerActivityList)  # the generated model, with more on top
    assert page.has_next_page()
    following: CustomerActivityPage = page.next_page()

    assert [a.id for a in following.data] == ["evcus_000002"]
    assert not following.has_next_page()
    assert server.queries() == [
        "limit=2&type=customer.created",
        "limit=2&starting_after_id=evcus_000001&type=customer.created",
    ]
    with pytest.raises(RuntimeError, match="last page"):
        following.next_page()


def test_a_v2_page_fetches_the_next_with_its_cursor() -> None:
    server = two_program_pages()
    page = sync_client(server).program_activities.list("lprg_1", filters=RECENT, limit=1)

    assert isinstance(page, ProgramActivityList)
    following: ProgramActivityPage = page.next_page()

    assert [a.id for a in following.data] == ["laprg_000002"]
    assert not following.has_next_page()
    assert server.queries() == [
        f"{FILTER_QUERY}&limit=1",
        f"{FILTER_QUERY}&limit=1&cursor=lcrsapr_01",
    ]


async def test_async_pages_await_the_next_one_on_both_feeds() -> None:
    customers, programs = two_customer_pages(times=2), two_program_pages()
    async with async_client(customers) as client:
        listing = asyncio.create_task(client.customer_activity.list("cust_1"))  # a coroutine
        first: AsyncCustomerActivityPage = await listing
        second = await first.next_page()
        walked = [len(page.data) async for page in first.iter_pages()]
    async with async_client(programs) as client:
        v2: AsyncProgramActivityPage = await client.program_activities.list("lprg_1")
        v2_next = await v2.next_page()

    assert [a.id for a in second.data] == ["evcus_000002"]
    assert walked == [2, 1]  # iter_pages() starts at the page it is called on
    after = "starting_after_id=evcus_000001"
    assert customers.queries() == ["", after, after]
    assert [a.id for a in v2_next.data] == ["laprg_000002"]
    assert programs.queries()[1] == "cursor=lcrsapr_01"


def pickle_round_trip(page: Any) -> Any:
    return pickle.loads(pickle.dumps(page))


@pytest.mark.parametrize("duplicate", [copy.copy, copy.deepcopy, pickle_round_trip])
def test_a_copied_or_unpickled_page_keeps_its_data_and_says_how_to_go_on(
    duplicate: Callable[[Any], Any],
) -> None:
    customer = sync_client(two_customer_pages()).customer_activity.list("cust_1", limit=2)
    program = sync_client(two_program_pages()).program_activities.list("lprg_1", limit=1)

    for page, going_on in ((customer, "starting_after_id='evcus_000001'"), (program, "cursor=")):
        again = duplicate(page)
        assert type(again) is type(page)
        assert again.to_dict() == page.to_dict()
        assert again.has_next_page()
        with pytest.raises(RuntimeError, match=f"copied or unpickled.*list again with {going_on}"):
            again.next_page()
    assert customer.next_page().data  # the original still fetches


def test_next_page_twice_from_the_same_page_is_not_a_loop() -> None:
    first = customer_page([customer_activity(0)], has_more=True)
    second = customer_page([customer_activity(1)], has_more=True)
    server = ScriptedServer([json_response(200, p) for p in (first, second, second)])
    page = sync_client(server).customer_activity.list("cust_1")

    assert page.next_page().has_next_page()
    assert page.next_page().has_next_page()  # a retry of the same step, not a repeated cursor


def test_next_page_checks_what_the_walk_checks() -> None:
    overlapping = customer_page([customer_activity(1), customer_activity(2)], has_more=True)
    server = ScriptedServer(
        [
            json_response(
                200, customer_page([customer_activity(0), customer_activity(1)], has_more=True)
            ),
            json_response(200, overlapping),
        ]
    )
    page = sync_client(server).customer_activity.list("cust_1")

    with pytest.raises(errors.PaginationError, match="repeating 1 item"):
        page.next_page()


def test_an_empty_page_claiming_more_is_listed_but_has_no_usable_next() -> None:
    server = ScriptedServer([json_response(200, customer_page([], has_more=True))])
    page = sync_client(server).customer_activity.list("cust_1")

    assert page.data == []
    with pytest.raises(errors.PaginationError, match="empty page with has_more=true"):
        page.has_next_page()


def test_an_expired_cursor_stops_next_page_before_sending() -> None:
    clock = FakeClock(datetime.datetime(2030, 1, 1, 11, 59, tzinfo=datetime.UTC))
    first = program_page([program_activity(1)], "lcrsapr_01", expires_at="2030-01-01T12:00:00Z")
    server = ScriptedServer([json_response(200, first)])
    page = sync_client(server, clock=clock).program_activities.list("lprg_1")
    clock.advance(datetime.timedelta(minutes=1))

    with pytest.raises(errors.CursorExpiredError):
        page.next_page()
    assert len(server.requests) == 1


# ─── the public surface ───


def test_all_lists_only_the_high_level_client() -> None:
    exported = set(voucherify_activity.__all__)

    assert {"VoucherifyActivityClient", "AsyncVoucherifyActivityClient"} <= exported
    assert {"CustomerActivityPage", "ProgramActivityPage", "ProgramActivityFilter"} <= exported
    assert {"errors", "RetryPolicy", "CustomerActivity", "__version__"} <= exported
    assert not exported & {"Client", "AuthenticatedClient"}
    assert all(hasattr(voucherify_activity, name) for name in exported)


@pytest.mark.parametrize(
    ("name", "generated"), [("Client", Client), ("AuthenticatedClient", AuthenticatedClient)]
)
def test_the_low_level_clients_at_the_top_level_warn_and_still_work(
    name: str, generated: type
) -> None:
    with pytest.warns(DeprecationWarning, match="import it from voucherify_activity.client"):
        found = getattr(voucherify_activity, name)

    assert found is generated
    with pytest.raises(AttributeError):
        getattr(voucherify_activity, "NoSuchName")  # noqa: B009 - a name the module lacks


def test_the_renamed_filter_names_warn_and_still_work() -> None:
    after = datetime.datetime(2025, 1, 1, tzinfo=datetime.UTC)
    either = ProgramActivityFilter().junction("OR")

    with pytest.warns(DeprecationWarning, match="use where_created_at"):
        old = either.created_between(after=after)
    with pytest.warns(DeprecationWarning, match="use junction_"):
        assert either.join == "OR"

    assert old == either.where_created_at(after=after)
    assert old.to_query_params()["filters[junction]"] == "OR"


def test_the_current_names_do_not_warn() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        built = ProgramActivityFilter().where_created_at(before=datetime.datetime.now(datetime.UTC))
        assert built.junction("AND").junction_ == "AND"
