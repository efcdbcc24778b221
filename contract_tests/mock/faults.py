"""Deliberate misbehaviours, so the contract suite can prove each of its checks fails.

Each fault is a flag consulted at exactly one place (`Faults` methods below, `item_faults` for
payload damage, `app` for `server_error` and `auth_not_enforced`). Page-level payload faults damage
the first activity of every non-empty page, so any walk or single request sees them.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass

from .customer_query import CustomerFilter
from .errors import ApiError, internal_error
from .program_filters import ProgramFilter

FAULTS = frozenset(
    {
        "wrong_field_type",  # an activity's created_at becomes an integer
        "retyped_group_id",  # an activity's group_id (a tolerant field) becomes an integer
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
        "has_more_forever",  # v1: the last page says has_more, then empty pages say it forever
        "fresh_cursors_forever",  # v2: the last page and every empty one after it: a new cursor
        "overlapping_pages",  # the continuation names the page's first item, not its last
        "wrong_envelope_type",  # v1 has_more is a string, v2 cursor a bare string
        "wrong_content_type",  # pages served as text/plain
        "server_error",  # 500 on every request
        "server_error_at_limit_bounds",  # 500 when limit is 1 or 100, the documented bounds
        "not_found_at_limit_bounds",  # 404 then: a valid request refused with a documented status
    }
)
# The documented bounds of `limit` (seeds 000 and 002: 1 <= x <= 100).
LIMIT_BOUNDS = frozenset({1, 100})


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

    def continue_after(self, positions: Sequence[int]) -> int:
        """The feed position the next page continues after (the page's last, unless broken)."""
        return positions[0] if "overlapping_pages" in self.active else positions[-1]

    def check_limit(self, limit: int) -> None:
        if limit not in LIMIT_BOUNDS:
            return
        if "server_error_at_limit_bounds" in self.active:
            raise internal_error(f"Injected fault: server_error_at_limit_bounds (limit={limit})")
        if "not_found_at_limit_bounds" in self.active:
            raise ApiError(
                404,
                "not_found",
                "Resource not found",
                f"Injected fault: not_found_at_limit_bounds (limit={limit})",
            )

    @property
    def never_ending(self) -> bool:
        return "never_ending_pages" in self.active

    @property
    def has_more_forever(self) -> bool:
        return "has_more_forever" in self.active

    @property
    def fresh_cursors_forever(self) -> bool:
        return "fresh_cursors_forever" in self.active

    @property
    def page_media_type(self) -> str:
        return "text/plain" if "wrong_content_type" in self.active else "application/json"

    @property
    def bare_errors(self) -> bool:
        return "bad_error_body" in self.active

    @property
    def auth_enforced(self) -> bool:
        return "auth_not_enforced" not in self.active
