"""Reusable building blocks of the evidence fixtures: the objects Voucherify embeds in activity
payloads, written by us with the *shapes and quirks* of Voucherify's published example payloads
(voucherify-openapi, documentation/openapi-events/*.json) but with our own IDs, names, amounts
and dates. Nothing here is copied from those examples.

Every function returns a new object, so a fixture may change its copy freely. Keyword arguments
pick the variant; the defaults are the quirky ones (null email, null category, null dates, ...).
"""

from __future__ import annotations

from typing import Any

Json = dict[str, Any]

# -- identities of our made-up merchant, "Northwind Roasters"

MIRA = "cust_Nw7rQe2LbX9pTf4KdM1sHa0Z"
ANON = "cust_Qp3VxT8mYc5RjL0wNb6eKd2G"
OMAR = "cust_Hr5JkW2nPz8QsV1bXc4TfL9M"
LENA = "cust_Zt6GyB3vNm0WqE7rUk2PsJ5C"

DISCOUNT_CAMPAIGN = "camp_Bq4RnX8sLw1TzP6yHc3VmK0d"
LOYALTY_CAMPAIGN = "camp_Lp7YtC2kMx5QvN9rBz1WfG4h"
GIFT_CAMPAIGN = "camp_Gf3HsD8jKq0WxR6tPn2YbV5m"
REFERRAL_CAMPAIGN = "camp_Rf9KmT4wZc1XqB7nLs3JdH6p"
REWARD_CAMPAIGN = "camp_Cw2PxL7nQs4VbT9kMz0RfY3j"
PROMO_CAMPAIGN = "camp_Pr8TnW3kLq6ZxC1vBm5SdJ0f"

DISCOUNT_CODE = "v_Ac5Dk9Lm2Np7Qr4St1Uv8Wx3Yz6Ab0Cd"
LOYALTY_CARD = "v_Lc3Fh8Jk1Mn6Pq9Rs2Tu5Vw0Xy4Za7Bc"
SECOND_CARD = "v_Sc7Gj2Kl5Mo8Np1Qr4St7Uv0Wx3Yz6Ab"
GIFT_CARD = "v_Gc9Hk4Lm7No0Pq3Rs6Tu9Vw2Xy5Za8Bc"
REFERRAL_CODE = "v_Rc1Jm6Np9Qs2Tv5Wy8Zb1Ce4Fh7Ik0Ln"
REWARD_COUPON = "v_Wc4Kn7Oq0Rt3Uw6Xz9Ac2Df5Gi8Jl1Mo"

CATEGORY = "cat_0f5a1c2e3d4b5a6978"
SILVER_TIER = "ltr_0f6b2d3e4f5a6b7c81"
GOLD_TIER = "ltr_0f6b2d3e4f5a6b7c82"
PLATINUM_TIER = "ltr_0f6b2d3e4f5a6b7c83"
EARNING_RULE = "ern_Tq5WzN2kHs8VbL1xPc4MfR7j"
ORDER = "ord_Ox4KmR9tLw2QzB7nVs1HcP5d"
SECOND_ORDER = "ord_0f7c3e4d5a6b7c8d9e"
PROGRAM = "lprg_4e7a9c1b3d5f7e90"


# -- event sources (v1 `data.event_source`); each carries only what its channel implies


def api_source(name: str = "Storefront") -> Json:
    return {
        "channel": "API",
        "api_key": {"name": name, "app_id": "7d3e9f10-2b4c-4e6a-9c8d-1f2e3d4c5b6a"},
    }


def client_api_source() -> Json:
    return {
        "channel": "CLIENT_API",
        "api_key": {"client_app_id": "c1a2b3c4-d5e6-4f70-8a9b-0c1d2e3f4a5b"},
    }


def user_portal_source(user: str = "user_Np4QrT7vWy0Zb3Ce6Fh9Ik2L") -> Json:
    return {"channel": "USER_PORTAL", "user": {"id": user}}


def internal_source() -> Json:
    return {"channel": "INTERNAL"}


# -- customers


def customer(
    id: str = MIRA,
    *,
    name: str | None = "Mira Sandoval",
    email: str | None = None,
    source_id: str | None = "nw-mira-sandoval",
    metadata: Json | None = None,
) -> Json:
    """A SimpleCustomer as the examples send it: a real name and, often, `email: null`."""
    return {
        "id": id,
        "name": name,
        "email": email,
        "source_id": source_id,
        "metadata": {"region": "NORTH"} if metadata is None else metadata,
        "object": "customer",
    }


