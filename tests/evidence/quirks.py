"""Quirk records: what a quirk is, where Voucherify's published examples show it, how to find
it in one of our activities (contract_tests/evidence), and `QUIRKS`, the list of them.

A path is a dotted list of keys into a JSON value: `*` matches any one key or list index,
`**` any number of levels (none included), and the empty path is the value itself. A quirk is
present in an activity if its predicate holds for a value found at its path; absence is tested
on the parent (`lacks("event_source")` at `data`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, Final, Literal

from contract_tests.evidence.payloads import V1_ENVELOPE_KEYS

Predicate = Callable[[Any], bool]
Feed = Literal["v1", "v2"]
# "example": a published example shows the quirk at `Source.where`, where the same predicate
#   holds. "analog": the published examples show the same thing on a sibling object (e.g. the
#   `event_source` of an embedded event for the activity's own); `where` names that sibling.
# "policy": no published example shows it; the realism policy of the spec expects it.
Evidence = Literal["example", "analog", "policy"]


@dataclass(frozen=True)
class Source:
    """A place in a published example: file of voucherify-openapi's
    documentation/openapi-events/, webhook key, and path inside the example's value."""

    file: str
    event: str
    where: str


@dataclass(frozen=True)
class Quirk:
    name: str
    feed: Feed
    path: str
    test: Predicate
    evidence: Evidence
    sources: tuple[Source, ...] = ()
    note: str = ""
    # What must hold at each `Source.where` in the example; None: `test` for "example"
    # evidence, mere presence for "analog" evidence.
    example_test: Predicate | None = None

    def found_in(self, activity: Any) -> bool:
        return any(self.test(value) for value in find(activity, self.path))


def find(value: Any, path: str) -> Iterator[Any]:
    """Every value at `path` inside `value` (see the module docstring for the syntax)."""
    yield from _find(value, path.split(".") if path else [])


def _children(value: Any) -> list[Any]:
    if isinstance(value, dict):
        return list(value.values())
    if isinstance(value, list):
        return list(value)
    return []


def _find(value: Any, steps: list[str]) -> Iterator[Any]:
    if not steps:
        yield value
        return
    step, rest = steps[0], steps[1:]
    if step == "**":
        yield from _find(value, rest)
        for child in _children(value):
            yield from _find(child, steps)
    elif step == "*":
        for child in _children(value):
            yield from _find(child, rest)
    elif isinstance(value, dict) and step in value:
        yield from _find(value[step], rest)
    elif isinstance(value, list) and step.isdigit() and int(step) < len(value):
        yield from _find(value[int(step)], rest)


# -- predicates


def anything(value: Any) -> bool:
    return True


def is_null(value: Any) -> bool:
    return value is None


def is_empty_object(value: Any) -> bool:
    return isinstance(value, dict) and not value


def is_int(value: Any) -> bool:
    return type(value) is int


def negative(value: Any) -> bool:
    return type(value) is int and value < 0


def lacks(*keys: str) -> Predicate:
    """An object that has none of `keys`."""

    def test(value: Any) -> bool:
        return isinstance(value, dict) and not any(key in value for key in keys)

    return test


def has_keys(*keys: str) -> Predicate:
    def test(value: Any) -> bool:
        return isinstance(value, dict) and all(key in value for key in keys)

    return test


def all_null(*keys: str) -> Predicate:
    """An object where each of `keys` is present and null."""

    def test(value: Any) -> bool:
        return isinstance(value, dict) and all(key in value and value[key] is None for key in keys)

    return test


def all_values_null(value: Any) -> bool:
    return isinstance(value, dict) and bool(value) and all(v is None for v in value.values())


def equals(expected: Any) -> Predicate:
    def test(value: Any) -> bool:
        return bool(value == expected) and type(value) is type(expected)

    return test


def matches(pattern: str) -> Predicate:
    compiled = re.compile(pattern)

    def test(value: Any) -> bool:
        return isinstance(value, str) and compiled.fullmatch(value) is not None

    return test


def non_empty_list_of_strings(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, str) for v in value)


