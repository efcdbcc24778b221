"""Build one feed: a timeline of event types, each activity synthesized from its variant schema.

Per feed: a seeded RNG, every event type of the union at least a few times (when the feed is big
enough), strictly increasing millisecond timestamps spread over the feed's period (some written
without milliseconds, on a whole second), a related campaign for the event types that have one,
and the JSON bytes of each activity. Realism (`realism`) never hides the related campaign: an
activity that would show none of it is drawn again, preferring the `oneOf` branches that show
entities, and finally without structural variation.

Event types related to campaigns only because their payload can carry one (a customer snapshot
lists its referral campaigns) relate to one in `PAYLOAD_ONLY_RELATED` of their activities: a
`customer.updated` is usually about no campaign at all.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import replace
from random import Random
from typing import Any

from . import bindings
from .campaign_links import campaign_types_for
from .campaign_refs import shows_campaign
from .categories import category_of
from .feed import Feed, StoredActivity
from .plan import MemoKey, Object, SynthContext, entities_used
from .population import DATASET_SEED, FeedSeed, voucher_entity
from .randtext import between, pick
from .realism import DEFAULT, Realism, whole_seconds_iso
from .spec import ActivityUnion
from .synth import Compiler
from .timeutil import US_PER_MS, iso_from_ms

MIN_EACH_TYPE = 6  # occurrences of every event type in a feed big enough to hold them
PAYLOAD_ONLY_RELATED = 0.5  # share of a payload-only type's activities with a related campaign


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
        seed: str = DATASET_SEED,
        realism: Realism = DEFAULT,
    ) -> None:
        self.union = union
        self.seed = seed
        self.realism = realism
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
        self.payload_only = frozenset(
            event_type
            for event_type in self.plans
            if not campaign_types_for(
                event_type, payload_has_campaign=False, all_types=campaign_types
            )
        )

    def build(self, seed: FeedSeed, entities: Mapping[str, Mapping[str, Any]]) -> Feed:
        rng = Random(f"{self.seed}:feed:{seed.owner_id}")
        types = _type_sequence(rng, self.union.event_types, seed.activities)
        moments = _timeline(rng, len(types), seed.start_ms, seed.end_ms)
        stamps = _stamps(rng, moments, self.realism.whole_seconds)
        memo: dict[MemoKey, Any] = {}
        vouchers: dict[str, dict[str, Any]] = {}
        seen_ids: set[str] = set()
        stored = []
        for event_type, (moment_ms, created_at) in zip(types, stamps, strict=True):
            plan = self.plans[event_type]
            ctx = SynthContext(
                moment_ms=moment_ms, entities=entities, memo=memo, realism=self.realism
            )
            activity_id = self._fresh_id(plan, rng, ctx, seen_ids)
            activity: dict[str, Any] = {
                "id": activity_id,
                "type": event_type,
                "created_at": created_at,
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
            value = plan.generate(rng, ctx)
            if campaign is not None and not shows_campaign(value, str(campaign["id"])):
                value = self._showing_campaign(plan, rng, ctx, str(campaign["id"]))
            body = encode(value)
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
        if not candidates:
            return None
        if event_type in self.payload_only and rng.random() >= PAYLOAD_ONLY_RELATED:
            return None
        return pick(rng, candidates)

    def _showing_campaign(
        self, plan: Object, rng: Random, ctx: SynthContext, campaign_id: str
    ) -> Any:
        """Draw again until the activity shows its campaign (or cannot: some types never do):
        twice with entity-showing `oneOf` branches, then also without structural variation."""
        branches = replace(self.realism, entity_branches=True)
        for realism in (branches, branches, self.realism.showing_entities()):
            ctx.realism = realism
            value = plan.generate(rng, ctx)
            if shows_campaign(value, campaign_id):
                break
        ctx.realism = self.realism
        return value

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


def _stamps(rng: Random, moments: list[int], rate: float) -> list[tuple[int, str]]:
    """`(instant, created_at)` per moment; some on a whole second, written without milliseconds.

    Only a moment alone in its second is truncated, so instants stay strictly increasing and the
    texts sort like the instants.
    """
    stamps = []
    for i, moment in enumerate(moments):
        second = moment // 1_000
        alone = all(
            other // 1_000 != second for other in (moments[i - 1 : i] + moments[i + 1 : i + 2])
        )
        if rate and rng.random() < rate and alone:
            stamps.append((second * 1_000, whole_seconds_iso(iso_from_ms(moment))))
        else:
            stamps.append((moment, iso_from_ms(moment)))
    return stamps


def _timeline(rng: Random, count: int, start_ms: int, end_ms: int) -> list[int]:
    """Strictly increasing instants: one random instant in each of `count` equal slices."""
    if count == 0:
        return []
    width = max(1, (end_ms - start_ms) // count)
    return [start_ms + i * width + between(rng, 0, width - 1) for i in range(count)]
