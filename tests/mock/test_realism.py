"""The mock sends what Voucherify sends: its default data strays from the tidy documented shape.

Everything here reads the pages the mock serves (full walks of the big and small customers and
of the big program), validates every activity against the spec, then counts each kind of
variation the realism policy promises: nulls, absent optional parts, undocumented fields at
several levels, date-times without milliseconds, the evidence shapes the spec allows. Nothing
is looked up by event type or field position: the census walks whatever the pages hold.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

import pytest

from contract_tests.checks.filters import campaign_ids
from contract_tests.mock.dataset import (
    BIG_CUSTOMER_ID,
    BIG_PROGRAM_ID,
    SMALL_CUSTOMER_ID,
    Dataset,
)
from contract_tests.mock.realism import STRICT
from contract_tests.mock.spec import default_spec
from contract_tests.spec import Feed, Spec

from .support import V1, V2, Contract, MockClient, decoded, v1_path, walk_v1, walk_v2

DATE_TIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)")
# What a source's channel implies it carries (the expectation, written independently of the mock).
IMPLIED = {"USER_PORTAL": {"user"}, "API": {"api_key"}, "CLIENT_API": {"api_key"}}
SOURCE_PARTS = {"user", "api_key"}

Path = tuple[str, ...]


@dataclass
class Served:
    """Every activity of the walked feeds, as served, by feed."""

    v1: list[dict[str, Any]] = field(default_factory=list)
    v2: list[dict[str, Any]] = field(default_factory=list)

    def all(self) -> Iterator[tuple[Feed, dict[str, Any]]]:
        yield from ((Feed.CUSTOMER, a) for a in self.v1)
        yield from ((Feed.PROGRAM, a) for a in self.v2)


@pytest.fixture(scope="module")
def served(client: MockClient, contract: Contract) -> Served:
    found = Served()
    for customer in (BIG_CUSTOMER_ID, SMALL_CUSTOMER_ID):
        for page in walk_v1(client, customer, {"limit": 100}):
            found.v1 += page["data"]
    for page in walk_v2(client, BIG_PROGRAM_ID, {"limit": 100}):
        found.v2 += page["data"]
    return found


@pytest.fixture(scope="module")
def census(served: Served, contract: Contract) -> Counter[str]:
    return take_census(served, number_properties(contract.doc))


# ── the census ───────────────────────────────────────────────────────────────────────────────


def take_census(served: Served, numbers: frozenset[str]) -> Counter[str]:
    """How often each kind of variation occurs in the served activities."""
    counts: Counter[str] = Counter()
    suite_spec = Spec.load()
    instances: dict[Path, list[Mapping[str, Any]]] = {}
    for feed, activity in served.all():
        counts["activities"] += 1
        for extra in suite_spec.undocumented_item_fields(feed, activity):
            counts[f"undocumented field at {_level(extra)}"] += 1
        if DATE_TIME.fullmatch(activity["created_at"]) and "." not in activity["created_at"]:
            counts["created_at without milliseconds"] += 1
        if feed is Feed.CUSTOMER and "event_source" not in activity["data"]:
            counts["v1 activity without data.event_source"] += 1
        if feed is Feed.PROGRAM and "source" not in activity:
            counts["v2 activity without source"] += 1
        for path, key, value in _walk(activity, (activity["type"],)):
            _count_value(counts, key, value, numbers)
            if isinstance(value, dict) and not key.startswith("x_"):
                instances.setdefault((*path, key), []).append(value)
    for siblings in instances.values():
        _count_absent(counts, siblings)
    return counts


def _count_value(counts: Counter[str], key: str, value: Any, numbers: frozenset[str]) -> None:
    if key.startswith("x_"):
        return  # the undocumented fields have their own counts
    if value is None:
        counts["null"] += 1
        counts[f"null {key}"] += 1
    elif isinstance(value, str) and DATE_TIME.fullmatch(value):
        counts["date-time with milliseconds" if "." in value else "date-time without"] += 1
    elif key in numbers and type(value) is int:
        counts["integer in a number field"] += 1
    elif key == "metadata" and value == {}:
        counts["metadata {}"] += 1
    elif isinstance(value, list) and not value:
        counts["empty array"] += 1
    if key == "referrals" and isinstance(value, dict) and isinstance(value.get("campaigns"), list):
        for item in value["campaigns"]:
            counts[f"referral campaign as {type(item).__name__}"] += 1
    is_event_source = key == "event_source" or (key == "source" and "id" not in (value or {}))
    if is_event_source and isinstance(value, dict):  # a reward redemption's source has an id
        counts["source"] += 1
        if SOURCE_PARTS & value.keys() - IMPLIED.get(str(value.get("channel")), set()):
            counts["source carrying what its channel does not imply"] += 1


def _count_absent(counts: Counter[str], siblings: list[Mapping[str, Any]]) -> None:
    """Objects found at one place (type + path): keys that hold an object in some, absent in
    others, are optional objects left out; keys with an `id` in some must have it in all."""
    object_keys = {
        k for s in siblings for k, v in s.items() if isinstance(v, dict) and not k.startswith("x_")
    }
    for sibling in siblings:
        counts["absent optional object"] += len(object_keys - sibling.keys())
    if any("id" in s for s in siblings):
        counts["present object without its id"] += sum("id" not in s for s in siblings)


def _walk(node: Any, path: Path) -> Iterator[tuple[Path, str, Any]]:
    """(path of the parent, key, value) for every property below `node`; items count as `[]`."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield path, key, value
            yield from _walk(value, (*path, key))
    elif isinstance(node, list):
        for item in node:
            yield from _walk(item, (*path, "[]"))