def source_of_channel(channel: str, *, has: str | None, lacks_: tuple[str, ...]) -> Predicate:
    """An event source of `channel` that has `has` (if given) and none of `lacks_`."""

    def test(value: Any) -> bool:
        return (
            isinstance(value, dict)
            and value.get("channel") == channel
            and (has is None or isinstance(value.get(has), dict))
            and not any(key in value for key in lacks_)
        )

    return test


def both(first: Predicate, second: Predicate) -> Predicate:
    def test(value: Any) -> bool:
        return first(value) and second(value)

    return test


WITH_MILLISECONDS = r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z"
WITH_MICROSECONDS = r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z"
WITHOUT_FRACTION = r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ"


# ── the quirks the fixtures reproduce

CUSTOMER = "events-customer.json"
REDEMPTION = "events-redemption.json"
VOUCHER = "events-voucher.json"
EV = "EVENTS.CUSTOMER."


def _c(event: str, where: str) -> Source:
    """A place in events-customer.json; `event` without its `EVENTS.CUSTOMER.` prefix."""
    return Source(CUSTOMER, EV + event, where)


def _unknown_envelope_key(activity: Any) -> bool:
    return isinstance(activity, dict) and bool(set(activity) - V1_ENVELOPE_KEYS)


def _free_form_channel(value: Any) -> bool:
    return isinstance(value, str) and value not in ("API", "USER_PORTAL", "CLIENT_API", "INTERNAL")


def _empty_order(value: Any) -> bool:
    return isinstance(value, dict) and value.get("items") == [] and "amount" not in value


def _id_only(value: Any) -> bool:
    return isinstance(value, dict) and set(value) == {"id"}


def _redemption_with_created_at(activity: Any) -> bool:
    return (
        isinstance(activity, dict)
        and activity.get("type") in ("customer.redemption.succeeded", "customer.redemption.failed")
        and "created_at" in activity["data"]["data"]
    )


def _activated_with_pending_balance(activity: Any) -> bool:
    activated = "customer.voucher.loyalty_card.pending_points.activated"
    if not isinstance(activity, dict) or activity.get("type") != activated:
        return False
    payload = activity["data"]["data"]
    return "voucher_pending_points_balance" in payload and "balance" not in payload


_API_WITHOUT_USER = source_of_channel("API", has="api_key", lacks_=("user",))
_PORTAL_WITHOUT_KEY = source_of_channel("USER_PORTAL", has="user", lacks_=("api_key",))
_PENDING_EVENT_SOURCE = "pending_points.details.event.event_source"

