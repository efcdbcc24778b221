"""ACTION / EFFECT category of each event type, for the v1 `category` filter.

Voucherify documents the filter ("ACTION: something the customer did, EFFECT: its consequence")
but not the assignment, so the mock derives it from the event name with this ordered rule table
(first match wins). Rules are patterns so that event types added to the spec get a category
without code changes; `tests/mock` checks every documented type is covered by a rule other than
the final fallback.

| pattern                          | category | why                                              |
|----------------------------------|----------|--------------------------------------------------|
| customer.redemption.*            | ACTION   | the customer redeemed (or rolled back) a voucher |
| customer.validation.*            | ACTION   | the customer's cart was validated                |
| customer.publication.*           | ACTION   | a voucher was requested for the customer         |
| customer.order.*                 | ACTION   | the customer's order changed                     |
| customer.reward_redemptions.*    | ACTION   | the customer exchanged points for a reward       |
| customer.consents.*              | ACTION   | the customer gave or revoked consent             |
| customer.custom_event            | ACTION   | a tracked customer action                        |
| customer.referred                | ACTION   | the customer used a referral code                |
| customer.confirmed/created/...   | ACTION   | the customer record itself changed               |
| customer.rewarded*               | EFFECT   | a reward granted as a consequence                |
| customer.voucher.*               | EFFECT   | balance/points changes on the customer's voucher |
| customer.segment*                | EFFECT   | segment membership recalculated                  |
| customer.loyalty.*               | EFFECT   | tier/points recalculated                         |
| customer.holder.*                | EFFECT   | the customer was made (or unmade) a holder       |
| customer.*.sent/recovered/failed | EFFECT   | a message sent to the customer by a distribution |
| vl.program.*                     | EFFECT   | program configuration changes (v2 has no filter) |
| *                                | ACTION   | fallback                                         |
"""

from __future__ import annotations

from fnmatch import fnmatchcase
from typing import Final, Literal

Category = Literal["ACTION", "EFFECT"]
ACTION: Final = "ACTION"
EFFECT: Final = "EFFECT"
FALLBACK_PATTERN: Final = "*"

RULES: tuple[tuple[str, Category], ...] = (
    ("customer.redemption.*", ACTION),
    ("customer.validation.*", ACTION),
    ("customer.publication.*", ACTION),
    ("customer.order.*", ACTION),
    ("customer.reward_redemptions.*", ACTION),
    ("customer.consents.*", ACTION),
    ("customer.custom_event", ACTION),
    ("customer.referred", ACTION),
    ("customer.confirmed", ACTION),
    ("customer.created", ACTION),
    ("customer.updated", ACTION),
    ("customer.deleted", ACTION),
    ("customer.rewarded*", EFFECT),
    ("customer.voucher.*", EFFECT),
    ("customer.segment*", EFFECT),
    ("customer.loyalty.*", EFFECT),
    ("customer.holder.*", EFFECT),
    ("customer.*.sent", EFFECT),
    ("customer.*.recovered", EFFECT),
    ("customer.*.failed", EFFECT),
    ("vl.program.*", EFFECT),
    (FALLBACK_PATTERN, ACTION),
)


def rule_for(event_type: str) -> tuple[str, Category]:
    """The first rule matching `event_type` (the fallback matches everything)."""
    return next(rule for rule in RULES if fnmatchcase(event_type, rule[0]))


def category_of(event_type: str) -> Category:
    return rule_for(event_type)[1]