def _level(path: str) -> str:
    """`data[].x` is the activity, `data[].data.x` its data, anything deeper is nested."""
    depth = path.removeprefix("data[].").count(".")
    return ("activity", "data")[depth] if depth < 2 else "nested object"


def number_properties(document: Any) -> frozenset[str]:
    """Names of the properties the spec types as `number` (not `integer`)."""
    names: set[str] = set()

    def visit(node: Any) -> None:
        if isinstance(node, dict):
            for name, schema in (node.get("properties") or {}).items():
                kind = schema.get("type") if isinstance(schema, dict) else None
                kinds = kind if isinstance(kind, list) else [kind]
                if "number" in kinds:
                    names.add(name)
            for value in node.values():
                visit(value)
        elif isinstance(node, list):
            for item in node:
                visit(item)

    visit(document)
    return frozenset(names)


# ── the tests ────────────────────────────────────────────────────────────────────────────────


def test_every_served_activity_validates(
    client: MockClient, contract: Contract, served: Served
) -> None:
    for customer in (BIG_CUSTOMER_ID, SMALL_CUSTOMER_ID):
        for page in walk_v1(client, customer, {"limit": 100}):
            contract.validator(contract.response_ref(V1, 200)).validate({**page, "data": []})
    for activity in served.v1:
        contract.check_activity(V1, activity)
    for activity in served.v2:
        contract.check_activity(V2, activity)
    assert len(served.v1) > 2_000 and len(served.v2) > 300


# Floors at about a third of what the default dataset holds: a tuning of the rates may move the
# counts, but not make a kind of variation disappear.
@pytest.mark.parametrize(
    ("kind", "at_least"),
    [
        ("null", 5_000),
        ("null email", 100),
        ("null name", 300),
        ("null source_id", 150),
        ("null address", 8),
        ("null city", 5),
        ("null category", 40),
        ("null start_date", 100),
        ("null expiration_date", 100),
        ("null active", 100),
        ("null gift", 30),
        ("null loyalty_card", 30),
        ("null discount", 40),
        ("null metadata", 300),
        ("null event_source", 90),
        ("null source", 30),
        ("absent optional object", 7_000),
        ("v1 activity without data.event_source", 150),
        ("v2 activity without source", 25),
        ("undocumented field at activity", 90),
        ("undocumented field at data", 90),
        ("undocumented field at nested object", 200),
        ("created_at without milliseconds", 200),
        ("date-time without", 1_400),
        ("date-time with milliseconds", 4_000),
        ("referral campaign as str", 20),
        ("referral campaign as dict", 80),
        ("integer in a number field", 150),
        ("metadata {}", 300),
        ("empty array", 20),
    ],
)
def test_each_kind_of_variation_occurs(census: Counter[str], kind: str, at_least: int) -> None:
    assert census[kind] >= at_least, {k: v for k, v in census.items() if not k.startswith("null ")}


