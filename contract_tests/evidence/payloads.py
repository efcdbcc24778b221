"""Evidence fixtures: one full activity per documented event type, written by us from the
building blocks in blocks.py. The embedded mock serves them, rebound (contract_tests/mock).

- `V1_ACTIVITIES`: `customer.*` type -> one `GET /v1/customers/{id}/activity` item.
- `V2_ACTIVITIES`: `vl.program.*` type -> one `GET /v2/loyalties/programs/{id}/activities` item.
- `V1_PAYLOADS` / `V2_PAYLOADS`: type -> a builder of the payload alone, and `v1_activity` /
  `v2_activity` wrapping one in the envelope of a given number (the embedded mock rotates them).

The quirks they reproduce are recorded, and checked, in tests/evidence/quirks.py.

The envelopes vary with the fixture's number (its place in the spec's mapping): the event
source, or none; `group_id` set, null or absent; date-times with and without milliseconds;
undocumented fields on the activity, on `data` and on nested objects. Everything is built at
import time and deterministic; copy a fixture before changing it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Final

from . import blocks as b

Json = dict[str, Any]


class _Absent:
    def __repr__(self) -> str:
        return "ABSENT"


ABSENT: Final = _Absent()

# The envelope fields the spec documents (the variation tests check the others are undocumented).
V1_ENVELOPE_KEYS = frozenset({"id", "type", "created_at", "group_id", "data"})
V2_ENVELOPE_KEYS = frozenset(
    {"id", "type", "created_at", "group_id", "source", "program_id", "data"}
)


def timestamp(number: int, *, fraction: bool) -> str:
    """A distinct instant per fixture, with or without milliseconds."""
    day, hour = 1 + number // 24, number % 24
    clock = f"2025-10-{day:02d}T{hour:02d}:{number * 7 % 60:02d}:{number * 13 % 60:02d}"
    return f"{clock}.{number * 37 % 1000:03d}Z" if fraction else f"{clock}Z"


# ───────────────────────────── v1 envelopes ─────────────────────────────

_V1_SOURCES: Final[tuple[Callable[[], Json | _Absent | None], ...]] = (
    b.api_source,
    b.internal_source,
    b.user_portal_source,
    lambda: ABSENT,
    b.client_api_source,
    b.internal_source,
    lambda: ABSENT,
    lambda: None,
)


def v1_activity(type_: str, payload: Json, number: int) -> Json:
    """`payload` as `data.data` of activity number `number`, its envelope varied by number."""
    data: Json = {"data": payload}
    source = _V1_SOURCES[number % len(_V1_SOURCES)]()
    if not isinstance(source, _Absent):
        data["event_source"] = source
    if number % 11 == 6:
        data["correlation_id"] = f"corr-{number:04d}"  # undocumented, on `data`
    activity: Json = {
        "id": f"evcus_0fe{number:03d}b5c7a9d1e3f5",
        "type": type_,
        "data": data,
        "created_at": timestamp(number, fraction=number % 3 != 0),
    }
    if number % 5 == 3:
        pass  # no group_id at all
    elif number % 4 == 1:
        activity["group_id"] = None
    else:
        activity["group_id"] = f"v-0fe{number:03d}a2b4c6d8e0"
    if number % 9 == 4:
        # Undocumented on the activity; the events Voucherify embeds carry both.
        activity["category"] = "EFFECT" if number % 2 else "ACTION"
        activity["entity_id"] = b.MIRA
    return activity


# ───────────────────────────── v1 payloads ─────────────────────────────


def customer_confirmed() -> Json:
    return {
        "customer": b.full_customer(updated_at="2025-10-01T09:12:40.005Z"),
        "unconfirmed_customer": {"id": "ucust_8Hn2Qw5Rt9Yv3Bx6Kz1Lm4Pc"},
    }


def customer_created() -> Json:
    return {"customer": b.full_customer(referral_campaigns=[], loyalty_campaigns={})}


def customer_updated() -> Json:
    return {"customer": b.full_customer(updated_at="2025-10-01T11:02:19.340Z")}


def customer_deleted() -> Json:
    return {
        "customer": b.full_customer(
            source_id="nw-mira-sandoval_deleted2025-10-01T12:00:07.118Z",
            updated_at="2025-10-01T12:00:07.131Z",
        )
    }


def customer_referred() -> Json:
    return {
        "customer": b.anonymous_customer(),
        "referrer": b.customer(b.OMAR, name="Omar Haddad", source_id="nw-omar-h"),
        "campaign": b.referral_campaign(),
        "voucher": b.referral_code(),
        "custom_event": b.custom_event(customer_id=b.ANON),
        "redemption": None,
    }


def customer_custom_event() -> Json:
    return {
        "event": b.custom_event(),
        "event_schema": b.event_schema(),
        "customer": b.customer(b.LENA, name="Lena Fischer", source_id="nw-lena-f"),
        "referral": None,
        "loyalty": None,
    }


def segment_event(name: str) -> Callable[[], Json]:
    def payload() -> Json:
        return {"customer": b.full_customer(), "segment": b.segment(name)}

    return payload


def consents_event(value: bool) -> Callable[[], Json]:
    def payload() -> Json:
        return {
            "customer": b.customer(),
            "consents": {
                "cnst_Yq4WnT8xKz1LvC5mRp9HsJ2d": {
                    "date": "2025-10-01T08:00:00.600Z",
                    "value": value,
                }
            },
        }

    return payload


def messaging_event(channel: str, outcome: str, number: int) -> Callable[[], Json]:
    """`<channel>.<outcome>`: the time that matches the outcome is set, the others null."""

    def payload() -> Json:
        when = f"2025-10-0{1 + number % 3}T16:{number % 60:02d}:02.004Z"
        recipient = b.anonymous_customer() if number % 4 == 0 else b.customer()
        body: Json = {
            "customer": recipient,
            "distribution": b.distribution(status="SENT" if outcome == "sent" else "TO SEND"),
            "sent_at": when if outcome == "sent" else None,
            "recovered_at": when if outcome == "recovered" else None,
            "failed_at": when if outcome == "failed" else None,
        }
        if outcome == "failed":
            body["distribution"]["failure_reason"] = f"{channel} provider timed out"
        return body

    return payload


def customer_rewarded() -> Json:
    earned = b.redemption(
        id="r_0fa0b1c2d3e4f5a6b7",
        voucher=b.loyalty_card(),
        order=b.simple_order(id=b.SECOND_ORDER),
    )
    earned["reward"] = {**b.material_reward(), "customer": b.customer()}
    return {
        "customer": b.customer(),
        "holder": b.customer(),
        # Date-times with six fractional digits, as some examples send them.
        "voucher": b.loyalty_card(created_at="2024-06-10T09:00:05.302000Z"),
        "campaign": b.loyalty_campaign(created_at="2024-06-10T09:00:03.118377Z"),
        "redemption": earned,
        "reward": b.material_reward(),
        "referral_tier": None,
        "balance": None,
        "custom_event": None,
        "customer_event": None,
    }


def customer_rewarded_loyalty_points() -> Json:
    placed = b.order(with_discount=True, updated_at="2025-09-20T14:04:58.914206Z")
    placed["redemptions"] = {
        "r_0fa1b2c3d4e5f6a7b8": {
            "date": "2025-09-20T14:04:58.900Z",
            "related_object_type": "promotion_tier",
            "related_object_id": "promo_Tq7WnK2xLz5VbC8mPs1HdR4f",
            "related_object_parent_id": b.PROMO_CAMPAIGN,
        }
    }
    return {
        "customer": b.customer(),
        "holder": b.customer(),
        "voucher": b.loyalty_card(),
        "campaign": b.loyalty_campaign(),
        "loyalty_tier": None,
        "earning_rule": b.proportional_earning_rule(),
        "balance": b.balance(total=670, change=30, balance=460),
        "order": placed,
        "event": b.order_paid_event(with_source=False),
    }


def gift_balance_added() -> Json:
    return {
        "customer": b.customer(),
        "campaign": b.gift_campaign(),
        "voucher": b.gift_card(amount=5800, balance=5000),
        "balance": b.balance(
            kind="gift_voucher",
            total=5800,
            change=800,
            balance=5000,
            voucher=b.GIFT_CARD,
            operation_type="MANUAL",
        ),
        "transaction": b.bare_transaction(),
    }


def pending_points_event(change: int, total: int, *, updated: bool = False) -> Callable[[], Json]:
    """`pending_points.*`: the card's pending balance and its change (negative when canceled)."""

    def payload() -> Json:
        points = b.pending_points(points=abs(change))
        if updated:
            points["updated_at"] = "2025-09-21T09:00:00.412Z"
        return {
            "customer": b.customer(),
            "campaign": b.loyalty_campaign(),
            "voucher": b.loyalty_card(pending_points=total),
            "voucher_pending_points_balance": b.pending_points_balance(change=change, total=total),
            "order": b.simple_order(),
            "pending_points": points,
        }

    return payload


