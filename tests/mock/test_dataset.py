"""The dataset: coverage of the spec, validity, consistency, determinism."""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from contract_tests.checks.filters import campaign_ids, own_campaign_ids
from contract_tests.evidence.payloads import V1_ACTIVITIES
from contract_tests.mock import categories
from contract_tests.mock.dataset import (
    BIG_CUSTOMER_ID,
    BIG_PROGRAM_ID,
    EMPTY_CUSTOMER_ID,
    EMPTY_PROGRAM_ID,
    SMALL_CUSTOMER_ID,
    Dataset,
    Feed,
)
from contract_tests.mock.timeutil import parse_instant
from contract_tests.spec import Spec

from .support import V1, V2, Contract, decoded

ROOT = Path(__file__).resolve().parents[2]


def feed_of(dataset: Dataset, owner: str) -> Feed:
    feed = dataset.customer_feed(owner)
    feed = dataset.program_feed(owner) if feed is None else feed
    assert feed is not None
    return feed


def digest(dataset: Dataset, owners: tuple[str, ...]) -> str:
    sha = hashlib.sha256()
    for owner in owners:
        for activity in feed_of(dataset, owner).activities:
            sha.update(activity.body)
    return sha.hexdigest()


def test_every_documented_event_type_occurs(dataset: Dataset, contract: Contract) -> None:
    big = {activity.type for activity in feed_of(dataset, BIG_CUSTOMER_ID).activities}
    program = {activity.type for activity in feed_of(dataset, BIG_PROGRAM_ID).activities}
    assert set(contract.event_types[V1]) <= big
    assert set(contract.event_types[V2]) <= program
    assert big <= set(contract.event_types[V1])
    assert program <= set(contract.event_types[V2])


@pytest.mark.parametrize(
    ("owner", "operation"),
    [(SMALL_CUSTOMER_ID, V1), (BIG_CUSTOMER_ID, V1), (BIG_PROGRAM_ID, V2)],
)
def test_every_activity_validates_against_its_variant(
    dataset: Dataset, contract: Contract, owner: str, operation: str
) -> None:
    for activity in feed_of(dataset, owner).activities:
        document = decoded(activity.body)
        assert document["id"] == activity.id
        assert document["type"] == activity.type
        contract.check_activity(operation, document)


def test_feed_sizes_and_empty_owners(dataset: Dataset) -> None:
    assert len(feed_of(dataset, BIG_CUSTOMER_ID)) >= 2_000
    assert 20 <= len(feed_of(dataset, SMALL_CUSTOMER_ID)) <= 30
    assert len(feed_of(dataset, BIG_PROGRAM_ID)) >= 200
    assert len(feed_of(dataset, EMPTY_CUSTOMER_ID)) == 0
    assert len(feed_of(dataset, EMPTY_PROGRAM_ID)) == 0
    assert dataset.customer_feed("crm-big-001") is feed_of(dataset, BIG_CUSTOMER_ID)


@pytest.mark.parametrize("owner", [BIG_CUSTOMER_ID, SMALL_CUSTOMER_ID, BIG_PROGRAM_ID])
def test_ids_unique_and_instants_strictly_increasing(dataset: Dataset, owner: str) -> None:
    feed = feed_of(dataset, owner)
    assert len({activity.id for activity in feed.activities}) == len(feed)
    assert all(a < b for a, b in zip(feed.created_us, feed.created_us[1:], strict=False))
    for activity in feed.activities:
        created_at = decoded(activity.body)["created_at"]
        # `2023-12-22T10:13:06.487Z`, or `2023-12-22T10:13:06Z` for an instant on a whole second
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{3})?Z", created_at)
        assert parse_instant(created_at) == activity.created_us


def test_big_customer_spans_several_years(dataset: Dataset) -> None:
    years = {
        decoded(a.body)["created_at"][:4] for a in feed_of(dataset, BIG_CUSTOMER_ID).activities
    }
    assert len(years) >= 4


def test_activities_are_about_one_and_a_half_kilobytes(dataset: Dataset) -> None:
    feed = feed_of(dataset, BIG_CUSTOMER_ID)
    average = sum(len(activity.body) for activity in feed.activities) / len(feed)
    assert 1_200 <= average <= 2_500  # the evidence fixtures' size


def test_every_event_type_has_a_specific_category_rule(contract: Contract) -> None:
    for event_type in contract.event_types[V1]:
        pattern, category = categories.rule_for(event_type)
        assert pattern != categories.FALLBACK_PATTERN, event_type
        assert category in ("ACTION", "EFFECT")
    assert categories.category_of("customer.redemption.succeeded") == "ACTION"
    assert categories.category_of("customer.rewarded") == "EFFECT"


def test_both_categories_occur(dataset: Dataset) -> None:
    found = Counter(activity.category for activity in feed_of(dataset, BIG_CUSTOMER_ID).activities)
    assert found["ACTION"] > 100 and found["EFFECT"] > 100


