"""Which activities relate to a campaign, and of which campaign types.

The v1 `campaign_id` / `campaign_type` filters match an activity's related campaign. An event type
relates to campaigns when a rule below says so, or when its payload schema carries a campaign or
voucher anywhere (then any campaign type fits). The chosen campaign also fills every `campaign`,
`campaign_id`, `voucher`... in the payload (see `bindings`), so filters and payloads agree.
"""

from __future__ import annotations

from collections.abc import Sequence
from fnmatch import fnmatchcase

LOYALTY = ("LOYALTY_PROGRAM",)
GIFTS = ("GIFT_VOUCHERS",)
REFERRALS = ("REFERRAL_PROGRAM",)
ANY: tuple[str, ...] = ()  # every campaign type of the spec's enum

RULES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("customer.voucher.loyalty_card.*", LOYALTY),
    ("customer.rewarded.loyalty_points", LOYALTY),
    ("customer.loyalty.*", LOYALTY),
    ("customer.reward_redemptions.*", LOYALTY),
    ("customer.voucher.gift.*", GIFTS),
    ("customer.referred", REFERRALS),
    ("customer.rewarded", (*REFERRALS, *LOYALTY)),
    ("customer.redemption.*", ANY),
    ("customer.validation.*", ANY),
    ("customer.publication.*", ANY),
    ("customer.voucher.*", ANY),
    ("customer.holder.*", ANY),
)


def campaign_types_for(
    event_type: str, *, payload_has_campaign: bool, all_types: Sequence[str]
) -> tuple[str, ...]:
    """Campaign types an activity of `event_type` may relate to; empty means no campaign."""
    for pattern, wanted in RULES:
        if fnmatchcase(event_type, pattern):
            fitting = tuple(t for t in all_types if t in wanted) if wanted else tuple(all_types)
            return fitting or tuple(all_types)
    return tuple(all_types) if payload_has_campaign else ()