def anonymous_customer(id: str = ANON) -> Json:
    """A customer known only by ID: name, email and source_id all null."""
    return customer(id, name=None, email=None, source_id=None, metadata={})


def customer_without_email_key(id: str = LENA) -> Json:
    """`email` left out altogether rather than null, as some examples do."""
    return {
        "id": id,
        "name": "Lena Fischer",
        "source_id": "nw-lena-f",
        "metadata": {},
        "object": "customer",
    }


def customer_reference(id: str = MIRA) -> Json:
    """The customer of an order: an ID plus null summaries the docs do not list."""
    return {
        "id": id,
        "address": None,
        "summary": None,
        "loyalty": None,
        "referrals": None,
        "object": "customer",
    }


def null_address() -> Json:
    return {
        "city": None,
        "state": None,
        "line_1": None,
        "line_2": None,
        "country": None,
        "postal_code": None,
    }


def full_customer(
    id: str = MIRA,
    *,
    referral_campaigns: list[Any] | None = None,
    loyalty_campaigns: Json | None = None,
    source_id: str | None = "nw-mira-sandoval",
    updated_at: str | None = None,
) -> Json:
    """A full Customer: every address part null, referral campaigns listed by NAME, per-campaign
    loyalty keyed by campaign name (with keys the docs do not list), empty system metadata."""
    body: Json = {
        "id": id,
        "source_id": source_id,
        "name": "Mira Sandoval",
        "email": None,
        "description": "Prefers oat milk",
        "birthdate": "1991-11-03",
        "address": null_address(),
        "summary": {
            "redemptions": {
                "total_redeemed": 3,
                "total_failed": 1,
                "total_succeeded": 2,
                "total_rolled_back": 0,
                "total_rollback_failed": 0,
                "total_rollback_succeeded": 0,
                "gift": {"redeemed_amount": 0, "amount_to_go": 0},
                "loyalty_card": {"redeemed_points": 120, "points_to_go": 430},
            },
            "orders": {
                "total_amount": 18650,
                "total_count": 4,
                "average_amount": 4662,
                "last_order_amount": 3990,
            },
        },
        "loyalty": {
            "points": 430,
            "referred_customers": 2,
            "campaigns": (
                {"Bean Club": {"redeemed_points": 120, "points_to_go": 430}}
                if loyalty_campaigns is None
                else loyalty_campaigns
            ),
        },
        "referrals": {
            "total": 1,
            "campaigns": ["bring_a_friend_2025"]
            if referral_campaigns is None
            else referral_campaigns,
        },
        "metadata": {},
        "system_metadata": {},
        "created_at": "2024-10-02T08:14:51.207Z",
        "object": "customer",
    }
    if updated_at is not None:
        body["updated_at"] = updated_at
    return body


# -- campaigns


def _code_config(prefix: str, length: int) -> Json:
    return {
        "length": length,
        "prefix": prefix,
        "charset": "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ",
        "pattern": "#" * length,
        "postfix": "",
    }


def discount_campaign(*, category: str | None = None) -> Json:
    """A discount campaign with `category: null` beside a set `category_id`, null dates and the
    undocumented `description` and voucher template `code_config`."""
    return {
        "id": DISCOUNT_CAMPAIGN,
        "name": "Autumn Roast Sale",
        "campaign_type": "DISCOUNT_COUPONS",
        "type": "AUTO_UPDATE",
        "is_referral_code": False,
        "voucher": {
            "type": "DISCOUNT_VOUCHER",
            "discount": {
                "type": "PERCENT",
                "units": None,
                "effect": "APPLY_TO_ORDER",
                "percent_off": 15,
                "amount_limit": 2500,
                "percent_off_formula": "IF(ORDER_AMOUNT > 8000;20;15)",
            },
            "redemption": {"quantity": 1, "redeemed_quantity": 0},
            "code_config": _code_config("ROAST-", 4),
        },
        "auto_join": False,
        "join_once": False,
        "active": True,
        "category_id": CATEGORY,
        "category": category,
        "metadata": {},
        "start_date": None,
        "expiration_date": None,
        "description": "Autumn 2025 coffee sale",
        "created_at": "2025-09-01T07:30:12.418Z",
        "updated_at": "2025-09-15T16:02:44.903Z",
        "object": "campaign",
    }


