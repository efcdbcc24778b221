"""Build one feed: a timeline of event types, each activity synthesized from its variant schema.

Per feed: a seeded RNG, every event type of the union at least a few times (when the feed is big
enough), strictly increasing millisecond timestamps spread over the feed's period, a related
campaign for the event types that have one, and the JSON bytes of each activity.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from random import Random
from typing import Any

from . import bindings
from .campaign_links import campaign_types_for
from .categories import category_of
from .feed import Feed, StoredActivity
from .plan import Object, SynthContext, entities_used
from .population import DATASET_SEED, FeedSeed, voucher_entity
from .randtext import between, pick
from .spec import ActivityUnion
from .synth import Compiler
from .timeutil import US_PER_MS, iso_from_ms

MIN_EACH_TYPE = 6  # occurrences of every event type in a feed big enough to hold them


def encode(value: Any) -> bytes:
    """Compact, deterministic JSON (key order is the schema's property order)."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode()


class FeedBuilder:
    """Builds feeds of one activity union; variant plans are compiled once and shared."""

    def __init__(
        self,
        compiler: Compiler,
        union: ActivityUnion,
        *,
        campaigns: Sequence[Mapping[str, Any]] = (),
        with_categories: bool = False,
    ) -> None:
        self.union = union
        self.plans: dict[str, Object] = {
            event_type: compiler.compile_activity(ref) for event_type, ref in union.variants.items()
        }
        self.categories = {
            event_type: category_of(event_type) if with_categories else None
            for event_type in self.plans
        }
        campaign_types = list(dict.fromkeys(str(c["campaign_type"]) for c in campaigns))
        self.campaigns_for: dict[str, tuple[Mapping[str, Any], ...]] = {}
        for event_type, plan in self.plans.items():
            kinds = campaign_types_for(
                event_type,
                payload_has_campaign=bool(entities_used(plan) & bindings.CAMPAIGN_BEARING),
                all_types=campaign_types,
            )
            self.campaigns_for[event_type] = tuple(
                c for c in campaigns if c["campaign_type"] in kinds
            )

    def build(self, seed: FeedSeed, entities: Mapping[str, Mapping[str, Any]]) -> Feed:
        rng = Random(f"{DATASET_SEED}:feed:{seed.owner_id}")
        types = _type_sequence(rng, self.union.event_types, seed.activities)
        moments = _timeline(rng, len(types), seed.start_ms, seed.end_ms)
        memo: dict[tuple[int, bool, tuple[str, ...]], Any] = {}
        vouchers: dict[str, dict[str, Any]] = {}
        seen_ids: set[str] = set()
        stored = []
        for event_type, moment_ms in zip(types, moments, strict=True):
            plan = self.plans[event_type]
            ctx = SynthContext(moment_ms=moment_ms, entities=entities, memo=memo)
            activity_id = self._fresh_id(plan, rng, ctx, seen_ids)
            activity: dict[str, Any] = {
                "id": activity_id,
                "type": event_type,
                "created_at": iso_from_ms(moment_ms),
            }
            if bindings.PROGRAM in entities:
                activity["program_id"] = entities[bindings.PROGRAM]["id"]
            current = {**entities, bindings.ACTIVITY: activity}
            campaign = self._campaign(rng, event_type)
            if campaign is not None:
                current[bindings.CAMPAIGN] = campaign
                if bindings.CUSTOMER in entities:
                    customer = entities[bindings.CUSTOMER]
                    voucher = vouchers.get(str(campaign["id"]))
                    if voucher is None:
                        voucher = vouchers[str(campaign["id"])] = voucher_entity(customer, campaign)
                    current[bindings.VOUCHER] = voucher
            ctx.entities = current
            body = encode(plan.generate(rng, ctx))
            stored.append(
                StoredActivity(
                    id=activity_id,
                    type=event_type,
                    created_us=moment_ms * US_PER_MS,
                    body=body,
                    category=self.categories[event_type],
                    campaign_id=None if campaign is None else str(campaign["id"]),
                    campaign_type=None if campaign is None else str(campaign["campaign_type"]),
                )
            )
        return Feed(seed.owner_id, stored)

    def _campaign(self, rng: Random, event_type: str) -> Mapping[str, Any] | None:
        candidates = self.campaigns_for.get(event_type, ())
        return pick(rng, candidates) if candidates else None

    @staticmethod
    def _fresh_id(plan: Object, rng: Random, ctx: SynthContext, seen: set[str]) -> str:
        node = plan.child("id")
        while True:
            candidate = str(node.generate(rng, ctx))
            if candidate not in seen:
                seen.add(candidate)
                return candidate


def _type_sequence(rng: Random, types: Sequence[str], count: int) -> list[str]:
    """`count` event types: each at least `MIN_EACH_TYPE` times when room allows, then random."""
    if count == 0 or not types:
        return []
    each = min(MIN_EACH_TYPE, count // len(types))
    sequence = [event_type for event_type in types for _ in range(each)]
    sequence += [pick(rng, types) for _ in range(count - len(sequence))]
    rng.shuffle(sequence)
    return sequence


def _timeline(rng: Random, count: int, start_ms: int, end_ms: int) -> list[int]:
    """Strictly increasing instants: one random instant in each of `count` equal slices."""
    if count == 0:
        return []
    width = max(1, (end_ms - start_ms) // count)
    return [start_ms + i * width + between(rng, 0, width - 1) for i in range(count)]