def points_activated() -> Json:
    # Voucherify documents no payload for this type: a plausible one, kept free-form.
    return {
        "customer": b.customer(),
        "voucher": b.loyalty_card(),
        "balance": b.balance(total=672, change=32, balance=462, operation_type="MANUAL"),
        "transaction": b.transaction(id="vtx_0fa3b4c5d6e7f8a9b0", type="PENDING_POINTS_ACTIVATION"),
    }


def points_added() -> Json:
    def added() -> Json:
        return b.balance(total=680, change=40, balance=470, operation_type=None)

    return {
        "customer": b.customer_without_email_key(),
        "campaign": b.loyalty_campaign(),
        "voucher": b.loyalty_card(holder=b.LENA),
        "balance": added(),
        "transaction": b.transaction(
            id="vtx_0fa4b5c6d7e8f9a0b1",
            type="POINTS_ADDITION",
            details={"balance": added()},
            source="voucherify-web-ui",
            reason="Welcome bonus",
        ),
    }


def points_transferred() -> Json:
    def source_card() -> Json:
        return b.loyalty_card(id=b.SECOND_CARD, code="BEAN-7Y3K1Z", points=200, balance=50)

    return {
        "customer": b.customer(),
        "campaign": b.loyalty_campaign(),
        "voucher": b.loyalty_card(),
        "balance": b.balance(total=790, change=150, balance=580),
        "transaction": b.transaction(
            id="vtx_0fa5b6c7d8e9f0a1b2",
            type="POINTS_TRANSFER_IN",
            details={
                "balance": b.balance(total=790, change=150, balance=580),
                "source_voucher": source_card(),
            },
            reason="Merged cards",
        ),
        "source_voucher": source_card(),
        "destination_voucher": b.loyalty_card(),
    }