def loyalty_campaign(*, created_at: str = "2024-06-10T09:00:03.118Z") -> Json:
    return {
        "id": LOYALTY_CAMPAIGN,
        "name": "Bean Club",
        "campaign_type": "LOYALTY_PROGRAM",
        "type": "AUTO_UPDATE",
        "is_referral_code": False,
        "voucher": {
            "type": "LOYALTY_CARD",
            "gift": None,
            "discount": None,
            "loyalty_card": {"points": 0, "expiration_rules": {"period_type": "MONTH"}},
            "redemption": {"quantity": None, "redeemed_quantity": 0},
            "code_config": _code_config("BEAN-", 6),
        },
        "auto_join": True,
        "join_once": True,
        "active": True,
        "category_id": None,
        "category": None,
        "metadata": {},
        "start_date": None,
        "expiration_date": None,
        "description": None,
        "created_at": created_at,
        "object": "campaign",
    }


def gift_campaign() -> Json:
    return {
        "id": GIFT_CAMPAIGN,
        "name": "Gift Cards 2025",
        "campaign_type": "GIFT_VOUCHERS",
        "type": "AUTO_UPDATE",
        "is_referral_code": False,
        "voucher": {
            "type": "GIFT_VOUCHER",
            "gift": {"amount": 3000, "effect": "APPLY_TO_ORDER"},
            "discount": None,
            "loyalty_card": None,
            "redemption": {"quantity": None, "redeemed_quantity": 0},
        },
        "auto_join": False,
        "join_once": False,
        "active": True,
        "category_id": None,
        "category": None,
        "metadata": {},
        "created_at": "2025-01-05T12:00:41.775Z",
        "object": "campaign",
    }


def referral_campaign() -> Json:
    return {
        "id": REFERRAL_CAMPAIGN,
        "name": "Bring a Friend",
        "campaign_type": "REFERRAL_PROGRAM",
        "type": "AUTO_UPDATE",
        "is_referral_code": True,
        "referral_program": {"conversion_event_type": "redemption"},
        "auto_join": False,
        "join_once": False,
        "active": True,
        "category_id": None,
        "category": None,
        "metadata": {},
        "start_date": None,
        "expiration_date": None,
        "created_at": "2025-02-14T10:10:10.101Z",
        "object": "campaign",
    }


# -- vouchers


def discount_voucher(*, id: str = DISCOUNT_CODE, code: str = "ROAST-7K2Q") -> Json:
    """A discount code with null start/expiration dates, null gift and loyalty_card, an integer
    `percent_off` in a number field and the undocumented `percent_off_formula`."""
    return {
        "id": id,
        "code": code,
        "type": "DISCOUNT_VOUCHER",
        "campaign": "Autumn Roast Sale",
        "campaign_id": DISCOUNT_CAMPAIGN,
        "discount": {
            "type": "PERCENT",
            "percent_off": 15,
            "amount_limit": 2500,
            "effect": "APPLY_TO_ORDER",
            "percent_off_formula": "IF(ORDER_AMOUNT > 8000;20;15)",
        },
        "gift": None,
        "loyalty_card": None,
        "is_referral_code": False,
        "holder_id": MIRA,
        "category_id": CATEGORY,
        "active": True,
        "start_date": None,
        "expiration_date": None,
        "redemption": {"quantity": 1, "redeemed_quantity": 1},
        "metadata": {},
        "created_at": "2025-09-02T11:20:31.662Z",
        "updated_at": "2025-09-20T14:05:12.090Z",
        "object": "voucher",
    }


def published_voucher() -> Json:
    """A discount code as a publication embeds it: the listing links `redemption.url` and
    `publish`, `assets`, a `category` NAME and validity fields the docs do not list."""
    voucher = discount_voucher(id="v_Pb2Ek5Hn8Kq1Nt4Qw7Tz0Wc3Zf6Ci9Fl", code="ROAST-9M4X")
    voucher["redemption"] = {
        "quantity": 1,
        "redeemed_quantity": 0,
        "object": "list",
        "url": "/v1/vouchers/ROAST-9M4X/redemptions?page=1&limit=10",
    }
    voucher["publish"] = {
        "object": "list",
        "count": 1,
        "url": "/v1/vouchers/ROAST-9M4X/publications?page=1&limit=10",
    }
    voucher["assets"] = {"qr": {"id": "8f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0", "url": "{{qr}}"}}
    voucher["category"] = "Seasonal"
    voucher["categories"] = [
        {
            "id": CATEGORY,
            "name": "Seasonal",
            "hierarchy": 2,
            "created_at": "2025-08-28T09:00:00.000Z",
            "object": "category",
        }
    ]
    voucher["validity_timeframe"] = None
    voucher["validity_day_of_week"] = None
    voucher["additional_info"] = None
    return voucher


