"""The mock's deterministic dataset: well-known IDs and credentials, and the feeds behind them.

| owner                     | id / source_id                              | activities            |
|---------------------------|---------------------------------------------|-----------------------|
| big customer              | `BIG_CUSTOMER_ID` / `crm-big-001`           | 2,400 over 2021-2025  |
| small customer            | `SMALL_CUSTOMER_ID` / `crm-small-002`       | 25 in 2025            |
| empty customer            | `EMPTY_CUSTOMER_ID` / `crm-empty-003`       | none                  |
| huge customer (benchmark) | `HUGE_CUSTOMER_ID` / `crm-huge-004`         | 10,500 over 2019-2025 |
| big program               | `BIG_PROGRAM_ID`                            | 360 over 2023-2025    |
| empty program             | `EMPTY_PROGRAM_ID`                          | none                  |

Feeds are built from the spec on first use and cached for the life of the process; the same
spec and seed give byte-identical feeds on every run and under any `PYTHONHASHSEED`. The seed
draws the activities and their variation (`realism`); the well-known IDs above never change.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable, Mapping
from typing import Any

from . import bindings
from .builder import FeedBuilder
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
    customer_entity,
    program_entity,
    referrer_entity,
)
from .realism import DEFAULT, Realism
from .spec import CUSTOMER_ACTIVITY_OPERATION, PROGRAM_ACTIVITY_OPERATION, Spec, default_spec
from .synth import Compiler

__all__ = [
    "APP_ID",
    "APP_TOKEN",
    "BEARER_TOKEN",
    "BIG_CUSTOMER_ID",
    "BIG_CUSTOMER_SOURCE_ID",
    "BIG_PROGRAM_ID",
    "EMPTY_CUSTOMER_ID",
    "EMPTY_CUSTOMER_SOURCE_ID",
    "EMPTY_PROGRAM_ID",
    "HUGE_CUSTOMER_ID",
    "HUGE_CUSTOMER_SOURCE_ID",
    "SMALL_CUSTOMER_ID",
    "SMALL_CUSTOMER_SOURCE_ID",
    "Dataset",
    "Feed",
    "StoredActivity",
    "get_dataset",
]

SMALL_CUSTOMER_SOURCE_ID = "crm-small-002"
BIG_CUSTOMER_SOURCE_ID = "crm-big-001"
EMPTY_CUSTOMER_SOURCE_ID = "crm-empty-003"
HUGE_CUSTOMER_SOURCE_ID = "crm-huge-004"


class Dataset:
    """Customers' and programs' feeds for one spec, built lazily, each exactly once."""

    def __init__(self, spec: Spec, *, seed: str = DATASET_SEED, realism: Realism = DEFAULT) -> None:
        self.spec = spec
        self.seed = seed
        self.realism = realism
        self.customer_union = spec.activity_union(CUSTOMER_ACTIVITY_OPERATION)
        self.program_union = spec.activity_union(PROGRAM_ACTIVITY_OPERATION)
        campaign_param = spec.parameters(CUSTOMER_ACTIVITY_OPERATION, "query").get("campaign_type")
        campaign_types = (
            spec.resolve(campaign_param["schema"]).get("enum", []) if campaign_param else []
        )
        self.campaigns = campaign_catalogue(campaign_types)
        compiler = Compiler(spec)
        self._customers = FeedBuilder(
            compiler,
            self.customer_union,
            campaigns=self.campaigns,
            with_categories=True,
            seed=seed,
            realism=realism,
        )
        self._programs = FeedBuilder(compiler, self.program_union, seed=seed, realism=realism)
        self._customer_seeds = {alias: seed for seed in CUSTOMERS for alias in seed.aliases}
        self._program_seeds = {alias: seed for seed in PROGRAMS for alias in seed.aliases}
        self._feeds: dict[str, Feed] = {}
        self._lock = threading.Lock()
        self.malformations = {
            event_type: malformation_path(spec, ref)
            for union in (self.customer_union, self.program_union)
            for event_type, ref in union.variants.items()
        }

    def customer_feed(self, customer_id_or_source_id: str) -> Feed | None:
        seed = self._customer_seeds.get(customer_id_or_source_id)
        return None if seed is None else self._feed(seed, self._build_customer_feed)

    def program_feed(self, program_id: str) -> Feed | None:
        seed = self._program_seeds.get(program_id)
        return None if seed is None else self._feed(seed, self._build_program_feed)

    def warm(self, *, include_huge: bool = False) -> None:
        """Build the feeds now (servers do before accepting requests); the huge one on request."""
        for seed in CUSTOMERS:
            if seed.warm or include_huge:
                self.customer_feed(seed.owner_id)
        for seed in PROGRAMS:
            if seed.warm or include_huge:
                self.program_feed(seed.owner_id)

    def _build_customer_feed(self, seed: FeedSeed) -> Feed:
        entities: Mapping[str, Mapping[str, Any]] = {
            bindings.CUSTOMER: customer_entity(seed),
            bindings.REFERRER: referrer_entity(),
        }
        return self._customers.build(seed, entities)

    def _build_program_feed(self, seed: FeedSeed) -> Feed:
        return self._programs.build(seed, {bindings.PROGRAM: program_entity(seed)})

    def _feed(self, seed: FeedSeed, build: Callable[[FeedSeed], Feed]) -> Feed:
        with self._lock:  # one build per feed even when two requests race for it
            feed = self._feeds.get(seed.owner_id)
            if feed is None:
                feed = self._feeds[seed.owner_id] = build(seed)
            return feed


@functools.cache
def get_dataset() -> Dataset:
    """The dataset of the project's spec, shared by every app in the process."""
    return Dataset(default_spec())