def test_several_campaigns_of_every_campaign_type_the_evidence_shows(
    dataset: Dataset, contract: Contract
) -> None:
    # The campaign types of the campaigns the fixtures are about (no fixture is about a
    # PROMOTION campaign: a promotion is redeemed through its tiers, with no voucher).
    shown = {
        activity["data"]["data"]["campaign"]["campaign_type"]
        for activity in V1_ACTIVITIES.values()
        if isinstance(activity["data"]["data"].get("campaign"), dict)
    }
    assert shown < set(contract.pointer("#/components/schemas/CampaignType")["enum"])
    used: dict[str, set[str]] = {}
    for activity in feed_of(dataset, BIG_CUSTOMER_ID).activities:
        if activity.campaign_id is not None:
            assert activity.campaign_type is not None
            used.setdefault(activity.campaign_type, set()).add(activity.campaign_id)
    assert set(used) == shown
    assert all(len(campaigns) >= 2 for campaigns in used.values())


def _objects(node: Any, key: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    """(property name, object) for every object nested in a document."""
    if isinstance(node, dict):
        yield key, node
        for name, value in node.items():
            yield from _objects(value, name)
    elif isinstance(node, list):
        for item in node:
            yield from _objects(item, key)


@pytest.mark.parametrize("owner", [BIG_CUSTOMER_ID, SMALL_CUSTOMER_ID])
def test_payloads_agree_with_customer_and_campaign(dataset: Dataset, owner: str) -> None:
    campaigns = {campaign.id: campaign for campaign in dataset.campaigns}
    checked_customers = checked_campaigns = 0
    for activity in feed_of(dataset, owner).activities:
        document = decoded(activity.body)
        for name, node in _objects(document["data"]):
            if name == "customer" or (node.get("object") == "customer" and name != "referrer"):
                assert node.get("id") == owner, (activity.type, name)
                checked_customers += 1
            if "customer_id" in node and name not in ("referrer", "details"):
                assert node["customer_id"] in (owner, None), (activity.type, name)
        if activity.campaign_id is None:
            continue
        # The activity's own campaign is its related one, shown, and the fixture's is gone (other
        # campaigns the fixture names, e.g. a reward coupon's, stay as they are).
        assert own_campaign_ids(document) <= {activity.campaign_id}, activity.type
        shown = campaign_ids(document)
        fixture_own = own_campaign_ids(V1_ACTIVITIES[activity.type])
        assert activity.campaign_id in shown and not shown & fixture_own, activity.type
        assert campaigns[activity.campaign_id].campaign_type == activity.campaign_type
        checked_campaigns += 1
    assert checked_customers >= len(feed_of(dataset, owner))
    if owner == BIG_CUSTOMER_ID:
        assert checked_campaigns > 800  # 31 of the 76 fixtures are about a campaign


def test_program_payloads_reference_the_program(dataset: Dataset) -> None:
    shown = 0
    for activity in feed_of(dataset, BIG_PROGRAM_ID).activities:
        document = decoded(activity.body)
        assert document.get("program_id") in (BIG_PROGRAM_ID, None)  # as some fixtures have it
        shown += document.get("program_id") == BIG_PROGRAM_ID
        for name, node in _objects(document["data"]):
            if name == "program":
                assert node["id"] == BIG_PROGRAM_ID
    assert shown > len(feed_of(dataset, BIG_PROGRAM_ID)) // 2


def test_two_builds_give_identical_bytes() -> None:
    owners = (BIG_CUSTOMER_ID, SMALL_CUSTOMER_ID, BIG_PROGRAM_ID)
    first, second = Dataset(Spec.load()), Dataset(Spec.load())
    assert digest(first, owners) == digest(second, owners)


def test_bytes_do_not_depend_on_the_hash_seed(dataset: Dataset) -> None:
    owners = (SMALL_CUSTOMER_ID, BIG_PROGRAM_ID)
    script = (
        "from contract_tests.mock.dataset import get_dataset, SMALL_CUSTOMER_ID, BIG_PROGRAM_ID\n"
        "import hashlib\n"
        "ds = get_dataset(); sha = hashlib.sha256()\n"
        "for feed in (ds.customer_feed(SMALL_CUSTOMER_ID), ds.program_feed(BIG_PROGRAM_ID)):\n"
        "    for activity in feed.activities: sha.update(activity.body)\n"
        "print(sha.hexdigest())\n"
    )
    env = {**os.environ, "PYTHONHASHSEED": "12345", "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == digest(dataset, owners)


def test_bodies_are_compact_json(dataset: Dataset) -> None:
    body = feed_of(dataset, SMALL_CUSTOMER_ID).activities[0].body
    assert body == json.dumps(json.loads(body), separators=(",", ":"), ensure_ascii=False).encode()