def points_expired() -> Json:
    expired = b.balance(total=550, change=-90, balance=340, operation_type=None)
    return {
        "customer": b.customer(),
        "campaign": b.loyalty_campaign(),
        "voucher": b.loyalty_card(points=550, balance=340),
        "points": 90,
        "buckets": [b.points_bucket()],
        "transaction": b.transaction(
            id="vtx_0fa6b7c8d9e0f1a2b3",
            type="POINTS_EXPIRATION",
            details={"balance": expired},
            source="Automation",
        ),
    }


def voucher_deleted() -> Json:
    return {
        "customer": b.customer(),
        "campaign": b.discount_campaign(),
        "voucher": b.published_voucher(),
    }


def publication_event(succeeded: bool) -> Callable[[], Json]:
    def payload() -> Json:
        if succeeded:
            made = b.publication()
        else:
            made = b.publication(channel="API", voucher=None)
            made.update(result="FAILURE", voucher=None, vouchers_id=[])
        return {"customer": b.customer(), "campaign": b.discount_campaign(), "publication": made}

    return payload


def validation_event(valid: bool) -> Callable[[], Json]:
    def payload() -> Json:
        return {"customer": b.customer(), "validation": b.validation(valid=valid)}

    return payload


def redemption_failed() -> Json:
    return {
        "customer": b.customer(),
        "redemption": b.failed_redemption(),
        "order": None,
        "campaign": None,
        "voucher": None,
        "holder": None,
        "promotion_tier": None,
        "created_at": "2025-09-21T08:00:01.911Z",  # undocumented, as in the examples
    }


