"""v2 program activities: cursors, deepObject filters, junctions, expiry with an injected clock."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from contract_tests.mock.dataset import BIG_PROGRAM_ID, EMPTY_PROGRAM_ID, Dataset, StoredActivity
from contract_tests.mock.timeutil import US_PER_DAY, from_datetime, iso_from_us, parse_instant

from .conftest import FakeClock
from .support import V2, Contract, MockClient, ids, oracle_ids, v2_path, walk_v2

IS = "filters[{field}][conditions][{op}]"


def cond(field: str, op: str) -> str:
    return IS.format(field=field, op=op)


def oracle(
    dataset: Dataset,
    keep: Callable[[StoredActivity], bool] = lambda activity: True,
    *,
    newest_first: bool = True,
) -> list[str]:
    return oracle_ids(dataset.program_feed(BIG_PROGRAM_ID), keep, newest_first=newest_first)


def page_ids(body: dict[str, Any]) -> list[str]:
    return [activity["id"] for activity in body["data"]]


def activities(dataset: Dataset) -> tuple[StoredActivity, ...]:
    feed = dataset.program_feed(BIG_PROGRAM_ID)
    assert feed is not None
    return feed.activities


@pytest.mark.parametrize("limit", [1, 7, 100])
def test_walks_agree(client: MockClient, dataset: Dataset, limit: int) -> None:
    walked = ids(walk_v2(client, BIG_PROGRAM_ID, {"limit": limit}))
    assert walked == oracle(dataset)


def test_ascending_order(client: MockClient, dataset: Dataset) -> None:
    walked = ids(walk_v2(client, BIG_PROGRAM_ID, {"limit": 33, "order": "created_at"}))
    assert walked == oracle(dataset, newest_first=False)


def test_last_page_has_a_null_cursor_and_the_empty_program(
    client: MockClient, contract: Contract
) -> None:
    pages = list(walk_v2(client, BIG_PROGRAM_ID, {"limit": 100}))
    assert all(page["cursor"] is not None for page in pages[:-1])
    assert pages[-1]["cursor"] is None
    empty = contract.check_response(V2, client.get(v2_path(EMPTY_PROGRAM_ID)))
    assert empty == {"object": "list", "data": [], "cursor": None}


def test_type_filters(client: MockClient, dataset: Dataset, contract: Contract) -> None:
    types = contract.event_types[V2]
    for event_type in types:
        for op, keep in (
            ("$is", lambda a, t=event_type: a.type == t),
            ("$is_not", lambda a, t=event_type: a.type != t),
        ):
            params = {cond("type", op): event_type, "limit": 100}
            assert ids(walk_v2(client, BIG_PROGRAM_ID, params)) == oracle(dataset, keep)
    chosen = list(types[:3])
    indexed = {f"{cond('type', '$in')}[{i}]": t for i, t in enumerate(chosen)}
    walked = ids(walk_v2(client, BIG_PROGRAM_ID, {**indexed, "limit": 50}))
    assert walked == oracle(dataset, lambda a: a.type in chosen)
    excluded = {f"{cond('type', '$not_in')}[{i}]": t for i, t in enumerate(chosen)}
    walked = ids(walk_v2(client, BIG_PROGRAM_ID, {**excluded, "limit": 50}))
    assert walked == oracle(dataset, lambda a: a.type not in chosen)


def test_id_filters(client: MockClient, dataset: Dataset) -> None:
    sample = [a.id for a in activities(dataset)[10:15]]
    page = client.get(v2_path(BIG_PROGRAM_ID), {cond("id", "$is"): sample[0]}).json()
    assert [a["id"] for a in page["data"]] == [sample[0]]
    params = [(f"{cond('id', '$in')}[{i}]", value) for i, value in enumerate(sample)]
    walked = ids(walk_v2(client, BIG_PROGRAM_ID, dict(params)))
    assert walked == oracle(dataset, lambda a: a.id in sample)
    walked = ids(walk_v2(client, BIG_PROGRAM_ID, {cond("id", "$is_not"): sample[0], "limit": 100}))
    assert walked == oracle(dataset, lambda a: a.id != sample[0])
    params = [(f"{cond('id', '$not_in')}[{i}]", value) for i, value in enumerate(sample)]
    walked = ids(walk_v2(client, BIG_PROGRAM_ID, {**dict(params), "limit": 100}))
    assert walked == oracle(dataset, lambda a: a.id not in sample)


@pytest.mark.parametrize(
    "params",
    [
        [(cond("type", "$in"), "vl.program.created")],  # one un-indexed value
        [(cond("type", "$in") + "[]", "vl.program.created")],
        [(cond("type", "$in"), "vl.program.created"), (cond("type", "$in"), "vl.program.updated")],
        [
            (cond("type", "$in") + "[1]", "vl.program.updated"),
            (cond("type", "$in") + "[0]", "vl.program.created"),
        ],
    ],
)
def test_array_forms(client: MockClient, dataset: Dataset, params: list[tuple[str, str]]) -> None:
    wanted = {value for _, value in params}
    walked = ids(walk_v2(client, BIG_PROGRAM_ID, [*params, ("limit", "100")]))
    assert walked == oracle(dataset, lambda a: a.type in wanted) and walked


def test_created_at_bounds_are_strict(client: MockClient, dataset: Dataset) -> None:
    feed = activities(dataset)
    low, high = feed[100], feed[140]
    params = {
        cond("created_at", "$after"): iso_from_us(low.created_us),
        cond("created_at", "$before"): iso_from_us(high.created_us),
        "limit": 100,
    }
    walked = ids(walk_v2(client, BIG_PROGRAM_ID, params))
    assert walked == [a.id for a in reversed(feed[101:140])]


# Valid RFC 3339 date-times whose UTC instant lies outside datetime's years 1-9999 (Schemathesis
# generated the first one; the mock once answered it with a 400, failing positive_data_acceptance).
EDGE_OF_TIME = ("0001-01-01T00:07:49+21:06", "9999-12-31T23:00:00-21:00")


@pytest.mark.parametrize("op", ["$before", "$after"])
@pytest.mark.parametrize("instant", EDGE_OF_TIME)
def test_bounds_at_the_edge_of_time_are_instants(
    client: MockClient, dataset: Dataset, op: str, instant: str
) -> None:
    response = client.get(v2_path(BIG_PROGRAM_ID), {cond("created_at", op): instant, "limit": 100})
    assert response.status_code == 200, response.text
    before_all = instant.startswith("0001")
    everything = (op == "$after") == before_all
    walked = ids(walk_v2(client, BIG_PROGRAM_ID, {cond("created_at", op): instant, "limit": 100}))
    assert walked == (oracle(dataset) if everything else [])


def test_relative_days_use_the_injected_clock(
    make_client: Callable[..., MockClient], dataset: Dataset, clock: FakeClock
) -> None:
    clock.now = datetime(2025, 6, 1, tzinfo=UTC)
    mock = make_client(clock=clock)
    now_us = from_datetime(clock.now)
    for op, keep in (
        ("$less_than", lambda a: a.created_us > now_us - 90 * US_PER_DAY),
        ("$more_than", lambda a: a.created_us < now_us - 90 * US_PER_DAY),
    ):
        params = {cond("created_at", op): "90", "limit": 100}
        walked = ids(walk_v2(mock, BIG_PROGRAM_ID, params))
        expected = oracle(dataset, keep)
        assert walked == expected and expected


def test_any_day_count_the_spec_allows_is_taken(client: MockClient, dataset: Dataset) -> None:
    # The spec bounds the day counts below only; Schemathesis once sent a 34-digit one.
    huge = "9" * 34
    more_than = {cond("created_at", "$more_than"): huge, "limit": 100}
    less_than = {cond("created_at", "$less_than"): huge, "limit": 100}
    assert ids(walk_v2(client, BIG_PROGRAM_ID, more_than)) == []  # nothing is that old
    assert ids(walk_v2(client, BIG_PROGRAM_ID, less_than)) == oracle(dataset, lambda a: True)


def test_junction_and_versus_or(client: MockClient, dataset: Dataset) -> None:
    feed = activities(dataset)
    one = feed[50]
    other_type = next(a.type for a in feed if a.type != one.type)
    base = {cond("type", "$is"): other_type, cond("id", "$is"): one.id, "limit": 100}
    conjunction = ids(walk_v2(client, BIG_PROGRAM_ID, base))
    explicit_and = ids(walk_v2(client, BIG_PROGRAM_ID, {**base, "filters[junction]": "AND"}))
    disjunction = ids(walk_v2(client, BIG_PROGRAM_ID, {**base, "filters[junction]": "OR"}))
    assert conjunction == explicit_and == []
    assert disjunction == oracle(dataset, lambda a: a.type == other_type or a.id == one.id)
    assert one.id in disjunction


def test_cursor_keeps_the_filters_and_order(client: MockClient, dataset: Dataset) -> None:
    params = {cond("type", "$is"): "vl.program.updated", "order": "created_at", "limit": 2}
    first = client.get(v2_path(BIG_PROGRAM_ID), params).json()
    cursor = first["cursor"]["next"]
    second = client.get(v2_path(BIG_PROGRAM_ID), {"cursor": cursor, "limit": 2}).json()
    expected = oracle(dataset, lambda a: a.type == "vl.program.updated", newest_first=False)
    assert [a["id"] for a in first["data"] + second["data"]] == expected[:4]


def test_cursor_expiry_follows_the_clock(
    make_client: Callable[..., MockClient], clock: FakeClock, contract: Contract
) -> None:
    mock = make_client(clock=clock)
    first = contract.check_response(V2, mock.get(v2_path(BIG_PROGRAM_ID), {"limit": 5}))
    cursor = first["cursor"]
    assert parse_instant(cursor["expires_at"]) == from_datetime(clock.now + timedelta(minutes=15))
    clock.advance(timedelta(minutes=15))
    assert mock.get(v2_path(BIG_PROGRAM_ID), {"cursor": cursor["next"]}).status_code == 200
    clock.advance(timedelta(milliseconds=1))
    expired = mock.get(v2_path(BIG_PROGRAM_ID), {"cursor": cursor["next"]})
    assert expired.status_code == 400
    assert contract.check_response(V2, expired)["key"] == "invalid_cursor"


@pytest.mark.parametrize("cursor", ["lcrsapr_0123456789abcdef", "lcrsapr_", "nope", "LCRSAPR_00"])
def test_unknown_or_malformed_cursor(client: MockClient, contract: Contract, cursor: str) -> None:
    response = client.get(v2_path(BIG_PROGRAM_ID), {"cursor": cursor})
    assert response.status_code == 400
    assert contract.check_response(V2, response)["key"] == "invalid_cursor"


def test_cursor_of_another_program(client: MockClient, contract: Contract) -> None:
    cursor = client.get(v2_path(BIG_PROGRAM_ID), {"limit": 1}).json()["cursor"]["next"]
    response = client.get(v2_path(EMPTY_PROGRAM_ID), {"cursor": cursor})
    assert response.status_code == 400
    assert contract.check_response(V2, response)["key"] == "invalid_cursor"


@pytest.mark.parametrize(
    "params",
    [
        {cond("type", "$is"): "vl.program.teleported"},  # not in the enum
        {cond("created_at", "$after"): "last tuesday"},
        {cond("created_at", "$more_than"): "ten"},
        {cond("created_at", "$before"): "2024-01-01T00:00:00"},  # no zone
        {"filters[junction]": "XOR"},
        {"filters": "type=vl.program.created"},
        {"filters[type]": "vl.program.created"},
        {"filters[type][conditions]": "x"},
        {"filters[type": "x"},
        {cond("type", "$in") + "[x]": "vl.program.created"},
        {cond("type", "$in") + "[0][1]": "vl.program.created"},
        {cond("type", "$is") + "[0]": "vl.program.created"},
        {
            cond("type", "$in") + "[0]": "vl.program.created",
            cond("type", "$in"): "vl.program.updated",
        },
    ],
)
def test_bad_filters(client: MockClient, contract: Contract, params: dict[str, str]) -> None:
    response = client.get(v2_path(BIG_PROGRAM_ID), params)
    assert response.status_code == 400, response.text
    assert contract.check_response(V2, response)["key"] == "invalid_query_params"


def test_undocumented_filter_parts_are_ignored(client: MockClient, dataset: Dataset) -> None:
    """Seed 002 documents the fields, the id / type operators and values, and the junction only:
    an unknown field or operator is ignored, the permissive reading of its silence."""
    plain = ids(walk_v2(client, BIG_PROGRAM_ID, {"limit": 100}))
    for params in (
        {"filters[colour][conditions][$is]": "red"},
        {cond("type", "$like"): "vl.program.created"},
        {cond("id", "$before"): "2024-01-01T00:00:00Z"},
        {"filters[type][colour]": "red"},
    ):
        assert ids(walk_v2(client, BIG_PROGRAM_ID, {"limit": 100, **params})) == plain, params


def test_undocumented_filter_constraints_are_not_enforced(
    client: MockClient, dataset: Dataset
) -> None:
    # Our spec's id pattern: any id is a value that simply matches nothing.
    response = client.get(v2_path(BIG_PROGRAM_ID), {cond("id", "$is"): "evcus_123"})
    assert response.status_code == 200 and response.json()["data"] == []
    # Our spec's array sizes: eleven type values are as good as one.
    many = {f"{cond('type', '$in')}[{i}]": "vl.program.created" for i in range(11)}
    created = oracle(dataset, lambda a: a.type == "vl.program.created")
    assert ids(walk_v2(client, BIG_PROGRAM_ID, {"limit": 100, **many})) == created
    # Our spec's minimum day count: -1 days ago is tomorrow, so everything is "more than" it.
    everything = ids(walk_v2(client, BIG_PROGRAM_ID, {"limit": 100}))
    future = {cond("created_at", "$more_than"): "-1", "limit": 100}
    assert ids(walk_v2(client, BIG_PROGRAM_ID, future)) == everything


def test_a_repeated_leaf_takes_its_last_value(client: MockClient, dataset: Dataset) -> None:
    key = cond("type", "$in") + "[0]"
    pairs = [(key, "vl.program.created"), (key, "vl.program.updated"), ("limit", "100")]
    assert ids(walk_v2(client, BIG_PROGRAM_ID, pairs)) == oracle(
        dataset, lambda a: a.type == "vl.program.updated"
    )
    junction = [("filters[junction]", "XOR"), ("filters[junction]", "OR"), ("limit", "1")]
    assert client.get(v2_path(BIG_PROGRAM_ID), junction).status_code == 200
    assert client.get(v2_path(BIG_PROGRAM_ID), junction[::-1][1:]).status_code == 400


def test_an_empty_cursor_is_no_cursor(client: MockClient) -> None:
    first = client.get(v2_path(BIG_PROGRAM_ID), {"limit": 3}).json()
    empty = client.get(v2_path(BIG_PROGRAM_ID), {"limit": 3, "cursor": ""}).json()
    assert page_ids(empty) == page_ids(first)
    assert client.get(v2_path(BIG_PROGRAM_ID), {"cursor": "lcrsapr_"}).status_code == 400


def test_a_repeated_parameter_takes_its_last_value(client: MockClient) -> None:
    pairs = [("limit", "0"), ("limit", "5"), ("order", "sideways"), ("order", "created_at")]
    body = client.get(v2_path(BIG_PROGRAM_ID), pairs).json()
    ascending = client.get(v2_path(BIG_PROGRAM_ID), {"limit": 5, "order": "created_at"}).json()
    assert page_ids(body) == page_ids(ascending)
    assert client.get(v2_path(BIG_PROGRAM_ID), [("limit", "5"), ("limit", "0")]).status_code == 400


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"limit": 1},
        {"limit": 100, "order": "created_at"},
        {cond("type", "$is"): "vl.program.created", "filters[junction]": "OR"},
        {cond("created_at", "$after"): "2024-01-01T00:00:00+01:00"},
        {"unknown": "ignored"},
    ],
)
def test_responses_validate(client: MockClient, contract: Contract, params: dict[str, Any]) -> None:
    contract.check_response(V2, client.get(v2_path(BIG_PROGRAM_ID), params))


def test_a_small_page_validates_against_the_literal_union(
    client: MockClient, contract: Contract
) -> None:
    contract.check_union(V2, client.get(v2_path(BIG_PROGRAM_ID), {"limit": 5}))
