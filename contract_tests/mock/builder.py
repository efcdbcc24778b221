"""Build one feed: a timeline of event types, each activity its type's fixture rebound.

Per feed: a seeded RNG, every event type of the union at least a few times (when the feed is big
enough), one of the fixture's envelope variants per activity, strictly increasing millisecond
timestamps spread over the feed's period (written without milliseconds, on a whole second,
where the variant's own `created_at` has none), fresh activity and group IDs shaped like the
fixture's, and for an activity about a campaign one of the catalogue's campaigns of that type.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from random import Random

from .feed import Feed, StoredActivity
from .population import DATASET_SEED, FeedSeed, voucher_in
from .rebinding import Campaign, Fixture, Template
from .timeutil import US_PER_MS, iso_from_ms

MIN_EACH_TYPE = 6  # occurrences of every event type in a feed big enough to hold them
DELETED = re.compile(r"_deleted\d{4}-.+$")


class FeedBuilder:
    """Builds feeds of one activity union from its fixtures (type -> envelope variants)."""

    def __init__(
        self,
        fixtures: Mapping[str, Sequence[Fixture]],
        *,
        campaigns: Sequence[Campaign] = (),
        categories: Mapping[str, str] | None = None,
        seed: str = DATASET_SEED,
    ) -> None:
        self.fixtures = fixtures
        self.categories = categories or {}
        self.seed = seed
        self.campaigns: dict[str, list[Campaign]] = {}
        for campaign in campaigns:
            self.campaigns.setdefault(campaign.campaign_type, []).append(campaign)

    def build(self, seed: FeedSeed) -> Feed:
        rng = Random(f"{self.seed}:feed:{seed.owner_id}")
        types = _type_sequence(rng, list(self.fixtures), seed.activities)
        variants = [rng.choice(self.fixtures[event_type]) for event_type in types]
        moments = _timeline(rng, len(types), seed.start_ms, seed.end_ms)
        stamps = _stamps(moments, [variant.whole_seconds for variant in variants])
        templates: dict[tuple[int, str | None], Template] = {}
        seen: set[str] = set()
        stored = []
        for event_type, fixture, (moment_ms, created_at) in zip(
            types, variants, stamps, strict=True
        ):
            campaign = None
            if fixture.campaign is not None:
                campaign = rng.choice(self.campaigns[fixture.campaign.campaign_type])
            key = (id(fixture), None if campaign is None else campaign.id)
            template = templates.get(key)
            if template is None:
                renames = _renames(fixture, seed, campaign)
                template = templates[key] = Template.of(fixture, renames)
            activity_id = _fresh(rng, str(fixture.activity["id"]), seen)
            group_id = fixture.activity.get("group_id")
            values = {"id": activity_id, "created_at": created_at}
            if isinstance(group_id, str):
                values["group_id"] = _fresh(rng, group_id, seen)
            stored.append(
                StoredActivity(
                    id=activity_id,
                    type=event_type,
                    created_us=moment_ms * US_PER_MS,
                    body=template.fill(values),
                    category=self.categories.get(event_type),
                    campaign_id=None if campaign is None else campaign.id,
                    campaign_type=None if campaign is None else campaign.campaign_type,
                )
            )
        return Feed(seed.owner_id, stored)


def _renames(fixture: Fixture, seed: FeedSeed, campaign: Campaign | None) -> dict[str, str]:
    """Fixture value -> ours: the owner's identity, the campaign's and its voucher's."""
    ours = seed.identity
    renames = {value: ours[field] for field, value in fixture.owner.items() if field in ours}
    for value in renames:  # a deleted customer's source_id keeps its `_deleted<date-time>`
        if deleted := DELETED.search(value):
            renames[value] += deleted.group()
    if fixture.campaign is not None and campaign is not None:
        renames[fixture.campaign.id] = campaign.id
        renames[fixture.campaign.name] = campaign.name
        voucher = voucher_in(seed.owner_id, campaign)
        renames.update({value: voucher[field] for field, value in fixture.voucher.items()})
    return renames


def _fresh(rng: Random, like: str, seen: set[str]) -> str:
    """A new ID shaped like `like`: its prefix (up to the last `_` or `-`), then as many random
    lower-case hex digits as it has after it (the spec's ID patterns accept them)."""
    cut = max(like.rfind("_"), like.rfind("-")) + 1
    prefix, length = like[:cut], len(like) - cut
    while True:
        candidate = f"{prefix}{rng.getrandbits(4 * length):0{length}x}"
        if candidate not in seen:
            seen.add(candidate)
            return candidate


def _type_sequence(rng: Random, types: Sequence[str], count: int) -> list[str]:
    """`count` event types: each at least `MIN_EACH_TYPE` times when room allows, then random."""
    if count == 0 or not types:
        return []
    each = min(MIN_EACH_TYPE, count // len(types))
    sequence = [event_type for event_type in types for _ in range(each)]
    sequence += [rng.choice(types) for _ in range(count - len(sequence))]
    rng.shuffle(sequence)
    return sequence


def _stamps(moments: list[int], whole_seconds: list[bool]) -> list[tuple[int, str]]:
    """`(instant, created_at)` per moment; on a whole second, without milliseconds, when asked.

    Only a moment alone in its second is truncated, so instants stay strictly increasing and the
    texts sort like the instants.
    """
    stamps = []
    for i, (moment, whole) in enumerate(zip(moments, whole_seconds, strict=True)):
        second = moment // 1_000
        alone = all(
            other // 1_000 != second for other in (moments[i - 1 : i] + moments[i + 1 : i + 2])
        )
        if whole and alone:
            stamps.append((second * 1_000, iso_from_ms(second * 1_000)[:19] + "Z"))
        else:
            stamps.append((moment, iso_from_ms(moment)))
    return stamps


def _timeline(rng: Random, count: int, start_ms: int, end_ms: int) -> list[int]:
    """Strictly increasing instants: one random instant in each of `count` equal slices."""
    if count == 0:
        return []
    width = max(1, (end_ms - start_ms) // count)
    return [start_ms + i * width + rng.randrange(width) for i in range(count)]
