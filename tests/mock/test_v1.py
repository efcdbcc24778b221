"""v1 customer activity: pagination, ordering and every filter against a brute-force oracle."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from contract_tests.checks.filters import campaign_ids
from contract_tests.mock.dataset import (
    BIG_CUSTOMER_ID,
    EMPTY_CUSTOMER_ID,
    SMALL_CUSTOMER_ID,
    Dataset,
    StoredActivity,
)
from contract_tests.mock.timeutil import iso_from_us

from .support import V1, Contract, MockClient, ids, oracle_ids, v1_path, walk_v1


def oracle(
    dataset: Dataset,
    customer: str,
    keep: Callable[[StoredActivity], bool] = lambda activity: True,
    *,
    newest_first: bool = True,
) -> list[str]:
    return oracle_ids(dataset.customer_feed(customer), keep, newest_first=newest_first)


def having(field: str, value: object) -> Callable[[StoredActivity], bool]:
    return lambda activity: bool(getattr(activity, field) == value)


@pytest.mark.parametrize("limit", [1, 7, 100])
def test_walks_of_the_small_customer_agree(
    client: MockClient, dataset: Dataset, limit: int
) -> None:
    walked = ids(walk_v1(client, SMALL_CUSTOMER_ID, {"limit": limit}))
    assert walked == oracle(dataset, SMALL_CUSTOMER_ID)


@pytest.mark.parametrize("limit", [7, 100])
def test_walks_of_the_big_customer_have_no_duplicates_or_gaps(
    client: MockClient, dataset: Dataset, limit: int
) -> None:
    walked = ids(walk_v1(client, BIG_CUSTOMER_ID, {"limit": limit}))
    assert len(walked) == len(set(walked))
    assert walked == oracle(dataset, BIG_CUSTOMER_ID)


def test_limit_one_walk_of_a_filtered_subset(client: MockClient, dataset: Dataset) -> None:
    wanted = "customer.redemption.succeeded"
    params = {"limit": 1, "type": wanted, "order": "created_at"}
    walked = ids(walk_v1(client, BIG_CUSTOMER_ID, params))
    assert walked == oracle(
        dataset, BIG_CUSTOMER_ID, lambda a: a.type == wanted, newest_first=False
    )
    assert len(walked) >= 6


def test_ascending_is_descending_reversed(client: MockClient) -> None:
    newest = ids(walk_v1(client, BIG_CUSTOMER_ID, {"limit": 100}))
    oldest = ids(walk_v1(client, BIG_CUSTOMER_ID, {"limit": 100, "order": "created_at"}))
    assert oldest == list(reversed(newest))
    page = client.get(v1_path(BIG_CUSTOMER_ID), {"order": "created_at", "limit": 50}).json()
    stamps = [activity["created_at"] for activity in page["data"]]
    assert stamps == sorted(stamps)


def test_defaults_are_ten_newest_first(client: MockClient, dataset: Dataset) -> None:
    page = client.get(v1_path(BIG_CUSTOMER_ID)).json()
    assert [a["id"] for a in page["data"]] == oracle(dataset, BIG_CUSTOMER_ID)[:10]
    assert page["has_more"] is True
    assert page["more_starting_after"] == page["data"][-1]["id"]


def test_source_id_is_the_same_customer(client: MockClient) -> None:
    by_id = client.get(v1_path(SMALL_CUSTOMER_ID), {"limit": 100}).content
    assert client.get(v1_path("crm-small-002"), {"limit": 100}).content == by_id


def test_empty_customer(client: MockClient, contract: Contract) -> None:
    response = client.get(v1_path(EMPTY_CUSTOMER_ID))
    body = contract.check_response(V1, response)
    assert body == {"object": "list", "data_ref": "data", "data": [], "has_more": False}


def test_every_type_filter(client: MockClient, dataset: Dataset, contract: Contract) -> None:
    for event_type in contract.event_types[V1]:
        walked = ids(walk_v1(client, BIG_CUSTOMER_ID, {"limit": 100, "type": event_type}))
        assert walked == oracle(dataset, BIG_CUSTOMER_ID, having("type", event_type))


@pytest.mark.parametrize("category", ["ACTION", "EFFECT"])
def test_category_filter(client: MockClient, dataset: Dataset, category: str) -> None:
    walked = ids(walk_v1(client, BIG_CUSTOMER_ID, {"limit": 100, "category": category}))
    expected = oracle(dataset, BIG_CUSTOMER_ID, having("category", category))
    assert walked == expected and expected


def test_campaign_type_filter(client: MockClient, dataset: Dataset, contract: Contract) -> None:
    for campaign_type in contract.pointer("#/components/schemas/CampaignType")["enum"]:
        walked = ids(
            walk_v1(client, BIG_CUSTOMER_ID, {"limit": 100, "campaign_type": campaign_type})
        )
        expected = oracle(dataset, BIG_CUSTOMER_ID, having("campaign_type", campaign_type))
        assert walked == expected
        # Every type the catalogue has is some activities' (PROMOTION, in no fixture, is none's).
        assert bool(expected) == any(c.campaign_type == campaign_type for c in dataset.campaigns)


def test_campaign_id_filter(client: MockClient, dataset: Dataset) -> None:
    for campaign in dataset.campaigns:
        walked = ids(walk_v1(client, BIG_CUSTOMER_ID, {"limit": 100, "campaign_id": campaign.id}))
        expected = oracle(dataset, BIG_CUSTOMER_ID, having("campaign_id", campaign.id))
        assert walked == expected and expected


def test_unknown_campaign_id_matches_nothing(client: MockClient) -> None:
    page = client.get(v1_path(BIG_CUSTOMER_ID), {"campaign_id": "camp_doesnotexist"}).json()
    assert page["data"] == [] and page["has_more"] is False


def test_returned_items_carry_the_filtered_campaign(client: MockClient, dataset: Dataset) -> None:
    campaign = dataset.campaigns[0]
    page = client.get(v1_path(BIG_CUSTOMER_ID), {"campaign_id": campaign.id, "limit": 100})
    returned = page.json()["data"]
    assert returned
    for activity in returned:
        # Each returned activity shows the filtered campaign (it is the fixture's, rebound).
        shown = campaign_ids(activity)
        assert campaign.id in shown, (activity["id"], shown)


def test_combined_filters(client: MockClient, dataset: Dataset) -> None:
    feed = dataset.customer_feed(BIG_CUSTOMER_ID)
    assert feed is not None
    start, end = feed.created_us[300], feed.created_us[1_900]
    params: dict[str, Any] = {
        "limit": 100,
        "category": "ACTION",
        "campaign_type": "LOYALTY_PROGRAM",
        "start_date": iso_from_us(start),
        "end_date": iso_from_us(end),
    }
    walked = ids(walk_v1(client, BIG_CUSTOMER_ID, params))
    expected = oracle(
        dataset,
        BIG_CUSTOMER_ID,
        lambda a: (
            a.category == "ACTION"
            and a.campaign_type == "LOYALTY_PROGRAM"
            and start <= a.created_us <= end
        ),
    )
    assert walked == expected and expected


def test_date_bounds_are_inclusive(client: MockClient, dataset: Dataset) -> None:
    feed = dataset.customer_feed(BIG_CUSTOMER_ID)
    assert feed is not None
    target = feed.activities[1_000]
    at = iso_from_us(target.created_us)
    page = client.get(v1_path(BIG_CUSTOMER_ID), {"start_date": at, "end_date": at}).json()
    assert [a["id"] for a in page["data"]] == [target.id]
    later = iso_from_us(target.created_us + 1_000)
    assert (
        client.get(v1_path(BIG_CUSTOMER_ID), {"start_date": later, "end_date": later}).json()[
            "data"
        ]
        == []
    )
    window = {"start_date": at, "end_date": iso_from_us(feed.created_us[1_010])}
    walked = ids(walk_v1(client, BIG_CUSTOMER_ID, {**window, "limit": 3}))
    assert walked == [a.id for a in reversed(feed.activities[1_000:1_011])]


def test_dates_with_offsets_and_without_fraction(client: MockClient, dataset: Dataset) -> None:
    feed = dataset.customer_feed(BIG_CUSTOMER_ID)
    assert feed is not None
    # The first activity from #500 on whose local time at +02:00 is still the same day.
    target = next(a for a in feed.activities[500:] if int(iso_from_us(a.created_us)[11:13]) < 22)
    utc = iso_from_us(target.created_us)  # e.g. 2022-03-01T10:20:30.456Z
    shifted = f"{utc[:11]}{int(utc[11:13]) + 2:02d}{utc[13:23]}+02:00"
    page = client.get(v1_path(BIG_CUSTOMER_ID), {"start_date": shifted, "end_date": shifted}).json()
    assert [a["id"] for a in page["data"]] == [target.id]
    whole_second = utc[:19] + "Z"
    page = client.get(
        v1_path(BIG_CUSTOMER_ID), {"start_date": whole_second, "order": "created_at", "limit": 1}
    ).json()
    assert page["data"][0]["id"] == target.id


@pytest.mark.parametrize("name", ["start_date", "end_date"])
@pytest.mark.parametrize("instant", ["0001-01-01T00:07:49+21:06", "9999-12-31T23:00:00-21:00"])
def test_dates_at_the_edge_of_time_are_instants(
    client: MockClient, name: str, instant: str
) -> None:
    # Valid date-times whose UTC instant lies before year 1 / after year 9999: bounds like others.
    page = client.get(v1_path(BIG_CUSTOMER_ID), {name: instant, "limit": 5})
    assert page.status_code == 200, page.text
    keeps_all = (name == "start_date") == instant.startswith("0001")
    assert bool(page.json()["data"]) is keeps_all


def test_starting_after_marks_a_place_not_a_match(client: MockClient, dataset: Dataset) -> None:
    feed = dataset.customer_feed(BIG_CUSTOMER_ID)
    assert feed is not None
    anchor = feed.activities[1_200]
    wanted = next(a.type for a in feed.activities if a.type != anchor.type)
    params = {"type": wanted, "starting_after_id": anchor.id, "limit": 100}
    walked = ids(walk_v1(client, BIG_CUSTOMER_ID, params))
    expected = oracle(
        dataset, BIG_CUSTOMER_ID, lambda a: a.type == wanted and a.created_us < anchor.created_us
    )
    assert walked == expected


def test_last_page_has_no_continuation(client: MockClient) -> None:
    pages = list(walk_v1(client, SMALL_CUSTOMER_ID, {"limit": 10}))
    assert [page["has_more"] for page in pages] == [True, True, False]
    assert "more_starting_after" not in pages[-1]


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"limit": 1},
        {"limit": 100, "order": "created_at"},
        {"type": "customer.order.paid", "limit": 3},
        {"category": "EFFECT", "campaign_type": "GIFT_VOUCHERS"},
        {"start_date": "2023-01-01T00:00:00Z", "end_date": "2023-02-01T00:00:00.000+01:00"},
        {"unknown": "ignored", "limit": 5},
    ],
)
def test_responses_validate(client: MockClient, contract: Contract, params: dict[str, Any]) -> None:
    for customer in (BIG_CUSTOMER_ID, "crm-small-002"):
        contract.check_response(V1, client.get(v1_path(customer), params))


def test_a_small_page_validates_against_the_literal_union(
    client: MockClient, contract: Contract
) -> None:
    contract.check_union(V1, client.get(v1_path(SMALL_CUSTOMER_ID), {"limit": 4}))


@pytest.mark.parametrize("name", ["starting_after_id", "campaign_id"])
def test_an_empty_free_string_is_no_value(client: MockClient, name: str) -> None:
    """The documentation puts no constraint on these strings and says nothing of an empty one:
    the permissive reading takes it as not given."""
    plain = client.get(v1_path(BIG_CUSTOMER_ID), {"limit": 5}).json()
    empty = client.get(v1_path(BIG_CUSTOMER_ID), {"limit": 5, name: ""})
    assert empty.status_code == 200, empty.text
    assert empty.json() == plain


def test_a_repeated_parameter_takes_its_last_value(client: MockClient) -> None:
    pairs = [("limit", "0"), ("limit", "3"), ("type", "customer.teleported")]
    pairs.append(("type", "customer.order.paid"))
    body = client.get(v1_path(BIG_CUSTOMER_ID), pairs).json()
    expected = client.get(v1_path(BIG_CUSTOMER_ID), {"limit": 3, "type": "customer.order.paid"})
    assert body == expected.json()
    assert client.get(v1_path(BIG_CUSTOMER_ID), [("limit", "3"), ("limit", "0")]).status_code == 400