def voucher_stub(*, id: str = DISCOUNT_CODE, code: str = "ROAST-7K2Q") -> Json:
    """The voucher inside a redemption record: no type or discount, and `active: null`."""
    return {
        "id": id,
        "code": code,
        "campaign": "Autumn Roast Sale",
        "campaign_id": DISCOUNT_CAMPAIGN,
        "active": None,
        "object": "voucher",
    }


def loyalty_card(
    *,
    id: str = LOYALTY_CARD,
    code: str = "BEAN-4R8T2W",
    points: int = 640,
    balance: int = 430,
    pending_points: int | None = None,
    holder: str = MIRA,
    created_at: str = "2024-06-10T09:00:05.302Z",
) -> Json:
    """A loyalty card: gift and discount null, start/expiration dates null."""
    card: Json = {"points": points, "balance": balance, "next_expiration_date": "2026-06-30"}
    if pending_points is not None:
        card["pending_points"] = pending_points
    return {
        "id": id,
        "code": code,
        "type": "LOYALTY_CARD",
        "campaign": "Bean Club",
        "campaign_id": LOYALTY_CAMPAIGN,
        "gift": None,
        "discount": None,
        "loyalty_card": card,
        "is_referral_code": False,
        "holder_id": holder,
        "category_id": None,
        "active": True,
        "start_date": None,
        "expiration_date": None,
        "redemption": {"quantity": None, "redeemed_quantity": 2, "redeemed_points": 210},
        "metadata": {},
        "created_at": created_at,
        "updated_at": "2025-09-20T14:05:12.377Z",
        "object": "voucher",
    }


def gift_card(*, amount: int = 5000, balance: int = 4200) -> Json:
    return {
        "id": GIFT_CARD,
        "code": "GIFT-3HX9",
        "type": "GIFT_VOUCHER",
        "campaign": "Gift Cards 2025",
        "campaign_id": GIFT_CAMPAIGN,
        "gift": {"amount": amount, "balance": balance, "effect": "APPLY_TO_ORDER"},
        "discount": None,
        "loyalty_card": None,
        "is_referral_code": False,
        "holder_id": MIRA,
        "category_id": None,
        "active": True,
        "start_date": None,
        "expiration_date": None,
        "redemption": {"quantity": None, "redeemed_quantity": 1, "redeemed_amount": 800},
        "metadata": {},
        "created_at": "2025-01-05T12:02:10.004Z",
        "object": "voucher",
    }


def referral_code() -> Json:
    return {
        "id": REFERRAL_CODE,
        "code": "FRIEND-5QZ",
        "type": "DISCOUNT_VOUCHER",
        "campaign": "Bring a Friend",
        "campaign_id": REFERRAL_CAMPAIGN,
        "discount": {"type": "AMOUNT", "effect": "APPLY_TO_ORDER", "amount_off": 700},
        "is_referral_code": True,
        "holder_id": OMAR,
        "referrer_id": OMAR,
        "category_id": None,
        "active": True,
        "start_date": None,
        "expiration_date": None,
        "redemption": {"quantity": None, "redeemed_quantity": 0},
        "metadata": {},
        "created_at": "2025-02-14T10:11:02.550Z",
        "object": "voucher",
    }


# -- orders


def order_items() -> list[Json]:
    """Order lines whose `product` is a bare {name, price} and that have no source_id."""
    return [
        {
            "object": "order_item",
            "product_id": "prod_0f8a1b2c3d4e5f6a70",
            "quantity": 2,
            "amount": 3200,
            "price": 1600,
            "subtotal_amount": 3200,
            "product": {"name": "Ethiopia Guji 250 g", "price": 1600},
        },
        {
            "object": "order_item",
            "product_id": "prod_5h1pp1ng0000000000",
            "quantity": 1,
            "amount": 0,
            "price": 0,
            "subtotal_amount": 0,
            "product": {"name": "Shipping"},
        },
    ]


def order(
    *,
    id: str = ORDER,
    status: str = "PAID",
    customer_id: str = MIRA,
    with_discount: bool = False,
    updated_at: str | None = None,
) -> Json:
    """An order with `source_id: null` and `referrer_id: null`, its customer a bare reference."""
    body: Json = {
        "id": id,
        "source_id": None,
        "status": status,
        "amount": 3200,
        "total_amount": 3200,
        "items": order_items(),
        "metadata": {"channel": "web"},
        "customer": customer_reference(customer_id),
        "customer_id": customer_id,
        "referrer_id": None,
        "created_at": "2025-09-20T14:04:58.731Z",
        "updated_at": updated_at,
        "object": "order",
    }
    if with_discount:
        body.update(discount_amount=480, total_discount_amount=480, total_amount=2720)
    return body


