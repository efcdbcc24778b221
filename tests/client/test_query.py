"""Query strings: deepObject filters, integer limit, and bad arguments caught before sending."""

from __future__ import annotations

import datetime
from typing import Any
from urllib.parse import unquote

import pytest
from voucherify_activity import ProgramActivityFilter
from voucherify_activity._query import deep_object_params
from voucherify_activity.api.loyalty_programs import list_program_activities
from voucherify_activity.client import Client
from voucherify_activity.models import (
    ProgramActivityFilters,
    ProgramActivityTypeFilter,
    ProgramActivityTypeFilterConditions,
)

from .fakes import BASE_URL, ScriptedServer, json_response, program_page, sync_client

UTC = datetime.UTC


def sent_query(filters: Any = None, **params: Any) -> tuple[str, bytes]:
    server = ScriptedServer([json_response(200, program_page([], None))])
    sync_client(server).program_activities.list("lprg_1", filters=filters, **params)
    raw = server.requests[0].url.query
    return unquote(raw.decode()), raw


@pytest.mark.parametrize(
    ("built", "expected"),
    [
        (
            ProgramActivityFilter().where_type(is_="vl.program.created").junction("OR"),
            "filters[junction]=OR&filters[type][conditions][$is]=vl.program.created",
        ),
        (
            ProgramActivityFilter().where_type(in_=["vl.program.created", "vl.program.deleted"]),
            "filters[junction]=AND&filters[type][conditions][$in][0]=vl.program.created"
            "&filters[type][conditions][$in][1]=vl.program.deleted",
        ),
        (
            ProgramActivityFilter().where_type(
                is_not="vl.program.updated", not_in=["vl.program.deleted"]
            ),
            "filters[junction]=AND&filters[type][conditions][$is_not]=vl.program.updated"
            "&filters[type][conditions][$not_in][0]=vl.program.deleted",
        ),
        (
            ProgramActivityFilter().where_id(is_="laprg_0a1b"),
            "filters[junction]=AND&filters[id][conditions][$is]=laprg_0a1b",
        ),
        (
            ProgramActivityFilter().where_created_at(
                before=datetime.datetime(2025, 2, 1, 8, 30, tzinfo=UTC),
                more_than_days_ago=3,
                less_than_days_ago=30,
            ),
            "filters[junction]=AND&filters[created_at][conditions][$before]=2025-02-01T08:30:00+00:00"
            "&filters[created_at][conditions][$more_than]=3"
            "&filters[created_at][conditions][$less_than]=30",
        ),
    ],
)
def test_filters_are_sent_as_deep_objects(built: ProgramActivityFilter, expected: str) -> None:
    query, _ = sent_query(built)

    assert query == expected
    assert built.to_query_params() == dict(pair.split("=", 1) for pair in expected.split("&"))


def test_the_raw_query_is_percent_encoded() -> None:
    _, raw = sent_query(ProgramActivityFilter().where_type(is_="vl.program.created"), limit=5)

    assert raw == (
        b"filters%5Bjunction%5D=AND&filters%5Btype%5D%5Bconditions%5D%5B%24is%5D=vl.program.created"
        b"&limit=5"
    )


def test_the_generated_endpoint_encodes_a_filters_model_as_a_deep_object() -> None:
    model = ProgramActivityFilters(
        junction="OR",
        type_=ProgramActivityTypeFilter(
            ProgramActivityTypeFilterConditions(in_=["vl.program.created"])
        ),
    )
    server = ScriptedServer([json_response(200, program_page([], None))])
    client = Client(base_url=BASE_URL, httpx_args={"transport": server.transport})

    page = list_program_activities.sync("lprg_1", client=client, filters=model, limit=3)

    assert page is not None
    assert server.queries() == [
        "filters[junction]=OR&filters[type][conditions][$in][0]=vl.program.created&limit=3"
    ]


@pytest.mark.parametrize("limit", [1, 10, 100])
def test_limit_goes_out_as_an_integer(limit: int) -> None:
    v1 = ScriptedServer(
        [json_response(200, {"object": "list", "data_ref": "data", "data": [], "has_more": False})]
    )
    sync_client(v1).customer_activity.list("cust_1", limit=limit)
    query, _ = sent_query(limit=limit)

    assert v1.queries() == [f"limit={limit}"]
    assert query == f"limit={limit}"


def test_no_limit_leaves_the_server_default() -> None:
    query, _ = sent_query()

    assert query == ""


@pytest.mark.parametrize("limit", [0, -1, 2.5, "10", True])
def test_a_bad_limit_is_refused_before_sending(limit: Any) -> None:
    server = ScriptedServer([])

    with pytest.raises(ValueError, match="limit must be a positive integer"):
        sync_client(server).customer_activity.list("cust_1", limit=limit)
    assert server.requests == []


