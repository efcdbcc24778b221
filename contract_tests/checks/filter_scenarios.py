"""The filters `filters_honoured` tries, with values taken from the unfiltered listing.

Each scenario is a query and a judge saying whether an activity matches: True, False, or None
when the activity does not show it (e.g. no campaign in its payload); undecided activities are
neither "wrong" nor "missing". A scenario may promise less than it accepts: `campaign_id` /
`campaign_type` accept any activity showing the campaign anywhere, but only those whose own
campaign it is must be returned (`expected`). The v1 `category` is not shown on activities at
all; it is judged as a split instead (see `category_split_problems`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from itertools import pairwise
from typing import Any

from contract_tests.checks.filters import (
    Activity,
    Judge,
    Relations,
    activity_id,
    by_instant,
    campaign_kinds,
    created_at,
    deep_object,
    format_instant,
)

V1_SCENARIOS = ("type", "campaign_id", "campaign_type", "start_date", "end_date", "date_range")
V2_SCENARIOS = (
    "id_is",
    "id_in",
    "id_is_not",
    "id_not_in",
    "type_is",
    "type_in",
    "type_is_not",
    "type_not_in",
    "created_before",
    "created_after",
    "junction_and",
    "junction_or",
)


@dataclass(frozen=True, slots=True)
class Scenario:
    description: str
    query: Mapping[str, Any]
    judge: Judge
    """Whether a returned activity may be there."""
    expected: Judge | None = None
    """Whether an activity must be returned (None: `judge`)."""


class NoData(Exception):
    """The unfiltered listing has nothing to build this scenario from."""


def v1_scenario(
    name: str, universe: Sequence[Activity], relations: Relations | None = None
) -> Scenario:
    """`relations` caches what each activity relates to; share one across scenarios."""
    relations = relations or Relations()
    if not universe:
        raise NoData("the customer has no activity")
    if name == "type":
        wanted = _most_common(a.get("type") for a in universe)
        return Scenario(f"type={wanted}", {"type": wanted}, lambda a: a.get("type") == wanted)
    if name == "campaign_id":
        campaign = _most_common(cid for a in universe for cid in relations.own_campaign_ids(a))
        return Scenario(
            f"campaign_id={campaign}",
            {"campaign_id": campaign},
            lambda a: _undecided_if_empty(relations.campaign_ids(a), lambda ids: campaign in ids),
            expected=lambda a: campaign in relations.own_campaign_ids(a) or None,
        )
    if name == "campaign_type":
        types_of = campaign_type_index(universe, relations)
        own_types_of = campaign_type_index(universe, relations, own=True)
        kind = _most_common(t for a in universe for t in own_types_of(a))
        return Scenario(
            f"campaign_type={kind}",
            {"campaign_type": kind},
            lambda a: _undecided_if_empty(types_of(a), lambda kinds: kind in kinds),
            expected=lambda a: kind in own_types_of(a) or None,
        )
    newest_first = sorted(_dated(universe), key=lambda dated: dated[0], reverse=True)
    newer, newer_activity = newest_first[len(newest_first) // 3]
    older, older_activity = newest_first[(2 * len(newest_first)) // 3]
    # The bounds are sent as the feed wrote them, so no reformatting can move them.
    newer_text, older_text = str(newer_activity["created_at"]), str(older_activity["created_at"])
    if name == "start_date":
        return Scenario(
            f"start_date={older_text} (inclusive)",
            {"start_date": older_text},
            by_instant(lambda at: at >= older),
        )
    if name == "end_date":
        return Scenario(
            f"end_date={newer_text} (inclusive)",
            {"end_date": newer_text},
            by_instant(lambda at: at <= newer),
        )
    if name == "date_range":
        return Scenario(
            f"start_date={older_text}, end_date={newer_text} (both inclusive)",
            {"start_date": older_text, "end_date": newer_text},
            by_instant(lambda at: older <= at <= newer),
        )
    raise ValueError(f"unknown v1 filter scenario {name!r}")


def v2_scenario(name: str, universe: Sequence[Activity]) -> Scenario:
    if not universe:
        raise NoData("the program has no activity")
    ids = [activity_id(a) for a in universe]
    sample = ids[len(ids) // 2 :: max(1, len(ids) // 7)][:3]
    types = [t for t, _ in Counter(a.get("type") for a in universe).most_common(2)]
    if name.startswith("id_"):
        condition, judge = _condition(name.removeprefix("id_"), sample, lambda a: activity_id(a))
        return _v2(f"id {condition}", {"id": {"conditions": condition}}, judge)
    if name.startswith("type_"):
        condition, judge = _condition(name.removeprefix("type_"), types, lambda a: a.get("type"))
        return _v2(f"type {condition}", {"type": {"conditions": condition}}, judge)
    middle = _midpoint(universe)
    instant = format_instant(middle)
    after_middle = by_instant(lambda at: at > middle)
    if name == "created_before":
        return _v2(
            f"created_at $before {instant}",
            {"created_at": {"conditions": {"$before": instant}}},
            by_instant(lambda at: at < middle),
        )
    if name == "created_after":
        return _v2(
            f"created_at $after {instant}",
            {"created_at": {"conditions": {"$after": instant}}},
            after_middle,
        )
    if name == "junction_and":
        wanted = types[0]
        return _v2(
            f"type $is {wanted} AND created_at $after {instant}",
            {
                "junction": "AND",
                "type": {"conditions": {"$is": wanted}},
                "created_at": {"conditions": {"$after": instant}},
            },
            lambda a: a.get("type") == wanted and after_middle(a),
        )
    if name == "junction_or":
        wanted = types[0]
        other = next((a for a in universe if a.get("type") != wanted), None)
        if other is None:
            raise NoData("every activity has the same type")
        other_id = activity_id(other)
        return _v2(
            f"type $is {wanted} OR id $is {other_id}",
            {
                "junction": "OR",
                "type": {"conditions": {"$is": wanted}},
                "id": {"conditions": {"$is": other_id}},
            },
            lambda a: a.get("type") == wanted or activity_id(a) == other_id,
        )
    raise ValueError(f"unknown v2 filter scenario {name!r}")


def category_split_problems(
    universe: Sequence[Activity],
    universe_complete: bool,
    action: Sequence[Activity],
    effect: Sequence[Activity],
    complete: bool,
) -> list[str]:
    """ACTION and EFFECT split the feed: disjoint, each event type on one side, together all."""
    problems = []
    action_ids = {activity_id(a) for a in action}
    effect_ids = {activity_id(a) for a in effect}
    both = action_ids & effect_ids
    if both:
        problems.append(
            f"{len(both)} activities are listed under both category=ACTION and category=EFFECT, "
            f"e.g. {sorted(both)[0]}"
        )
    action_types = {a.get("type") for a in action}
    effect_types = {a.get("type") for a in effect}
    split_types = action_types & effect_types
    if split_types:
        problems.append(
            f"event types listed under both categories: {', '.join(sorted(map(str, split_types)))}"
        )
    if universe_complete and complete:
        missing = [a for a in universe if activity_id(a) not in action_ids | effect_ids]
        if missing:
            problems.append(
                f"{len(missing)} activities are in neither category, e.g. {activity_id(missing[0])}"
            )
        for side, side_types, side_ids in (
            ("ACTION", action_types, action_ids),
            ("EFFECT", effect_types, effect_ids),
        ):
            left_out = [
                a
                for a in universe
                if a.get("type") in side_types and activity_id(a) not in side_ids
            ]
            if left_out:
                problems.append(
                    f"category={side} lists type {left_out[0].get('type')} but leaves out "
                    f"{len(left_out)} such activities, e.g. {activity_id(left_out[0])}"
                )
    return problems


def campaign_type_index(
    universe: Sequence[Activity], relations: Relations | None = None, *, own: bool = False
) -> Callable[[Activity], frozenset[str]]:
    """Campaign types an activity shows, directly or through a campaign id whose campaign object
    shows its type somewhere in the listing.

    With `own`, only the type of the activity's own campaign (see `filters.own_campaign`).
    """
    known = relations or Relations()
    type_of_campaign = {
        campaign_id: kind for activity in universe for campaign_id, kind in campaign_kinds(activity)
    }
    ids_of = known.own_campaign_ids if own else known.campaign_ids
    types_shown = known.own_campaign_types if own else known.campaign_types

    def types_of(activity: Activity) -> frozenset[str]:
        learned = {type_of_campaign[cid] for cid in ids_of(activity) if cid in type_of_campaign}
        return types_shown(activity) | learned

    return types_of


def _v2(description: str, filters: Mapping[str, Any], judge: Judge) -> Scenario:
    return Scenario(f"filters: {description}", deep_object("filters", filters), judge)


def _condition(
    operator: str, values: Sequence[Any], field: Callable[[Activity], Any]
) -> tuple[dict[str, Any], Judge]:
    if operator == "is":
        first = values[0]
        return {"$is": first}, lambda a: field(a) == first
    if operator == "is_not":
        first = values[0]
        return {"$is_not": first}, lambda a: field(a) != first
    if operator == "in":
        return {"$in": list(values)}, lambda a: field(a) in values
    if operator == "not_in":
        return {"$not_in": list(values)}, lambda a: field(a) not in values
    raise ValueError(f"unknown operator {operator!r}")


def _midpoint(universe: Sequence[Activity]) -> datetime:
    """A whole millisecond strictly between two timestamps near the middle: no activity sits on it,
    so whether `$before`/`$after` include their bound does not matter."""
    instants = sorted({instant for instant, _ in _dated(universe)})
    pairs = list(pairwise(instants))
    pairs.sort(key=lambda pair: abs(instants.index(pair[0]) - len(instants) // 2))
    for earlier, later in pairs:
        middle = earlier + (later - earlier) / 2
        middle = middle.replace(microsecond=middle.microsecond // 1000 * 1000)
        if earlier < middle < later:
            return middle
    raise NoData("no two timestamps are far enough apart")


def _dated(universe: Sequence[Activity]) -> list[tuple[datetime, Activity]]:
    """The activities whose `created_at` can be read, with it: only they can bound a date filter."""
    dated = [(instant, a) for a in universe if (instant := created_at(a)) is not None]
    if not dated:
        raise NoData("no activity has a readable created_at")
    return dated


def _most_common(values: Any) -> Any:
    counts = Counter(value for value in values if value is not None)
    if not counts:
        raise NoData("no activity shows a value for this filter")
    return counts.most_common(1)[0][0]


def _undecided_if_empty(
    values: frozenset[str], test: Callable[[frozenset[str]], bool]
) -> bool | None:
    return test(values) if values else None