def simple_order(*, id: str = ORDER, status: str = "PAID") -> Json:
    """An order as a redemption embeds it: no customer reference, `source_id: null`."""
    return {
        "id": id,
        "source_id": None,
        "status": status,
        "customer_id": MIRA,
        "referrer_id": None,
        "amount": 3200,
        "discount_amount": 480,
        "applied_discount_amount": 480,
        "total_discount_amount": 480,
        "total_applied_discount_amount": 480,
        "total_amount": 2720,
        "items": [
            {
                "object": "order_item",
                "product_id": "prod_0f8a1b2c3d4e5f6a70",
                "quantity": 2,
                "amount": 3200,
                "price": 1600,
                "subtotal_amount": 3200,
            }
        ],
        "metadata": {},
        "created_at": "2025-09-20T14:04:58.731Z",
        "object": "order",
    }


def empty_order(*, status: str = "CANCELED") -> Json:
    """An order with no lines and no amounts at all."""
    return {
        "id": SECOND_ORDER,
        "items": [],
        "status": status,
        "metadata": {},
        "source_id": None,
        "customer_id": MIRA,
        "referrer_id": None,
        "created_at": "2025-03-03T18:40:02.115Z",
        "object": "order",
    }


# -- redemptions


def redemption(
    *,
    id: str = "r_0f9b8a7c6d5e4f3a21",
    status: str = "SUCCEEDED",
    voucher: Json | None = None,
    order: Json | None = None,
) -> Json:
    return {
        "id": id,
        "customer_id": MIRA,
        "tracking_id": "track_Qm3x+Lr8Tz1==",
        "date": "2025-09-20T14:05:12.118Z",
        "amount": 480,
        "order": simple_order() if order is None else order,
        "customer": customer(),
        "result": "SUCCESS",
        "status": status,
        "voucher": discount_voucher() if voucher is None else voucher,
        "metadata": {"store_ids": []},
        "channel": {"channel_id": "user_Np4QrT7vWy0Zb3Ce6Fh9Ik2L", "channel_type": "API"},
        "object": "redemption",
    }


def failed_redemption() -> Json:
    """A failed redemption: `rf_` ID, no order, voucher or amount, a failure code."""
    return {
        "id": "rf_0f9b8a7c6d5e4f3a40",
        "date": "2025-09-21T08:00:01.900Z",
        "customer_id": MIRA,
        "tracking_id": "track_Qm3x+Lr8Tz1==",
        "customer": customer(),
        "result": "FAILURE",
        "status": "FAILED",
        "metadata": {},
        "failure_code": "no_applicable_redeemables",
        "failure_message": "No applicable redeemables",
        "object": "redemption",
    }


def rollback(*, failed: bool = False) -> Json:
    """A rollback record (`rr_`, or `rrf_` when it failed) naming its redemption by ID, with
    `metadata: null`."""
    body: Json = {
        "id": "rrf_0f9c1d2e3f4a5b6c70" if failed else "rr_0f9c1d2e3f4a5b6c71",
        "customer_id": MIRA,
        "tracking_id": "track_Qm3x+Lr8Tz1==",
        "date": "2025-09-22T10:15:00.412Z",
        "customer": customer(),
        "voucher": discount_voucher(),
        "redemption": "r_0f9b8a7c6d5e4f3a21",
        "metadata": None,
        "object": "redemption_rollback",
    }
    if failed:
        body.update(
            result="FAILURE",
            status="FAILED",
            failure_code="already_rolled_back",
            failure_message="Already rolled back",
        )
    else:
        body.update(
            result="SUCCESS",
            status="SUCCEEDED",
            reason="Customer returned the beans",
            order=simple_order(status="CANCELED"),
        )
    return body


# -- loyalty


def loyalty_tier(
    id: str = SILVER_TIER,
    name: str = "Silver",
    *,
    points_from: int = 0,
    points_to: int | None = 499,
    earning_rules: Json | None = None,
) -> Json:
    """A loyalty tier; with `points_to=None` the open-ended top tier (no `to` at all)."""
    points: Json = {"from": points_from}
    if points_to is not None:
        points["to"] = points_to
    return {
        "id": id,
        "name": name,
        "campaign_id": LOYALTY_CAMPAIGN,
        "metadata": {},
        "created_at": "2024-06-10T09:01:00.500Z",
        "updated_at": None,
        "earning_rules": {} if earning_rules is None else earning_rules,
        "rewards": {},
        "config": {"points": dict(points)},
        "points": points,
        "object": "loyalty_tier",
    }