def test_what_stays_strict(census: Counter[str]) -> None:
    assert census["present object without its id"] == 0
    assert census["source carrying what its channel does not imply"] == 0
    assert census["source"] > 1_000


def test_reward_redemption_sources_come_as_strings_and_objects(served: Served) -> None:
    sources = Counter(
        type(activity["data"]["data"]["source"]).__name__
        for activity in served.v1
        if activity["type"].startswith("customer.reward_redemptions.")
        and "source" in activity["data"]["data"]
    )
    assert sources["dict"] >= 3 and sources["str"] >= 3, sources


def test_v2_sources_differ_by_channel(served: Served) -> None:
    shapes = Counter(
        (source.get("channel"), tuple(sorted(SOURCE_PARTS & source.keys())))
        for activity in served.v2
        if isinstance(source := activity.get("source"), dict)
    )
    assert shapes[("USER_PORTAL", ("user",))] and shapes[("API", ("api_key",))], shapes
    assert shapes[("INTERNAL", ())], shapes


def test_undocumented_fields_are_clearly_named(served: Served) -> None:
    suite_spec = Spec.load()
    names = {
        path.rsplit(".", 1)[-1]
        for feed, activity in served.all()
        for path in suite_spec.undocumented_item_fields(feed, activity)
    }
    assert names and all(name.startswith("x_") for name in names), names
    assert "risk_score" not in names  # that one is the `undocumented_field` fault's


def test_filtered_activities_still_show_their_campaign(
    client: MockClient, dataset: Dataset
) -> None:
    """Realism never hides the related campaign: a `campaign_id` match shows that campaign
    (by the contract suite's own reading of a payload) or no campaign at all."""
    shown = 0
    for campaign in dataset.campaigns:
        query = {"campaign_id": campaign["id"], "limit": 100}
        for page in walk_v1(client, BIG_CUSTOMER_ID, query):
            for activity in page["data"]:
                ids = campaign_ids(activity)
                assert ids <= {campaign["id"]}, (activity["id"], ids)
                shown += bool(ids)
    feed = dataset.customer_feed(BIG_CUSTOMER_ID)
    assert feed is not None
    related = sum(activity.campaign_id is not None for activity in feed.activities)
    assert shown >= 0.85 * related, (shown, related)  # the rest are types that cannot show one


def test_same_seed_same_bytes_other_seed_other_variation(client: MockClient) -> None:
    served = client.get(v1_path(SMALL_CUSTOMER_ID), {"limit": 100}).content
    again = Dataset(default_spec()).customer_feed(SMALL_CUSTOMER_ID)
    other = Dataset(default_spec(), seed="another-seed").customer_feed(SMALL_CUSTOMER_ID)
    assert again is not None and other is not None
    newest_first = [activity.body for activity in reversed(again.activities)]
    assert served.startswith(
        b'{"object":"list","data_ref":"data","data":[' + b",".join(newest_first)
    )
    assert [a.body for a in other.activities] != [a.body for a in again.activities]


def test_strict_realism_is_the_documented_shape_filled_in(contract: Contract) -> None:
    strict = Dataset(default_spec(), realism=STRICT)
    feeds = [
        (V1, strict.customer_feed(SMALL_CUSTOMER_ID)),
        (V2, strict.program_feed(BIG_PROGRAM_ID)),
    ]
    served = Served()
    for operation, feed in feeds:
        assert feed is not None
        for stored in feed.activities:
            activity = decoded(stored.body)
            contract.check_activity(operation, activity)
            (served.v1 if operation == V1 else served.v2).append(activity)
    census = take_census(served, number_properties(contract.doc))
    for kind in ("created_at without milliseconds", "date-time without", "metadata {}"):
        assert census[kind] == 0, kind
    # The only nulls are the entities' own: the program has no end date.
    assert census["null"] == census["null end_date"] == len(served.v2)
    assert not any(kind.startswith("undocumented") for kind in census)
    assert census["v1 activity without data.event_source"] == 0
    assert census["v2 activity without source"] == 0