def redemption_succeeded() -> Json:
    return {
        "customer": b.customer(),
        "order": b.simple_order(),
        "campaign": b.discount_campaign(),
        "voucher": b.discount_voucher(),
        "holder": b.customer(),
        "promotion_tier": None,
        "promotion_stack": None,
        "redemption": b.redemption(),
        "created_at": "2025-09-20T14:05:12.140Z",  # undocumented, as in the examples
    }


def rollback_failed() -> Json:
    unit_voucher = b.discount_voucher()
    unit_voucher["discount"] = {
        "type": "UNIT",
        "unit_off": 1,
        "unit_type": "prod_0f8a1b2c3d4e5f6a71",
        "effect": "ADD_NEW_ITEMS",
    }
    return {
        "customer": b.customer(),
        "order": None,
        "campaign": b.discount_campaign(),
        "voucher": unit_voucher,
        "holder": None,
        "promotion_tier": None,
        "redemption": b.redemption(status="ROLLED_BACK", voucher=b.voucher_stub()),
        "redemption_rollback": b.rollback(failed=True),
    }


def rollback_succeeded() -> Json:
    return {
        "customer": b.customer(),
        "order": b.empty_order(),
        "campaign": b.discount_campaign(),
        "voucher": b.discount_voucher(),
        "holder": b.customer(),
        "promotion_tier": None,
        "promotion_stack": None,
        "redemption": b.redemption(voucher=b.voucher_stub(), order=b.empty_order(status="PAID")),
        "redemption_rollback": b.rollback(),
    }


def order_event(status: str | None, *, empty: bool = False) -> Callable[[], Json]:
    def payload() -> Json:
        placed = b.empty_order(status="CANCELED") if empty else b.order(status="PAID")
        placed["status"] = status
        return {
            "customer": b.customer(),
            "referrer": None,
            "order": placed,
            "redemption": None,
        }

    return payload


def reward_redemption_event(state: str, source: Any, balance: int | None) -> Callable[[], Json]:
    def payload() -> Json:
        body: Json = {
            "customer": b.customer(),
            "holder": b.customer(),
            "voucher": b.loyalty_card(),
            "campaign": b.loyalty_campaign(),
            "reward_redemption": b.reward_redemption_record(state),
            "reward": b.coupon_reward() if state == "COMPLETED" else b.material_reward(),
            "reward_assignment": b.reward_assignment(),
            "source": source,
            "balance": balance,
        }
        if state == "COMPLETED":
            body["publication"] = b.publication(channel="API")  # undocumented, as in the example
        return body

    return payload


def loyalty_updated() -> Json:
    return {
        "customer": b.customer(),
        "campaign": b.loyalty_campaign(),
        "loyalty": {"points": 470, "balance": 470, "referred_customers": 0},
        "created_at": "2025-09-20T14:05:13.220Z",
    }


def tier_event(kind: str) -> Callable[[], Json]:
    def payload() -> Json:
        silver = b.loyalty_tier()
        gold = b.loyalty_tier(b.GOLD_TIER, "Gold", points_from=500, points_to=1499)
        platinum = b.loyalty_tier(
            b.PLATINUM_TIER,
            "Platinum",
            points_from=1500,
            points_to=None,
            earning_rules={b.EARNING_RULE: {"type": "MULTIPLY", "multiplier": 2}},
        )
        body: Json = {
            "customer": b.customer(),
            "campaign": b.loyalty_campaign(),
            "created_at": "2025-09-25T00:02:13.529Z",
        }
        if kind == "upgraded":
            body.update(loyalty_tier_from=silver, loyalty_tier_to=gold)
        elif kind == "downgraded":
            body.update(loyalty_tier_from=platinum, loyalty_tier_to=gold)
        else:
            body["loyalty_tier"] = silver if kind in ("joined", "left") else gold
        if kind == "prolonged":
            # Membership expiry without `expiration_date` or `updated_at`, as one example has it.
            body["loyalty_tier"]["expiration"] = {
                "customer_id": b.MIRA,
                "campaign_id": b.LOYALTY_CAMPAIGN,
                "tier_id": b.GOLD_TIER,
                "start_date": "2025-09-25",
                "created_at": "2025-09-25T00:02:13.601Z",
            }
        if kind == "expiration.changed":
            body["expiration_date"] = "2026-09-30T23:59:59.999Z"
        return body

    return payload