def proportional_earning_rule() -> Json:
    """An earning rule as the examples send it: `event: "order.paid"` (no `customer.` prefix)
    and a proportional formula with no `points`, under undocumented keys."""
    return {
        "id": EARNING_RULE,
        "created_at": "2024-06-10T09:02:11.004512Z",
        "updated_at": None,
        "validation_rule_id": None,
        "loyalty": {
            "type": "PROPORTIONAL",
            "calculation_type": "ORDER_TOTAL_AMOUNT",
            "order": {"total_amount": {"every": 100, "points": 1}},
        },
        "event": "order.paid",
        "source": {
            "banner": "1 bean per 1 EUR",
            "object_id": LOYALTY_CAMPAIGN,
            "object_type": "campaign",
        },
        "active": True,
        "automation_id": "auto_Kx8TqW1mNz4RvC7pLb0YsH3f",
        "metadata": {},
        "object": "earning_rule",
    }


def balance(
    *,
    kind: str = "loyalty_card",
    total: int = 640,
    change: int = 40,
    balance: int = 430,
    voucher: str = LOYALTY_CARD,
    operation_type: str | None = "AUTOMATIC",
) -> Json:
    """A VoucherBalance; `operation_type=None` leaves it out, as some examples do."""
    body: Json = {
        "type": kind,
        "total": total,
        ("points" if kind == "loyalty_card" else "amount"): change,
        "balance": balance,
        "object": "balance",
        "related_object": {"id": voucher, "type": "voucher"},
    }
    if operation_type is not None:
        body["operation_type"] = operation_type
    return body


def pending_points_balance(*, change: int, total: int) -> Json:
    """The pending-points balance: no `type` or `balance`, a signed change."""
    return {
        "points": change,
        "total": total,
        "object": "balance",
        "related_object": {"type": "voucher", "id": LOYALTY_CARD},
        "operation_type": "MANUAL" if change < 0 else "AUTOMATIC",
    }


def transaction(
    *,
    id: str = "vtx_0f9d2e3f4a5b6c7d81",
    type: str = "POINTS_ACCRUAL",
    voucher: str = LOYALTY_CARD,
    campaign: str = LOYALTY_CAMPAIGN,
    details: Json | None = None,
    source: str | None = None,
    reason: str | None = None,
) -> Json:
    return {
        "id": id,
        "source_id": None,
        "voucher_id": voucher,
        "campaign_id": campaign,
        "source": source,
        "reason": reason,
        "type": type,
        "details": {"balance": balance(voucher=voucher)} if details is None else details,
        "related_transaction_id": None,
        "created_at": "2025-09-20T14:05:12.377Z",
    }


def bare_transaction() -> Json:
    """A transaction reduced to id, type, campaign and time, with `details: null`."""
    return {
        "id": "vtx_0f9d2e3f4a5b6c7d90",
        "type": "CREDITS_ADDITION",
        "details": None,
        "created_at": "2025-09-18T09:30:00.250Z",
        "campaign_id": GIFT_CAMPAIGN,
    }


def order_paid_event(*, with_source: bool = True) -> Json:
    """The `customer.order.paid` event behind an effect; inside pending points it carries an
    undocumented `event_source`, which names only what its channel implies."""
    event: Json = {
        "id": "evcus_0f9e3f4a5b6c7d8e91",
        "type": "customer.order.paid",
        "group_id": "v-0f9e3f4a5b6c7d8e90",
        "entity_id": MIRA,
        "created_at": "2025-09-20T14:04:58.802Z",
        "category": "EFFECT",
    }
    if with_source:
        event["event_source"] = user_portal_source()
    return event


def pending_points(*, id: str = "lopp_0f9e4a5b6c7d8e9f01", points: int = 32) -> Json:
    return {
        "id": id,
        "voucher_id": LOYALTY_CARD,
        "campaign_id": LOYALTY_CAMPAIGN,
        "customer_id": MIRA,
        "order_id": ORDER,
        "points": points,
        "activates_at": "2025-10-04",
        "details": {
            "holder_loyalty_tier": {"id": GOLD_TIER, "name": "Gold"},
            "event": order_paid_event(),
            "earning_rule": {"id": EARNING_RULE, "source": {"banner": "Beans after 14 days"}},
            "order": {"id": ORDER, "source_id": None},
        },
        "created_at": "2025-09-20T14:05:13.001Z",
    }