@pytest.mark.parametrize("name", ["start_date", "end_date"])
@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("2025-01-01T00:00:00Z", "must be a datetime.datetime"),  # the docs' form, as text
        (datetime.date(2025, 1, 1), "must be a datetime.datetime"),
        (datetime.datetime(2025, 1, 1), "must be timezone-aware"),  # which instant is unsaid
    ],
)
def test_a_bad_date_bound_is_refused_before_sending(name: str, value: Any, message: str) -> None:
    server = ScriptedServer([])

    with pytest.raises(ValueError, match=f"{name} {message}"):
        sync_client(server).customer_activity.list("cust_1", **{name: value})
    assert server.requests == []


def test_date_bounds_go_out_with_their_offset() -> None:
    server = ScriptedServer(
        [json_response(200, {"object": "list", "data_ref": "data", "data": [], "has_more": False})]
    )
    plus_two = datetime.timezone(datetime.timedelta(hours=2))
    sync_client(server).customer_activity.list(
        "cust_1",
        start_date=datetime.datetime(2025, 1, 1, 8, 30, tzinfo=plus_two),
        end_date=None,  # as if not given
    )

    assert server.queries() == ["start_date=2025-01-01T08:30:00+02:00"]


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"timeout": "5"}, "timeout must be seconds"),
        ({"timeout": 0}, "timeout must be seconds"),
        ({"timeout": -1.5}, "timeout must be seconds"),
        ({"timeout": float("nan")}, "timeout must be seconds"),
        ({"timeout": True}, "timeout must be seconds"),
        ({"max_retries": -1}, "max_retries must be an integer >= 0"),
        ({"max_retries": "2"}, "max_retries must be an integer >= 0"),
        ({"max_retries": 1.5}, "max_retries must be an integer >= 0"),
    ],
)
def test_bad_call_options_are_refused_when_the_call_is_made(
    options: dict[str, Any], message: str
) -> None:
    server = ScriptedServer([])
    client = sync_client(server)

    with pytest.raises(ValueError, match=message):
        client.customer_activity.list("cust_1", **options)
    with pytest.raises(ValueError, match=message):
        client.program_activities.iter("lprg_1", **options)  # before the first item is asked for
    assert server.requests == []


def test_an_unknown_parameter_is_a_clear_type_error() -> None:
    server = ScriptedServer([])
    params: dict[str, Any] = {"campaign": "camp_1"}

    with pytest.raises(TypeError, match=r"unexpected parameter\(s\) \['campaign'\]"):
        sync_client(server).customer_activity.list("cust_1", **params)


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda f: f.where_type(), "needs at least one condition"),
        (lambda f: f.where_id(in_=[]), "in_ must be a non-empty list"),
        (lambda f: f.where_id(in_="laprg_1"), "in_ must be a non-empty list"),
        (lambda f: f.where_created_at(after=datetime.datetime(2025, 1, 1)), "timezone-aware"),
        (lambda f: f.where_created_at(before="2025-01-01T00:00:00Z"), "a datetime.datetime"),
        (lambda f: f.where_created_at(more_than_days_ago=-1), "non-negative integer"),
        (lambda f: f.junction("XOR"), "junction must be 'AND' or 'OR'"),
    ],
)
def test_the_filter_builder_refuses_bad_conditions(build: Any, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        build(ProgramActivityFilter())


def test_the_builder_is_immutable() -> None:
    base = ProgramActivityFilter().where_type(is_="vl.program.created")
    either = base.junction("OR")

    assert base.junction_ == "AND"
    assert either.junction_ == "OR"
    assert either.type_conditions is base.type_conditions


def test_deep_object_params_flattens_nested_values() -> None:
    assert deep_object_params(
        "f", {"a": {"b": [1, True, None, "x"]}, "c": 2.5, "d": datetime.date(2025, 1, 2)}
    ) == {
        "f[a][b][0]": "1",
        "f[a][b][1]": "true",
        "f[a][b][3]": "x",
        "f[c]": "2.5",
        "f[d]": "2025-01-02",
    }
    with pytest.raises(TypeError, match="cannot encode object"):
        deep_object_params("f", {"a": object()})


def test_a_filters_argument_of_the_wrong_type_is_refused() -> None:
    with pytest.raises(TypeError, match="filters must be a ProgramActivityFilter"):
        sync_client(ScriptedServer([])).program_activities.list("lprg_1", filters={"type": "x"})  # type: ignore[arg-type]


def test_a_filter_is_hashable_and_equal_by_its_conditions() -> None:
    after = datetime.datetime(2025, 1, 1, tzinfo=datetime.UTC)

    def rewards() -> ProgramActivityFilter:
        return (
            ProgramActivityFilter()
            .where_type(in_=["vl.program.reward.assigned"])
            .where_created_at(after=after)
        )

    assert rewards() == rewards() and hash(rewards()) == hash(rewards())
    assert len({rewards(), rewards(), rewards().junction("OR"), ProgramActivityFilter()}) == 3
