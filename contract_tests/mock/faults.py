"""Deliberate misbehaviours, so the contract suite can prove each of its checks fails.

Each fault is a flag consulted at exactly one place (`Faults` methods below, `item_faults` for
payload damage, `app` for `server_error` and `auth_not_enforced`). Page-level payload faults damage
the first activity of every non-empty page, so any walk or single request sees them.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from .customer_query import CustomerFilter
from .program_filters import ProgramFilter

FAULTS = frozenset(
    {
        "wrong_field_type",  # an activity's created_at becomes an integer
        "page_overlap",  # the next page repeats the previous page's last item
        "page_gap",  # the next page skips one item
        "ignore_limit",  # limit + 1 items
        "ignore_order",  # order=created_at ignored (always newest first)
        "ignore_type_filter",
        "ignore_category_filter",
        "ignore_campaign_filter",  # campaign_id and campaign_type
        "ignore_date_filter",  # start_date and end_date
        "ignore_v2_filters",  # filters[...] (id, type, created_at, junction)
        "unknown_event_type",  # an activity of an undocumented type
        "malformed_known_type",  # a documented type missing its required customer
        "undocumented_field",  # every activity gets `risk_score`
        "auth_not_enforced",  # no credentials still 200
        "bad_error_body",  # errors as {"error": "..."}
        "never_ending_pages",  # has_more / cursor forever, always the same continuation
        "server_error",  # 500 on every request
    }
)


class UnknownFault(ValueError):
    pass


@dataclass(frozen=True)
class Faults:
    active: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        unknown = sorted(self.active - FAULTS)
        if unknown:
            raise UnknownFault(f"unknown fault(s) {unknown}; known: {sorted(FAULTS)}")

    def __contains__(self, name: str) -> bool:
        return name in self.active

    def limit(self, limit: int) -> int:
        return limit + 1 if "ignore_limit" in self.active else limit

    def descending(self, descending: bool) -> bool:
        return True if "ignore_order" in self.active else descending

    def page_shift(self) -> int:
        """Where a continued page starts relative to the correct place (see `paging`)."""
        if "page_overlap" in self.active:
            return -1
        if "page_gap" in self.active:
            return 1
        return 0

    def customer_filter(self, query: CustomerFilter) -> CustomerFilter:
        ignored: dict[str, None] = {}
        if "ignore_type_filter" in self.active:
            ignored["type"] = None
        if "ignore_category_filter" in self.active:
            ignored["category"] = None
        if "ignore_campaign_filter" in self.active:
            ignored.update(campaign_id=None, campaign_type=None)
        if "ignore_date_filter" in self.active:
            ignored.update(start_us=None, end_us=None)
        return dataclasses.replace(query, **ignored) if ignored else query

    def program_filter(self, query: ProgramFilter) -> ProgramFilter:
        return ProgramFilter() if "ignore_v2_filters" in self.active else query

    @property
    def never_ending(self) -> bool:
        return "never_ending_pages" in self.active

    @property
    def bare_errors(self) -> bool:
        return "bad_error_body" in self.active

    @property
    def auth_enforced(self) -> bool:
        return "auth_not_enforced" not in self.active
