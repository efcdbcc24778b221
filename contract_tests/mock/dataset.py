"""The mock's deterministic dataset: well-known IDs and credentials, and the feeds behind them.

| owner                     | id / source_id                              | activities            |
|---------------------------|---------------------------------------------|-----------------------|
| big customer              | `BIG_CUSTOMER_ID` / `crm-big-001`           | 2,400 over 2021-2025  |
| small customer            | `SMALL_CUSTOMER_ID` / `crm-small-002`       | 25 in 2025            |
| empty customer            | `EMPTY_CUSTOMER_ID` / `crm-empty-003`       | none                  |
| huge customer (benchmark) | `HUGE_CUSTOMER_ID` / `crm-huge-004`         | 10,500 over 2019-2025 |
| big program               | `BIG_PROGRAM_ID`                            | 360 over 2023-2025    |
| empty program             | `EMPTY_PROGRAM_ID`                          | none                  |

Every activity is the evidence fixture of its event type (contract_tests/evidence) in one of its
envelope variants, rebound to the feed (`rebinding`, `builder`). Feeds are built on first use and
cached for the life of the process; the same spec and seed give byte-identical feeds on every run
and under any `PYTHONHASHSEED`. The seed draws the timeline, the variants, the related campaigns
and the fresh IDs; the well-known IDs above never change.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable, Mapping

from contract_tests.evidence.payloads import V1_PAYLOADS, V2_PAYLOADS, v1_activity, v2_activity

from ..spec import (
    CUSTOMER_ACTIVITY_OPERATION,
    PROGRAM_ACTIVITY_OPERATION,
    ActivityUnion,
    Spec,
)
from .builder import FeedBuilder
from .categories import category_of
from .feed import Feed, StoredActivity
from .malform import malformation_path
from .population import (
    APP_ID,
    APP_TOKEN,
    BEARER_TOKEN,
    BIG_CUSTOMER_ID,
    BIG_PROGRAM_ID,
    CUSTOMERS,
    DATASET_SEED,
    EMPTY_CUSTOMER_ID,
    EMPTY_PROGRAM_ID,
    HUGE_CUSTOMER_ID,
    PROGRAMS,
    SMALL_CUSTOMER_ID,
    FeedSeed,
    campaign_catalogue,
)
from .rebinding import Campaign, Fixture, Json, campaigns_shown, read

# Envelope variants per event type: the fixture builders' numbers 1..12 give every kind of
# envelope they have (event source or none, group_id set / null / absent, with and without
# milliseconds, undocumented envelope fields).
ENVELOPES = range(1, 13)

__all__ = [
    "APP_ID",
    "APP_TOKEN",
    "BEARER_TOKEN",
    "BIG_CUSTOMER_ID",
    "BIG_PROGRAM_ID",
    "EMPTY_CUSTOMER_ID",
    "EMPTY_PROGRAM_ID",
    "HUGE_CUSTOMER_ID",
    "SMALL_CUSTOMER_ID",
    "Dataset",
    "Feed",
    "StoredActivity",
    "get_dataset",
]


class Dataset:
    """Customers' and programs' feeds for one spec, built lazily, each exactly once."""

    def __init__(self, spec: Spec, *, seed: str = DATASET_SEED) -> None:
        self.spec = spec
        self.seed = seed
        self.customer_union = spec.union(CUSTOMER_ACTIVITY_OPERATION)
        self.program_union = spec.union(PROGRAM_ACTIVITY_OPERATION)
        v1 = _variants(self.customer_union, V1_PAYLOADS, v1_activity)
        v2 = _variants(self.program_union, V2_PAYLOADS, v2_activity)
        shown = campaigns_shown(a for variants in v1.values() for a in variants[:1])
        customers = {
            event_type: [_v1_fixture(event_type, activity, shown) for activity in variants]
            for event_type, variants in v1.items()
        }
        programs = {
            event_type: [read(a, a["data"], a["data"].get("program"), {}) for a in variants]
            for event_type, variants in v2.items()
        }
        kinds = {f.campaign.campaign_type for fs in customers.values() for f in fs if f.campaign}
        enum = spec.resolve(
            spec.parameters(CUSTOMER_ACTIVITY_OPERATION, "query")["campaign_type"]["schema"]
        )["enum"]
        self.campaigns = campaign_catalogue(kind for kind in enum if kind in kinds)
        self._customers = FeedBuilder(
            customers,
            campaigns=self.campaigns,
            categories={event_type: category_of(event_type) for event_type in customers},
            seed=seed,
        )
        self._programs = FeedBuilder(programs, seed=seed)
        self._customer_seeds = {alias: seed for seed in CUSTOMERS for alias in seed.aliases}
        self._program_seeds = {alias: seed for seed in PROGRAMS for alias in seed.aliases}
        self._feeds: dict[str, Feed] = {}
        self._lock = threading.Lock()
        self.malformations = {
            event_type: malformation_path(spec, union.variants[event_type], variants[0])
            for union, fixtures in ((self.customer_union, v1), (self.program_union, v2))
            for event_type, variants in fixtures.items()
        }

    def customer_feed(self, customer_id_or_source_id: str) -> Feed | None:
        seed = self._customer_seeds.get(customer_id_or_source_id)
        return None if seed is None else self._feed(seed, self._customers.build)

    def program_feed(self, program_id: str) -> Feed | None:
        seed = self._program_seeds.get(program_id)
        return None if seed is None else self._feed(seed, self._programs.build)

    def warm(self, *, include_huge: bool = False) -> None:
        """Build the feeds now (servers do before accepting requests); the huge one on request."""
        for seed in CUSTOMERS:
            if seed.warm or include_huge:
                self.customer_feed(seed.owner_id)
        for seed in PROGRAMS:
            if seed.warm or include_huge:
                self.program_feed(seed.owner_id)

    def _feed(self, seed: FeedSeed, build: Callable[[FeedSeed], Feed]) -> Feed:
        with self._lock:  # one build per feed even when two requests race for it
            feed = self._feeds.get(seed.owner_id)
            if feed is None:
                feed = self._feeds[seed.owner_id] = build(seed)
            return feed


def _variants(
    union: ActivityUnion,
    payloads: Mapping[str, Callable[[], Json]],
    envelope: Callable[[str, Json, int], Json],
) -> dict[str, list[Json]]:
    """Each event type of the union in every envelope variant. A type without a fixture is not
    served: tests/evidence asks for one per documented type, and an observed type a drift patch
    adds (`x-observed`) has none."""
    return {
        event_type: [envelope(event_type, payloads[event_type](), n) for n in ENVELOPES]
        for event_type in union.variants
        if event_type in payloads
    }


def _v1_fixture(event_type: str, activity: Json, campaigns: Mapping[str, Campaign]) -> Fixture:
    payload = activity["data"]["data"]
    customer = payload.get("customer")
    if "category" in activity:  # the undocumented envelope fields say what the mock serves
        activity["category"] = category_of(event_type)
    if "entity_id" in activity and isinstance(customer, Mapping):
        activity["entity_id"] = customer.get("id")
    return read(activity, payload, customer, campaigns)


@functools.cache
def get_dataset() -> Dataset:
    """The dataset of the project's spec, shared by every app in the process."""
    return Dataset(Spec.load())