def points_bucket() -> Json:
    return {
        "id": "lopb_Vx2NqL7tKz4WbR9mPc1HsJ5d",
        "voucher_id": LOYALTY_CARD,
        "campaign_id": LOYALTY_CAMPAIGN,
        "bucket": {"total_points": 90},
        "status": "ACTIVE",
        "expires_at": "2025-09-30",
        "created_at": "2024-09-30T11:11:42.908Z",
        "updated_at": "2025-09-30T00:03:10.006Z",
        "object": "loyalty_points_bucket",
    }


# -- rewards


def coupon_reward() -> Json:
    return {
        "id": "rew_Fz3KpW8nTq1VxB6mLc4RsJ9h",
        "name": "10% off the next bag",
        "type": "CAMPAIGN",
        "assignment_id": "rewa_Mc5TzQ2kWx8NvL1pBr4HsY7f",
        "voucher": {
            "id": REWARD_COUPON,
            "code": "BEANS-K2P9",
            "type": "DISCOUNT_VOUCHER",
            "discount": {"type": "PERCENT", "percent_off": 10, "effect": "APPLY_TO_ORDER"},
            "campaign": "Bean Club rewards",
            "campaign_id": REWARD_CAMPAIGN,
            "holder_id": MIRA,
            "active": True,
            "start_date": None,
            "expiration_date": None,
            "metadata": {},
            "created_at": "2025-09-23T12:00:00.640Z",
            "object": "voucher",
        },
        "object": "reward",
    }


def material_reward() -> Json:
    """A material reward whose product is an untyped {id, name, source_id}."""
    return {
        "id": "rew_Pd7WnL2xKq5TzC8mBv1RsH4j",
        "name": "Branded mug",
        "type": "MATERIAL",
        "assignment_id": "rewa_Ha8KxT3nWq6ZvB1mLp5RsC2d",
        "product": {"id": "prod_0f8a1b2c3d4e5f6a99", "name": "Mug", "source_id": "mug-nw"},
        "parameters": {"product": {"id": "prod_0f8a1b2c3d4e5f6a99", "sku_id": None}},
        "created_at": "2024-06-10T09:05:00.000Z",
        "updated_at": None,
        "object": "reward",
    }


def reward_assignment(*, id: str = "rewa_Mc5TzQ2kWx8NvL1pBr4HsY7f") -> Json:
    return {
        "id": id,
        "reward_id": "rew_Fz3KpW8nTq1VxB6mLc4RsJ9h",
        "related_object_id": LOYALTY_CAMPAIGN,
        "related_object_type": "campaign",
        "parameters": {"loyalty": {"points": 200}},
        "created_at": "2024-06-10T09:06:30.212Z",
        "updated_at": None,
        "object": "reward_assignment",
    }


def reward_redemption_record(state: str) -> Json:
    return {
        "id": "rewr_Tn4WqK9xLz2VbC7mPs1HdR5f",
        "state": state,
        "source_id": "r_0f9f5b6c7d8e9fa0b1",
        "source_type": "redemption",
        "voucher_id": LOYALTY_CARD,
        "campaign_id": LOYALTY_CAMPAIGN,
        "customer_id": MIRA,
        "reward_assignment_id": "rewa_Mc5TzQ2kWx8NvL1pBr4HsY7f",
        "created_at": "2025-09-23T12:00:00.512Z",
        "updated_at": None,
    }


def redemption_source() -> Json:
    """`source` of a reward redemption: the redemption as an object, not the documented string."""
    return {"id": "r_0f9f5b6c7d8e9fa0b1", "type": "redemption"}


# -- segments, publications, validations, holders, custom events


def segment(name: str = "Weekend regulars") -> Json:
    return {"id": "seg_Wk3NpT8qLx1ZvB6mRc4HsJ9d", "name": name, "object": "segment"}


def publication(*, channel: str = "voucherify-web-ui", voucher: Json | None = None) -> Json:
    """A publication: free-form `channel`, customer with null summaries, null source_id."""
    return {
        "id": "pub_Hq5XwN2kTz8LvC1mBp4RsJ7fYd0Gc3Ka",
        "object": "publication",
        "created_at": "2025-09-23T12:00:00.700Z",
        "customer_id": MIRA,
        "tracking_id": "nw-mira-sandoval",
        "metadata": {},
        "channel": channel,
        "source_id": None,
        "result": "SUCCESS",
        "customer": {
            "id": MIRA,
            "source_id": "nw-mira-sandoval",
            "name": "Mira Sandoval",
            "address": None,
            "summary": None,
            "loyalty": None,
            "referrals": None,
            "object": "customer",
        },
        "voucher": published_voucher() if voucher is None else voucher,
        "vouchers_id": ["v_Pb2Ek5Hn8Kq1Nt4Qw7Tz0Wc3Zf6Ci9Fl"],
    }


