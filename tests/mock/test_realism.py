"""The mock sends what Voucherify sends: its activities are the evidence fixtures, rebound.

Everything here reads the pages the mock serves (full walks of the big and small customers and
of the big program). Realism comes from the fixtures (contract_tests/evidence): every quirk they
reproduce is served, often, and nothing undocumented that they do not show; each served activity
has the shape of its type's fixture in one of its envelope variants. The rebinding is checked in
test_dataset.py (customer, program, campaign, IDs, timestamps) and below (determinism).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from evidence.quirks import QUIRKS, Quirk

from contract_tests.evidence.payloads import V1_PAYLOADS, V2_PAYLOADS, v1_activity, v2_activity
from contract_tests.mock.dataset import (
    BIG_CUSTOMER_ID,
    BIG_PROGRAM_ID,
    ENVELOPES,
    SMALL_CUSTOMER_ID,
    Dataset,
)
from contract_tests.spec import Feed, Spec

from .support import V1, V2, Contract, MockClient, v1_path, walk_v1, walk_v2

WITHOUT_FRACTION = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ")
# What a source's channel implies it carries (the expectation, written independently of the mock).
IMPLIED = {"USER_PORTAL": {"user"}, "API": {"api_key"}, "CLIENT_API": {"api_key"}}
SOURCE_PARTS = {"user", "api_key"}


@dataclass
class Served:
    """Every activity of the walked feeds, as served, by feed."""

    v1: list[dict[str, Any]] = field(default_factory=list)
    v2: list[dict[str, Any]] = field(default_factory=list)

    def all(self) -> Iterator[tuple[Feed, dict[str, Any]]]:
        yield from ((Feed.CUSTOMER, a) for a in self.v1)
        yield from ((Feed.PROGRAM, a) for a in self.v2)


@pytest.fixture(scope="module")
def served(client: MockClient) -> Served:
    found = Served()
    for customer in (BIG_CUSTOMER_ID, SMALL_CUSTOMER_ID):
        for page in walk_v1(client, customer, {"limit": 100}):
            found.v1 += page["data"]
    for page in walk_v2(client, BIG_PROGRAM_ID, {"limit": 100}):
        found.v2 += page["data"]
    return found


def fixture_variants(feed: Feed, event_type: str) -> list[dict[str, Any]]:
    """The fixture of `event_type` in every envelope variant the mock rotates."""
    if feed is Feed.CUSTOMER:
        return [v1_activity(event_type, V1_PAYLOADS[event_type](), n) for n in ENVELOPES]
    return [v2_activity(event_type, V2_PAYLOADS[event_type](), n) for n in ENVELOPES]


def shape(node: Any) -> Any:
    """`node` without its strings: keys (but names used as keys, e.g. a campaign's), nulls,
    absences, numbers, booleans and nesting stay."""
    if isinstance(node, dict):
        return tuple((key if key.isidentifier() else "*", shape(v)) for key, v in node.items())
    if isinstance(node, list):
        return tuple(shape(item) for item in node)
    return "str" if isinstance(node, str) else node if node is None else type(node).__name__


# ── realism comes from the fixtures ──────────────────────────────────────────────────────────


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


def test_each_served_activity_has_the_shape_of_its_fixture(served: Served) -> None:
    shapes: dict[tuple[Feed, str], set[Any]] = {}
    for feed, activity in served.all():
        key = (feed, activity["type"])
        if key not in shapes:
            shapes[key] = {shape(variant) for variant in fixture_variants(*key)}
        assert shape(activity) in shapes[key], key
    assert len(shapes) == len(V1_PAYLOADS) + len(V2_PAYLOADS)


@pytest.mark.parametrize("quirk", QUIRKS, ids=[quirk.name for quirk in QUIRKS])
def test_every_quirk_of_the_evidence_is_served_often(served: Served, quirk: Quirk) -> None:
    activities = served.v1 if quirk.feed == "v1" else served.v2
    showing = sum(quirk.found_in(activity) for activity in activities)
    # Each fixture type occurs ~30 times in the big customer's feed, ~25 in the program's;
    # an envelope quirk shows in at least one of the twelve variants.
    assert showing >= 2, showing


def test_nothing_undocumented_that_the_evidence_does_not_show(served: Served) -> None:
    suite_spec = Spec.load()
    shown = {
        path.rsplit(".", 1)[-1]
        for feed, activity in served.all()
        for path in suite_spec.undocumented_item_fields(feed, activity)
    }
    evidence = {
        path.rsplit(".", 1)[-1]
        for feed, payloads in ((Feed.CUSTOMER, V1_PAYLOADS), (Feed.PROGRAM, V2_PAYLOADS))
        for event_type in payloads
        for variant in fixture_variants(feed, event_type)
        for path in suite_spec.undocumented_item_fields(feed, variant)
    }
    assert shown and shown <= evidence, shown - evidence
    assert "risk_score" not in shown  # that one is the `undocumented_field` fault's


def test_envelopes_vary_like_the_fixtures(served: Served) -> None:
    v1 = Counter[str]()
    for activity in served.v1:
        source = activity["data"].get("event_source", "absent")
        v1["no event_source" if source == "absent" else "null" if source is None else "source"] += 1
        v1["no group_id" if "group_id" not in activity else "group_id"] += 1
        v1["whole second"] += bool(WITHOUT_FRACTION.fullmatch(activity["created_at"]))
    assert v1["no event_source"] > 300 and v1["null"] > 100 and v1["source"] > 1_000, v1
    assert v1["no group_id"] > 200 and v1["whole second"] > 500, v1
    v2 = Counter("source" in activity for activity in served.v2)
    assert v2[False] > 30 and v2[True] > 200, v2


def test_sources_carry_what_their_channel_implies(served: Served) -> None:
    shapes = Counter(
        (source.get("channel"), tuple(sorted(SOURCE_PARTS & source.keys())))
        for feed, activity in served.all()
        if isinstance(source := activity.get("source", activity["data"].get("event_source")), dict)
        and "channel" in source
    )
    assert shapes[("USER_PORTAL", ("user",))] and shapes[("API", ("api_key",))], shapes
    assert shapes[("INTERNAL", ())], shapes
    wrong = {
        (channel, parts)
        for (channel, parts) in shapes
        if set(parts) - IMPLIED.get(str(channel), set())
    }
    assert not wrong, wrong


def test_reward_redemption_sources_come_as_strings_and_objects(served: Served) -> None:
    sources = Counter(
        type(activity["data"]["data"]["source"]).__name__
        for activity in served.v1
        if activity["type"].startswith("customer.reward_redemptions.")
    )
    assert sources["dict"] >= 3 and sources["str"] >= 3, sources


# ── the rebinding is deterministic ───────────────────────────────────────────────────────────


def test_same_seed_same_bytes_other_seed_other_variation(client: MockClient) -> None:
    served = client.get(v1_path(SMALL_CUSTOMER_ID), {"limit": 100}).content
    again = Dataset(Spec.load()).customer_feed(SMALL_CUSTOMER_ID)
    other = Dataset(Spec.load(), seed="another-seed").customer_feed(SMALL_CUSTOMER_ID)
    assert again is not None and other is not None
    newest_first = [activity.body for activity in reversed(again.activities)]
    assert served.startswith(
        b'{"object":"list","data_ref":"data","data":[' + b",".join(newest_first)
    )
    assert [a.body for a in other.activities] != [a.body for a in again.activities]
    assert [a.id for a in other.activities] != [a.id for a in again.activities]