QUIRKS: Final[tuple[Quirk, ...]] = (
    # -- customers
    Quirk(
        "customer email null",
        "v1",
        "data.data.customer.email",
        is_null,
        "example",
        (_c("REDEMPTION.SUCCEEDED", "customer.email"), _c("ORDER.PAID", "customer.email")),
    ),
    Quirk(
        "customer name null",
        "v1",
        "data.data.customer.name",
        is_null,
        "example",
        (_c("HOLDER.ASSIGNMENT.CREATED", "customer.name"),),
    ),
    Quirk(
        "customer source_id null",
        "v1",
        "data.data.customer.source_id",
        is_null,
        "example",
        (_c("HOLDER.ASSIGNMENT.CREATED", "customer.source_id"),),
    ),
    Quirk(
        "every part of the address null",
        "v1",
        "data.data.customer.address",
        all_values_null,
        "example",
        (_c("SEGMENT.ENTERED", "customer.address"), _c("SEGMENT.LEFT", "customer.address")),
    ),
    Quirk(
        "referral campaigns listed by name (strings)",
        "v1",
        "data.data.customer.referrals.campaigns",
        non_empty_list_of_strings,
        "example",
        (_c("UPDATED", "customer.referrals.campaigns"),),
    ),
    Quirk(
        "per-campaign loyalty with undocumented keys (redeemed_points, points_to_go)",
        "v1",
        "data.data.customer.loyalty.campaigns.*",
        both(has_keys("points_to_go"), lacks("points")),
        "example",
        (_c("UPDATED", "customer.loyalty.campaigns.*"),),
    ),
    Quirk(
        "deleted customer's source_id suffixed with _deleted<date-time>",
        "v1",
        "data.data.customer.source_id",
        matches(r".+_deleted\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z"),
        "example",
        (_c("DELETED", "customer.source_id"),),
    ),
    Quirk(
        "order's customer reference with null address/summary/loyalty/referrals",
        "v1",
        "**.order.customer",
        all_null("address", "summary", "loyalty", "referrals"),
        "example",
        (_c("ORDER.CREATED", "order.customer"), _c("ORDER.UPDATED", "order.customer")),
    ),
    Quirk(
        "custom event's customer is a bare {id}",
        "v1",
        "data.data.event.customer",
        _id_only,
        "example",
        (_c("CUSTOM_EVENT", "event.customer"),),
    ),
    # -- campaigns and vouchers
    Quirk(
        "campaign category null",
        "v1",
        "data.data.campaign.category",
        is_null,
        "example",
        (_c("REDEMPTION.SUCCEEDED", "campaign.category"),),
    ),
    Quirk(
        "voucher start_date and expiration_date null",
        "v1",
        "data.data.voucher",
        all_null("start_date", "expiration_date"),
        "example",
        (_c("REDEMPTION.SUCCEEDED", "voucher"),),
    ),
    Quirk(
        "voucher active null",
        "v1",
        "**.voucher.active",
        is_null,
        "example",
        (_c("REDEMPTION.ROLLBACK.SUCCEEDED", "redemption.voucher.active"),),
    ),
    Quirk(
        "voucher reduced to a stub without type or discount",
        "v1",
        "data.data.redemption.voucher",
        both(lacks("type", "discount", "gift", "loyalty_card"), has_keys("id", "code")),
        "example",
        (_c("REDEMPTION.ROLLBACK.SUCCEEDED", "redemption.voucher"),),
    ),
    Quirk(
        "voucher gift null",
        "v1",
        "**.voucher.gift",
        is_null,
        "example",
        (
            _c("PUBLICATION.SUCCEEDED", "publication.voucher.gift"),
            Source(VOUCHER, "EVENTS.VOUCHER.UPDATED", "voucher.gift"),
        ),
    ),
    Quirk(
        "voucher loyalty_card null",
        "v1",
        "**.voucher.loyalty_card",
        is_null,
        "example",
        (_c("PUBLICATION.SUCCEEDED", "publication.voucher.loyalty_card"),),
    ),
    Quirk(
        "voucher discount null",
        "v1",
        "**.voucher.discount",
        is_null,
        "example",
        (Source(VOUCHER, "EVENTS.VOUCHER.LOYALTY_CARD.TRANSACTION.CREATED", "voucher.discount"),),
    ),
    Quirk(
        "integer in a number field (percent_off: 15)",
        "v1",
        "**.discount.percent_off",
        is_int,
        "example",
        (_c("REDEMPTION.SUCCEEDED", "voucher.discount.percent_off"),),
    ),
    Quirk(
        "discount effect ADD_NEW_ITEMS",
        "v1",
        "**.discount.effect",
        equals("ADD_NEW_ITEMS"),
        "example",
        (Source(REDEMPTION, "EVENTS.REDEMPTION.SUCCEEDED", "voucher.discount.effect"),),
    ),
    Quirk(
        "voucher's redemption counters carry the listing's object and url",
        "v1",
        "**.voucher.redemption",
        has_keys("object", "url"),
        "example",
        (_c("PUBLICATION.SUCCEEDED", "publication.voucher.redemption"),),
    ),
    Quirk(
        "undocumented fields on nested objects (discount.percent_off_formula)",
        "v1",
        "**.discount",
        has_keys("percent_off_formula"),
        "example",
        (_c("REDEMPTION.SUCCEEDED", "voucher.discount"),),
    ),
    # -- orders
    Quirk(
        "order source_id null",
        "v1",
        "data.data.order.source_id",
        is_null,
        "example",
        (_c("REDEMPTION.SUCCEEDED", "order.source_id"), _c("ORDER.CREATED", "order.source_id")),
    ),
    Quirk(
        "order referrer_id null",
        "v1",
        "data.data.order.referrer_id",
        is_null,
        "example",
        (_c("REDEMPTION.SUCCEEDED", "order.referrer_id"),),
    ),
    Quirk(
        "order without lines or amounts",
        "v1",
        "**.order",
        _empty_order,
        "example",
        (Source(REDEMPTION, "EVENTS.REDEMPTION.ROLLBACK.SUCCEEDED", "order"),),
    ),
    Quirk(
        "order line's product is a bare {name, price} without id",
        "v1",
        "**.items.*.product",
        both(has_keys("name"), lacks("id")),
        "example",
        (_c("ORDER.CREATED", "order.items.0.product"),),
    ),
    # -- null where an object is documented
    Quirk(
        "referrer null",
        "v1",
        "data.data.referrer",
        is_null,
        "example",
        (_c("ORDER.CREATED", "referrer"),),
    ),
    Quirk(
        "redemption null",
        "v1",
        "data.data.redemption",
        is_null,
        "example",
        (_c("ORDER.PAID", "redemption"),),
    ),
    Quirk(
        "promotion_tier null",
        "v1",
        "data.data.promotion_tier",
        is_null,
        "example",
        (_c("REDEMPTION.SUCCEEDED", "promotion_tier"),),
    ),
    Quirk(
        "promotion_stack null",
        "v1",
        "data.data.promotion_stack",
        is_null,
        "example",
        (_c("REDEMPTION.SUCCEEDED", "promotion_stack"),),
    ),
    Quirk(
        "loyalty_tier null",
        "v1",
        "data.data.loyalty_tier",
        is_null,
        "example",
        (_c("REWARDED.LOYALTY_POINTS", "loyalty_tier"),),
    ),
    Quirk(
        "custom event referral and loyalty null",
        "v1",
        "data.data",
        both(has_keys("event_schema"), all_null("referral", "loyalty")),
        "example",
        (_c("CUSTOM_EVENT", ""),),
    ),
    Quirk(
        "balance null",
        "v1",
        "data.data.balance",
        is_null,
        "example",
        (_c("REWARDED", "balance"), _c("REWARD_REDEMPTIONS.CREATED", "balance")),
    ),
    Quirk(
        "failed redemption with order, voucher, campaign and holder null",
        "v1",
        "data.data",
        all_null("order", "voucher", "campaign", "holder"),
        "example",
        (Source(REDEMPTION, "EVENTS.REDEMPTION.FAILED", ""),),
    ),
    # -- redemptions
    Quirk(
        "redemption status ROLLED_BACK (the docs say ROLLED BACK)",
        "v1",
        "**.status",
        equals("ROLLED_BACK"),
        "example",
        (Source(REDEMPTION, "EVENTS.REDEMPTION.ROLLBACK.FAILED", "redemption.status"),),
    ),
    Quirk(
        "failed redemption ID prefixed rf_",
        "v1",
        "data.data.redemption.id",
        matches(r"rf_[0-9a-f]+"),
        "example",
        (Source(REDEMPTION, "EVENTS.REDEMPTION.FAILED", "redemption.id"),),
    ),
    Quirk(
        "failed rollback ID prefixed rrf_",
        "v1",
        "data.data.redemption_rollback.id",
        matches(r"rrf_[0-9a-f]+"),
        "example",
        (Source(REDEMPTION, "EVENTS.REDEMPTION.ROLLBACK.FAILED", "redemption_rollback.id"),),
    ),
    Quirk(
        "metadata null",
        "v1",
        "**.metadata",
        is_null,
        "example",
        (_c("REDEMPTION.ROLLBACK.SUCCEEDED", "redemption_rollback.metadata"),),
    ),
    Quirk(
        "undocumented created_at on a redemption payload",
        "v1",
        "",
        _redemption_with_created_at,
        "example",
        (Source(REDEMPTION, "EVENTS.REDEMPTION.SUCCEEDED", "created_at"),),
        note="The example's `created_at` sits beside `redemption`, undocumented there.",
        example_test=matches(WITH_MILLISECONDS),
    ),
    Quirk(
        "reward redemption source is an object {id, type}",
        "v1",
        "data.data.source",
        has_keys("id", "type"),
        "example",
        (_c("REWARD_REDEMPTIONS.CREATED", "source"), _c("REWARD_REDEMPTIONS.COMPLETED", "source")),
    ),
    # -- loyalty
    Quirk(
        "earning rule event without the customer. prefix (order.paid)",
        "v1",
        "**.earning_rule.event",
        equals("order.paid"),
        "example",
        (_c("REWARDED.LOYALTY_POINTS", "earning_rule.event"),),
    ),
    Quirk(
        "proportional earning rule: no points, an undocumented formula",
        "v1",
        "**.earning_rule.loyalty",
        both(lacks("points"), has_keys("calculation_type")),
        "example",
        (_c("REWARDED.LOYALTY_POINTS", "earning_rule.loyalty"),),
    ),
    Quirk(
        "open-ended top tier: points range without `to`",
        "v1",
        "data.data.*.points",
        both(has_keys("from"), lacks("to")),
        "example",
        (_c("LOYALTY.TIER.DOWNGRADED", "loyalty_tier_from.points"),),
    ),
    Quirk(
        "loyalty tier expiration without expiration_date",
        "v1",
        "data.data.loyalty_tier.expiration",
        both(has_keys("tier_id", "start_date"), lacks("expiration_date")),
        "example",
        (
            Source(
                VOUCHER,
                "EVENTS.VOUCHER.LOYALTY_CARD.TRANSACTION.CREATED",
                "holder_loyalty_tier.expiration",
            ),
        ),
    ),
    Quirk(
        "negative points in a balance change",
        "v1",
        "**.points",
        negative,
        "example",
        (
            _c(
                "VOUCHER.LOYALTY_CARD.PENDING_POINTS.CANCELED",
                "voucher_pending_points_balance.points",
            ),
            _c("VOUCHER.LOYALTY_CARD.POINTS_EXPIRED", "transaction.details.balance.points"),
        ),
    ),
    Quirk(
        "pending points activated reports voucher_pending_points_balance, not balance",
        "v1",
        "",
        _activated_with_pending_balance,
        "example",
        (_c("VOUCHER.LOYALTY_CARD.PENDING_POINTS.ACTIVATED", "voucher_pending_points_balance"),),
        note="The voucher feed's example of the same event sends `balance` and `transaction`.",
        example_test=anything,
    ),
    Quirk(
        "embedded event carries an undocumented event_source",
        "v1",
        "**.details.event",
        has_keys("event_source"),
        "example",
        (_c("VOUCHER.LOYALTY_CARD.PENDING_POINTS.ACTIVATED", "pending_points.details.event"),),
    ),
    Quirk(
        "transaction with details null and no voucher_id or source",
        "v1",
        "data.data.transaction",
        both(all_null("details"), lacks("voucher_id", "source")),
        "example",
        (Source(VOUCHER, "EVENTS.VOUCHER.GIFT.BALANCE_ADDED", "transaction"),),
    ),
    Quirk(
        "redeemable holder with publication_id null",
        "v1",
        "data.data.holder",
        both(has_keys("holder_role"), all_null("publication_id")),
        "example",
        (_c("HOLDER.ASSIGNMENT.CREATED", "holder"), _c("HOLDER.ASSIGNMENT.DELETED", "holder")),
    ),
    Quirk(
        "publication channel outside the event-source channels",
        "v1",
        "**.publication.channel",
        _free_form_channel,
        "example",
        (
            _c("PUBLICATION.SUCCEEDED", "publication.channel"),
            Source(VOUCHER, "EVENTS.VOUCHER.PUBLISHED", "publication.channel"),
        ),
    ),
    Quirk(
        "custom event ID prefixed event_",
        "v1",
        "data.data.event.id",
        matches(r"event_[0-9a-f]+"),
        "example",
        (_c("CUSTOM_EVENT", "event.id"),),
    ),
    # -- generic
    Quirk(
        "metadata {}",
        "v1",
        "**.metadata",
        is_empty_object,
        "example",
        (_c("REDEMPTION.SUCCEEDED", "campaign.metadata"),),
    ),
    Quirk(
        "date-time with milliseconds",
        "v1",
        "**",
        matches(WITH_MILLISECONDS),
        "example",
        (_c("REDEMPTION.SUCCEEDED", "redemption.date"),),
    ),
    Quirk(
        "date-time with microseconds (six digits)",
        "v1",
        "**",
        matches(WITH_MICROSECONDS),
        "example",
        (
            _c("REWARDED", "voucher.created_at"),
            _c("REWARDED.LOYALTY_POINTS", "campaign.created_at"),
        ),
    ),
    Quirk(
        "date-time without fractional seconds",
        "v1",
        "**",
        matches(WITHOUT_FRACTION),
        "policy",
        note="No v1 example shows one; v2's documented examples do, so v1 may too.",
    ),
    # -- the activity envelope (the examples are webhook payloads: analogs only)
    Quirk(
        "activity without data.event_source",
        "v1",
        "data",
        lacks("event_source"),
        "analog",
        (_c("REWARDED.LOYALTY_POINTS", "event"),),
        note="An embedded event without event_source, beside others that have one.",
        example_test=lacks("event_source"),
    ),
    Quirk(
        "API event source without user",
        "v1",
        "data.event_source",
        _API_WITHOUT_USER,
        "example",
        (_c("VOUCHER.LOYALTY_CARD.PENDING_POINTS.ACTIVATED", _PENDING_EVENT_SOURCE),),
    ),
    Quirk(
        "USER_PORTAL event source without api_key",
        "v1",
        "data.event_source",
        _PORTAL_WITHOUT_KEY,
        "example",
        (
            Source(
                VOUCHER,
                "EVENTS.VOUCHER.LOYALTY_CARD.PENDING_POINTS.ACTIVATED",
                _PENDING_EVENT_SOURCE,
            ),
        ),
    ),
    Quirk(
        "undocumented fields on the activity (category, entity_id)",
        "v1",
        "",
        _unknown_envelope_key,
        "analog",
        (_c("VOUCHER.LOYALTY_CARD.PENDING_POINTS.ACTIVATED", "pending_points.details.event"),),
        note="The events Voucherify embeds carry `category` and `entity_id`.",
        example_test=has_keys("category", "entity_id"),
    ),
    # -- v2 (no published example of a program activity: analogs from v1 event sources)
    Quirk(
        "program activity without source",
        "v2",
        "",
        lacks("source"),
        "analog",
        (_c("REWARDED.LOYALTY_POINTS", "event"),),
        note="An embedded event without event_source.",
        example_test=lacks("event_source"),
    ),
    Quirk(
        "program activity source USER_PORTAL without api_key",
        "v2",
        "source",
        _PORTAL_WITHOUT_KEY,
        "analog",
        (
            Source(
                VOUCHER,
                "EVENTS.VOUCHER.LOYALTY_CARD.PENDING_POINTS.ACTIVATED",
                _PENDING_EVENT_SOURCE,
            ),
        ),
        example_test=_PORTAL_WITHOUT_KEY,
    ),
    Quirk(
        "program activity source API without user",
        "v2",
        "source",
        _API_WITHOUT_USER,
        "analog",
        (_c("VOUCHER.LOYALTY_CARD.PENDING_POINTS.ACTIVATED", _PENDING_EVENT_SOURCE),),
        example_test=_API_WITHOUT_USER,
    ),
    Quirk(
        "program activity source INTERNAL with channel only",
        "v2",
        "source",
        equals({"channel": "INTERNAL"}),
        "policy",
        note="The spec's own v2 page example; no published example shows INTERNAL.",
    ),
    Quirk(
        "program activity date-time with milliseconds",
        "v2",
        "created_at",
        matches(WITH_MILLISECONDS),
        "policy",
    ),
    Quirk(
        "program activity date-time without fractional seconds",
        "v2",
        "created_at",
        matches(WITHOUT_FRACTION),
        "policy",
    ),
    Quirk(
        "program metadata {}",
        "v2",
        "data.program.metadata",
        is_empty_object,
        "policy",
    ),
)
