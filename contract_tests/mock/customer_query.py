"""The v1 query: typed parameters turned into a filter over a customer's feed.

Decisions (the live API documents none of them):
- `start_date` / `end_date` are inclusive and accept RFC 3339 / ISO 8601 date-times with or
  without fractions, `Z` or a `±hh:mm` / `±hhmm` offset; a date-time without a zone is a 400.
- `start_date` after `end_date` is a 400 (a silent empty page would hide a client bug).
- An unknown `campaign_id` matches nothing (200, empty), like any filter value that exists in no
  activity; unknown `campaign_type`, `category` or `type` values are 400s (they are enums).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from .errors import invalid_query
from .feed import StoredActivity
from .timeutil import InvalidInstant, parse_instant

IMPLEMENTED = frozenset(
    {
        "limit",
        "order",
        "starting_after_id",
        "start_date",
        "end_date",
        "campaign_id",
        "campaign_type",
        "category",
        "type",
    }
)


@dataclass(frozen=True, slots=True)
class CustomerFilter:
    start_us: int | None = None
    end_us: int | None = None
    campaign_id: str | None = None
    campaign_type: str | None = None
    category: str | None = None
    type: str | None = None

    def predicate(self) -> Callable[[StoredActivity], bool] | None:
        """The non-date conditions (dates are a bisect on the feed), or None for "everything"."""
        wanted = {
            name: value
            for name in ("campaign_id", "campaign_type", "category", "type")
            if (value := getattr(self, name)) is not None
        }
        if not wanted:
            return None
        pairs = tuple(wanted.items())
        return lambda activity: all(getattr(activity, name) == value for name, value in pairs)


def customer_filter(values: Mapping[str, Any]) -> CustomerFilter:
    start = _instant(values, "start_date")
    end = _instant(values, "end_date")
    if start is not None and end is not None and start > end:
        raise invalid_query("start_date must not be after end_date")
    return CustomerFilter(
        start_us=start,
        end_us=end,
        campaign_id=values.get("campaign_id"),
        campaign_type=values.get("campaign_type"),
        category=values.get("category"),
        type=values.get("type"),
    )


def _instant(values: Mapping[str, Any], name: str) -> int | None:
    text = values.get(name)
    if text is None:
        return None
    try:
        return parse_instant(text)
    except InvalidInstant as exc:
        raise invalid_query(f"{name}: {str(exc)[:200]}; use e.g. 2023-12-22T10:13:06.487Z") from exc
