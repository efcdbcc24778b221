"""Sample response bodies: activities of the embedded mock's dataset, rendered as it serves them.

A sample page holds the newest activity of every event type first, then the newest remaining
activities until it is full, newest first (the API's default order). With 100 activities the v1
page has all 76 customer event types, with their realistic nested customer / order / voucher /
redemption payloads; the v2 page has all 14 program event types.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from contract_tests.evidence.payloads import build_v1_activities
from contract_tests.mock import render
from contract_tests.mock.dataset import BIG_CUSTOMER_ID, BIG_PROGRAM_ID, get_dataset
from contract_tests.mock.feed import Feed, StoredActivity

PAGE_SIZE = 100


@dataclass(frozen=True)
class SamplePage:
    """The bytes of one list response and what is in it."""

    body: bytes
    types: tuple[str, ...]  # each activity's `type`, in page order

    @property
    def size(self) -> int:
        return len(self.body)

    @property
    def distinct_types(self) -> int:
        return len(set(self.types))


def pick(feed: Feed, count: int) -> list[StoredActivity]:
    """`count` activities of `feed`: one of each type first (newest), then the newest others."""
    newest_first = list(reversed(feed.activities))
    chosen: dict[str, StoredActivity] = {}
    seen_types: set[str] = set()
    for activity in newest_first:
        if len(chosen) >= count:
            break
        if activity.type not in seen_types:
            seen_types.add(activity.type)
            chosen[activity.id] = activity
    for activity in newest_first:
        if len(chosen) >= count:
            break
        chosen.setdefault(activity.id, activity)
    return sorted(chosen.values(), key=lambda activity: activity.created_us, reverse=True)


def customer_page(activities: Sequence[StoredActivity]) -> SamplePage:
    """A v1 page in the middle of a feed (`has_more` true), as the mock renders it."""
    body = render.customer_page(
        [activity.body for activity in activities],
        has_more=True,
        more_starting_after=activities[-1].id if activities else None,
    )
    return SamplePage(body, tuple(activity.type for activity in activities))


def program_page(activities: Sequence[StoredActivity]) -> SamplePage:
    """A v2 page; the cursor is a well-formed placeholder (it is parsed, never followed)."""
    body = render.program_page(
        [activity.body for activity in activities],
        cursor="lcrsapr_0123456789abcdef01234567",
        expires_at="2030-01-01T00:00:00.000Z",
    )
    return SamplePage(body, tuple(activity.type for activity in activities))


def customer_activities(count: int = PAGE_SIZE) -> list[StoredActivity]:
    return _pick_big(get_dataset().customer_feed(BIG_CUSTOMER_ID), "customer", count)


def program_activities(count: int = PAGE_SIZE) -> list[StoredActivity]:
    return _pick_big(get_dataset().program_feed(BIG_PROGRAM_ID), "program", count)


def _pick_big(feed: Feed | None, owner: str, count: int) -> list[StoredActivity]:
    assert feed is not None, f"the mock dataset lost its big {owner}"
    return pick(feed, count)


def evidence_page(
    accepted: Callable[[bytes], bool], count: int = PAGE_SIZE
) -> tuple[SamplePage, int]:
    """`count` evidence activities that `accepted` takes (the SDK), repeated in turn with ids
    of their own, newest first; and how many of the fixtures were taken.

    The evidence activities are the fixtures of contract_tests/evidence: one per v1 event type,
    shaped like Voucherify's published examples.
    """
    evidence = build_v1_activities().values()
    taken = [a for a in evidence if accepted(json.dumps(a).encode())]
    items: list[bytes] = []
    types: list[str] = []
    for number in range(count):
        activity = dict(taken[number % len(taken)])
        activity["id"] = f"evcus_{count - number:020x}"
        items.append(json.dumps(activity, separators=(",", ":")).encode())
        types.append(str(activity["type"]))
    body = render.customer_page(items, has_more=True, more_starting_after=f"evcus_{1:020x}")
    return SamplePage(body, tuple(types)), len(taken)