def holder_event(role: str) -> Callable[[], Json]:
    def payload() -> Json:
        return {
            "holder": b.redeemable_holder(role=role),
            "voucher": b.referral_code(),
            "campaign": b.referral_campaign(),
            "customer": b.anonymous_customer(),
        }

    return payload


_MESSAGING_CHANNELS = (
    "sms",
    "email",
    "activecampaign",
    "braze",
    "mailchimp",
    "intercom",
    "shopify",
    "klaviyo",
    "batch",
)

V1_PAYLOADS: dict[str, Callable[[], Json]] = {
    "customer.confirmed": customer_confirmed,
    "customer.created": customer_created,
    "customer.updated": customer_updated,
    "customer.deleted": customer_deleted,
    "customer.referred": customer_referred,
    "customer.custom_event": customer_custom_event,
    "customer.segment.entered": segment_event("Weekend regulars"),
    "customer.segment.left": segment_event("Lapsed subscribers"),
    "customer.consents.given": consents_event(True),
    "customer.consents.revoked": consents_event(False),
    **{
        f"customer.{channel}.{outcome}": messaging_event(channel, outcome, index * 3 + step)
        for index, channel in enumerate(_MESSAGING_CHANNELS)
        for step, outcome in enumerate(("sent", "recovered", "failed"))
    },
    "customer.rewarded": customer_rewarded,
    "customer.rewarded.loyalty_points": customer_rewarded_loyalty_points,
    "customer.voucher.gift.balance_added": gift_balance_added,
    "customer.voucher.loyalty_card.pending_points.activated": pending_points_event(32, 32),
    "customer.voucher.loyalty_card.pending_points.added": pending_points_event(32, 64),
    "customer.voucher.loyalty_card.pending_points.canceled": pending_points_event(-32, 32),
    "customer.voucher.loyalty_card.pending_points.updated": pending_points_event(
        8, 40, updated=True
    ),
    "customer.voucher.loyalty_card.points_activated": points_activated,
    "customer.voucher.loyalty_card.points_added": points_added,
    "customer.voucher.loyalty_card.points_transferred": points_transferred,
    "customer.voucher.loyalty_card.points_expired": points_expired,
    "customer.voucher.deleted": voucher_deleted,
    "customer.publication.succeeded": publication_event(True),
    "customer.publication.failed": publication_event(False),
    "customer.validation.succeeded": validation_event(True),
    "customer.validation.failed": validation_event(False),
    "customer.redemption.failed": redemption_failed,
    "customer.redemption.succeeded": redemption_succeeded,
    "customer.redemption.rollback.failed": rollback_failed,
    "customer.redemption.rollback.succeeded": rollback_succeeded,
    "customer.order.canceled": order_event("CANCELED"),
    "customer.order.created": order_event("CREATED"),
    "customer.order.fulfilled": order_event("FULFILLED"),
    "customer.order.paid": order_event("PAID"),
    "customer.order.processing": order_event(None),
    "customer.order.updated": order_event("CANCELED", empty=True),
    "customer.reward_redemptions.created": reward_redemption_event(
        "PENDING", b.redemption_source(), None
    ),
    "customer.reward_redemptions.pending": reward_redemption_event(
        "PENDING", b.redemption_source(), None
    ),
    "customer.reward_redemptions.completed": reward_redemption_event(
        "COMPLETED", b.redemption_source(), 270
    ),
    "customer.reward_redemptions.rolledback": reward_redemption_event(
        "ROLLED_BACK", "voucherify-web-ui", 470
    ),
    "customer.loyalty.updated": loyalty_updated,
    "customer.loyalty.tier.upgraded": tier_event("upgraded"),
    "customer.loyalty.tier.downgraded": tier_event("downgraded"),
    "customer.loyalty.tier.prolonged": tier_event("prolonged"),
    "customer.loyalty.tier.expiration.changed": tier_event("expiration.changed"),
    "customer.loyalty.tier.joined": tier_event("joined"),
    "customer.loyalty.tier.left": tier_event("left"),
    "customer.holder.assignment.created": holder_event("REFEREE"),
    "customer.holder.assignment.deleted": holder_event("REFERRER"),
}