def validation(*, valid: bool) -> Json:
    body: Json = {
        "id": "valid_0f9f6c7d8e9fa0b1c2",
        "session_id": None,
        "status": "VALID" if valid else "INVALID",
        "created_at": "2025-09-20T14:04:59.002Z",
        "customer_id": MIRA,
        "redeemables": [{"id": DISCOUNT_CODE, "type": "voucher"}] if valid else [],
        "skipped_redeemables": [],
        "inapplicable_redeemables": (
            [] if valid else [{"id": "promo_Tq7WnK2xLz5VbC8mPs1HdR4f", "type": "promotion_tier"}]
        ),
    }
    return body


def redeemable_holder(*, id: str = "rh_0f9f7d8e9fa0b1c2d3", role: str = "REFEREE") -> Json:
    """A holder assignment whose `publication_id` is null."""
    return {
        "id": id,
        "object": "redeemable_holder",
        "created_at": "2025-02-15T08:30:00.333Z",
        "campaign_id": REFERRAL_CAMPAIGN,
        "customer_id": ANON,
        "holder_role": role,
        "voucher_type": "DISCOUNT_VOUCHER",
        "campaign_type": "REFERRAL_PROGRAM",
        "redeemable_id": REFERRAL_CODE,
        "publication_id": None,
        "redeemable_object": "voucher",
    }


def custom_event(*, customer_id: str = LENA) -> Json:
    """A custom event: `event_`-prefixed ID, its customer a bare {id}, referral and loyalty null."""
    return {
        "id": "event_0f9f8e9fa0b1c2d3e4",
        "object": "event",
        "type": "tasting_booked",
        "customer": {"id": customer_id},
        "referral": None,
        "loyalty": None,
        "metadata": {"origin": "kiosk"},
        "created_at": "2025-09-24T17:45:09.600Z",
    }


def event_schema() -> Json:
    return {"id": "ms_Tb4NqW9xKz2LvC7mRp1HsJ5d", "name": "tasting_booked"}


def distribution(*, status: str = "TO SEND") -> Json:
    return {
        "id": "distr_Nx6KqT1wLz9VbC4mRp7HsJ2dYf",
        "created_at": "2025-09-10T07:00:00.000Z",
        "updated_at": None,
        "status": status,
        "distribution_channels": ["webhook"],
    }


# -- v2: loyalty program resources


def program(*, status: str = "ACTIVE", end_date: str | None = None) -> Json:
    return {
        "id": PROGRAM,
        "name": "Bean Club 2",
        "status": status,
        "start_date": "2025-01-01T00:00:00Z",
        "end_date": end_date,
        "metadata": {},
        "created_at": "2024-12-01T10:00:00Z",
        "updated_at": None,
        "object": "program",
    }


def card_definition() -> Json:
    return {
        "id": "lcdef_9b2d4f6a8c0e1a3b",
        "name": "Bean Club card",
        "type": "INDIVIDUAL",
        "status": "ACTIVE",
        "metadata": {},
        "created_at": "2024-12-01T10:05:00Z",
        "updated_at": None,
        "object": "card_definition",
    }


def earning_rule_v2() -> Json:
    return {
        "id": "lern_7c9e1a3b5d7f9b2d",
        "name": "2 beans per 1 EUR",
        "status": "ACTIVE",
        "metadata": {},
        "created_at": "2024-12-01T10:06:00Z",
        "updated_at": None,
        "object": "earning_rule",
    }


def reward_v2(*, status: str = "ACTIVE") -> Json:
    return {
        "id": "lrew_5e7a9c1b3d5f7a9c",
        "name": "Free cortado",
        "type": "DIGITAL",
        "status": status,
        "metadata": {},
        "created_at": "2024-12-02T09:00:00Z",
        "updated_at": None,
        "object": "reward",
    }


def tier_structure() -> Json:
    return {
        "id": "lts_3a5c7e9b1d3f5a7c",
        "name": "Bean Club tiers",
        "type": "POINT_BALANCE",
        "card_definition_id": "lcdef_9b2d4f6a8c0e1a3b",
        "status": "ACTIVE",
        "metadata": {},
        "created_at": "2024-12-02T09:30:00Z",
        "updated_at": None,
        "object": "tier_structure",
    }


def assignment(resource: str, resource_id: str, *, created_at: str) -> Json:
    """The program's link to an assigned resource, e.g. `program_reward` naming `reward_id`."""
    return {
        f"{resource}_id": resource_id,
        "created_at": created_at,
        "updated_at": None,
        "object": f"program_{resource}",
    }
