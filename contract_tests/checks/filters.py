"""`filters_honoured`: a filtered listing is exactly the matching part of the unfiltered one.

Every returned item must match the filter (`judge`), and every item of the unfiltered listing
("universe") that the filter's documentation promises must be returned (`expected`, the same judge
unless a scenario says otherwise). When either listing is a bounded sample, "missing" is only
judged inside the time window both listings cover.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

Activity = Mapping[str, Any]
Judge = Callable[[Activity], bool | None]
"""Whether an activity matches a filter; None when the activity does not show it."""


@dataclass(frozen=True, slots=True)
class Listing:
    """Activities of one (possibly filtered) walk, newest first."""

    activities: Sequence[Activity]
    complete: bool


def parse_instant(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def instant_of(value: Any) -> datetime | None:
    """`value` as an instant with an offset; None when it is not one.

    A `created_at` that is no such instant is drift that `response_schema_conformance` reports;
    here it only means the activity cannot be placed in time, so nothing is judged by it.
    """
    if not isinstance(value, str):
        return None
    try:
        instant = parse_instant(value)
    except ValueError:
        return None
    return instant if instant.tzinfo is not None else None


def created_at(activity: Activity) -> datetime | None:
    return instant_of(activity.get("created_at"))


def activity_id(activity: Activity) -> str:
    return str(activity.get("id"))


def mismatches(
    universe: Listing,
    filtered: Listing,
    judge: Judge,
    *,
    description: str,
    expected: Judge | None = None,
) -> list[str]:
    """Why `filtered` is not the part of `universe` the filter selects (empty when it is).

    `judge` decides membership of every returned item; `expected` (default `judge`) which items
    of `universe` must be returned.
    """
    promised = expected or judge
    problems = []
    wrong = [a for a in filtered.activities if judge(a) is False]
    if wrong:
        problems.append(
            f"{len(wrong)} of {len(filtered.activities)} returned activities do not match "
            f"{description}, e.g. {_describe(wrong[0])}"
        )
    returned = {activity_id(a) for a in filtered.activities}
    window_start = _window_start(universe, filtered)
    missing = [
        a
        for a in universe.activities
        if promised(a) is True
        and activity_id(a) not in returned
        and (window_start is None or _after(created_at(a), window_start))
    ]
    if missing:
        problems.append(
            f"{len(missing)} matching activities of the unfiltered listing are missing, e.g. "
            f"{_describe(missing[0])}"
        )
    return problems


def _window_start(universe: Listing, filtered: Listing) -> datetime | None:
    """The oldest instant both listings cover completely (None: everything is covered).

    A bounded listing covers down to its oldest readable instant; one without any covers nothing.
    """
    bounds = [
        next(
            (at for a in reversed(listing.activities) if (at := created_at(a)) is not None),
            datetime.max.replace(tzinfo=UTC),
        )
        for listing in (universe, filtered)
        if not listing.complete and listing.activities
    ]
    return max(bounds) if bounds else None


def _after(instant: datetime | None, bound: datetime) -> bool:
    return instant is not None and instant > bound


def by_instant(test: Callable[[datetime], bool]) -> Judge:
    """A judge on `created_at`, undecided for an activity whose instant cannot be read."""

    def judge(activity: Activity) -> bool | None:
        instant = created_at(activity)
        return None if instant is None else test(instant)

    return judge


def _describe(activity: Activity) -> str:
    return f"{activity_id(activity)} ({activity.get('type')}, {activity.get('created_at')})"


# ---- what an activity relates to -------------------------------------------------------------


def related_values(activity: Activity, key: str) -> set[str]:
    """String values of `key` anywhere in the activity (e.g. every `campaign_id`)."""
    return {
        value for found_key, value in _walk(activity) if found_key == key and isinstance(value, str)
    }


def campaign_ids(activity: Activity) -> set[str]:
    return _shown(activity, "campaign_id", "id")


def campaign_kinds(activity: Activity) -> set[tuple[str, str]]:
    """(id, campaign_type) of every campaign object in the activity that shows both."""
    return {
        (campaign["id"], campaign["campaign_type"])
        for campaign in _campaign_objects(activity)
        if isinstance(campaign.get("id"), str) and isinstance(campaign.get("campaign_type"), str)
    }


def campaign_types(activity: Activity) -> set[str]:
    return _shown(activity, "campaign_type", "campaign_type")


def _shown(activity: Activity, key: str, field: str) -> set[str]:
    """String values of `key` anywhere, and of `field` in every campaign object."""
    values = related_values(activity, key)
    for campaign in _campaign_objects(activity):
        if isinstance(campaign.get(field), str):
            values.add(campaign[field])
    return values


def own_campaign(activity: Activity) -> Mapping[str, Any]:
    """The campaign the event is about: its payload's `campaign` (seed 001 documents one on every
    campaign-related event's data object) and a `campaign_id` / `campaign_type` beside it.

    Campaigns met elsewhere (a custom event's loyalty or referral section, a redemption's voucher)
    relate the activity to them too, but the filter's documentation promises nothing about those.
    """
    data = activity.get("data")
    payload = data.get("data") if isinstance(data, Mapping) else None
    if not isinstance(payload, Mapping):
        return {}
    campaign = payload.get("campaign")
    own: dict[str, Any] = dict(campaign) if isinstance(campaign, Mapping) else {}
    for key, target in (("campaign_id", "id"), ("campaign_type", "campaign_type")):
        if isinstance(payload.get(key), str) and not isinstance(own.get(target), str):
            own[target] = payload[key]
    return own


def own_campaign_ids(activity: Activity) -> set[str]:
    return _own(activity, "id")


def own_campaign_types(activity: Activity) -> set[str]:
    return _own(activity, "campaign_type")


def _own(activity: Activity, field: str) -> set[str]:
    value = own_campaign(activity).get(field)
    return {value} if isinstance(value, str) else set()


class Relations:
    """What each activity relates to (anywhere, and its own campaign), computed once per id."""

    def __init__(self) -> None:
        # (reader's name, activity id) -> what the reader found in that activity
        self._cache: dict[tuple[str, str], frozenset[str]] = {}

    def own_campaign_ids(self, activity: Activity) -> frozenset[str]:
        return self._once(own_campaign_ids, activity)

    def own_campaign_types(self, activity: Activity) -> frozenset[str]:
        return self._once(own_campaign_types, activity)

    def campaign_ids(self, activity: Activity) -> frozenset[str]:
        return self._once(campaign_ids, activity)

    def campaign_types(self, activity: Activity) -> frozenset[str]:
        return self._once(campaign_types, activity)

    def _once(self, reader: Callable[[Activity], set[str]], activity: Activity) -> frozenset[str]:
        key = (reader.__name__, activity_id(activity))
        if key not in self._cache:
            self._cache[key] = frozenset(reader(activity))
        return self._cache[key]


def _campaign_objects(activity: Activity) -> Iterator[Mapping[str, Any]]:
    for key, value in _walk(activity):
        if isinstance(value, Mapping) and (key == "campaign" or value.get("object") == "campaign"):
            yield value


def _walk(node: Any, key: str | None = None) -> Iterator[tuple[str | None, Any]]:
    yield key, node
    if isinstance(node, Mapping):
        for child_key, child in node.items():
            yield from _walk(child, str(child_key))
    elif isinstance(node, list):
        for child in node:
            yield from _walk(child, key)


# ---- the documented query forms ----------------------------------------------------------------


def deep_object(name: str, value: Any) -> dict[str, str]:
    """`filters[type][conditions][$in][0]=…`: the bracket form the v2 feed documents."""
    flat: dict[str, str] = {}

    def add(prefix: str, node: Any) -> None:
        if isinstance(node, Mapping):
            for key, child in node.items():
                add(f"{prefix}[{key}]", child)
        elif isinstance(node, list):
            for index, child in enumerate(node):
                add(f"{prefix}[{index}]", child)
        else:
            flat[prefix] = (
                node
                if isinstance(node, str)
                else str(node).lower()
                if isinstance(node, bool)
                else str(node)
            )

    add(name, value)
    return flat


def format_instant(instant: datetime) -> str:
    return instant.isoformat(timespec="milliseconds").replace("+00:00", "Z")