def build_v1_activities() -> dict[str, Json]:
    """Fresh copies of every v1 fixture (what V1_ACTIVITIES holds)."""
    return {
        type_: v1_activity(type_, payload(), number)
        for number, (type_, payload) in enumerate(V1_PAYLOADS.items(), start=1)
    }


V1_ACTIVITIES: Final[dict[str, Json]] = build_v1_activities()


# ───────────────────────────── v2 ─────────────────────────────

_V2_SOURCES: Final[tuple[Callable[[], Json | _Absent | None], ...]] = (
    b.user_portal_source,
    b.api_source,
    lambda: ABSENT,
    b.internal_source,
    b.client_api_source,
    lambda: None,
)


def v2_activity(type_: str, payload: Json, number: int) -> Json:
    activity: Json = {
        "id": f"laprg_0fb{number:03x}7d9e1a3c5b",
        "type": type_,
        "data": payload,
        "created_at": timestamp(number, fraction=number % 4 == 1),
        "program_id": b.PROGRAM if number % 7 != 5 else None,
    }
    source = _V2_SOURCES[number % len(_V2_SOURCES)]()
    if not isinstance(source, _Absent):
        activity["source"] = source
    if number % 3 == 1:
        activity["group_id"] = f"v-0fb{number:03x}c4d6e8f0a2"
    elif number % 3 == 2:
        activity["group_id"] = None
    if number % 5 == 2:
        activity["category"] = "ACTION"  # undocumented, on the activity
    if number % 4 == 3:
        payload["changed_fields"] = ["name", "metadata"]  # undocumented, on `data`
    return activity


def program_event(status: str) -> Callable[[], Json]:
    def payload() -> Json:
        snapshot = b.program(status=status)
        if status == "DELETED":
            snapshot["end_date"] = "2025-12-31T23:59:59Z"
            snapshot["timezone"] = "Europe/Warsaw"  # undocumented, nested
        return {"program": snapshot}

    return payload


def assignment_event(resource: str, snapshot: Callable[[], Json]) -> Callable[[], Json]:
    def payload() -> Json:
        linked = snapshot()
        link = b.assignment(resource, linked["id"], created_at="2025-01-02T08:15:00Z")
        return {"program": b.program(), resource: linked, f"program_{resource}": link}

    return payload


def reward_updated() -> Json:
    reward = b.reward_v2(status="INACTIVE")
    reward["updated_at"] = "2025-03-04T10:00:00.250Z"
    reward["stock"] = {"quantity": None}  # undocumented, nested
    return {
        "program": b.program(),
        "reward": reward,
        "program_reward": b.assignment("reward", reward["id"], created_at="2025-01-02T08:15:00Z"),
    }


V2_PAYLOADS: dict[str, Callable[[], Json]] = {
    "vl.program.created": program_event("DRAFT"),
    "vl.program.updated": program_event("DRAFT"),
    "vl.program.deleted": program_event("DELETED"),
    "vl.program.activated": program_event("ACTIVE"),
    "vl.program.deactivated": program_event("INACTIVE"),
    "vl.program.card_definition.assigned": assignment_event("card_definition", b.card_definition),
    "vl.program.card_definition.unassigned": assignment_event("card_definition", b.card_definition),
    "vl.program.earning_rule.assigned": assignment_event("earning_rule", b.earning_rule_v2),
    "vl.program.earning_rule.unassigned": assignment_event("earning_rule", b.earning_rule_v2),
    "vl.program.reward.assigned": assignment_event("reward", b.reward_v2),
    "vl.program.reward.unassigned": assignment_event("reward", b.reward_v2),
    "vl.program.reward.updated": reward_updated,
    "vl.program.tier_structure.assigned": assignment_event("tier_structure", b.tier_structure),
    "vl.program.tier_structure.unassigned": assignment_event("tier_structure", b.tier_structure),
}


def build_v2_activities() -> dict[str, Json]:
    """Fresh copies of every v2 fixture (what V2_ACTIVITIES holds)."""
    return {
        type_: v2_activity(type_, payload(), number)
        for number, (type_, payload) in enumerate(V2_PAYLOADS.items(), start=1)
    }


V2_ACTIVITIES: Final[dict[str, Json]] = build_v2_activities()
