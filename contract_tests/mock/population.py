"""Who and what the mock's activities are about: customers, programs, campaigns, vouchers.

Everything is fixed or drawn from seeded `random.Random` instances (string seeds hash with SHA-512,
so results do not depend on `PYTHONHASHSEED`). The activities themselves are the evidence
fixtures, rebound to these (see `rebinding`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from random import Random

from .rebinding import Campaign
from .timeutil import ms_of

DATASET_SEED = "voucherify-activity-mock/1"

APP_ID = "mock-app-id"
APP_TOKEN = "mock-app-token"
BEARER_TOKEN = "mock-bearer-token"

BIG_CUSTOMER_ID = "cust_8tQv2kGJ3mX9pR4sLw7nYb1c"
SMALL_CUSTOMER_ID = "cust_2hN5kP8rT1vX4zB7dF0gJ3mQ"
EMPTY_CUSTOMER_ID = "cust_5wE8rT2yU6iO0pA3sD7fG1hJ"
HUGE_CUSTOMER_ID = "cust_9zZ0yY1xX2wW3vV4uU5tT6sS"
BIG_PROGRAM_ID = "lprg_0a1b2c3d4e5f6071"
EMPTY_PROGRAM_ID = "lprg_ffee00112233aabb"


@dataclass(frozen=True)
class FeedSeed:
    """One customer's or program's feed: how many activities, over which period."""

    owner_id: str
    name: str
    activities: int
    start_ms: int
    end_ms: int
    source_id: str | None = None
    warm: bool = True  # built when a server starts (False: on first use)

    @property
    def aliases(self) -> tuple[str, ...]:
        return (self.owner_id,) if self.source_id is None else (self.owner_id, self.source_id)

    @property
    def identity(self) -> dict[str, str]:
        """What the fixtures' customer or program is rebound to (see `rebinding.IDENTITY`)."""
        found = {"id": self.owner_id, "name": self.name}
        return found if self.source_id is None else {**found, "source_id": self.source_id}


CUSTOMERS = (
    FeedSeed(BIG_CUSTOMER_ID, "Ada Lovelace", 2_400, ms_of(2021, 1, 4), ms_of(2025, 12, 20),
             "crm-big-001"),
    FeedSeed(SMALL_CUSTOMER_ID, "Grace Hopper", 25, ms_of(2025, 3, 1), ms_of(2025, 11, 30),
             "crm-small-002"),
    FeedSeed(EMPTY_CUSTOMER_ID, "Alan Turing", 0, ms_of(2025, 1, 1), ms_of(2025, 1, 2),
             "crm-empty-003"),
    FeedSeed(HUGE_CUSTOMER_ID, "Linus Torvalds", 10_500, ms_of(2019, 1, 1), ms_of(2025, 12, 31),
             "crm-huge-004", warm=False),
)  # fmt: skip
PROGRAMS = (
    FeedSeed(BIG_PROGRAM_ID, "Coffee Club", 360, ms_of(2023, 6, 1), ms_of(2025, 12, 15)),
    FeedSeed(EMPTY_PROGRAM_ID, "Tea Lovers (draft)", 0, ms_of(2025, 1, 1), ms_of(2025, 1, 2)),
)

_CAMPAIGN_NAMES = {
    "DISCOUNT_COUPONS": ("Welcome 10% Off", "Win-back 15%", "Student Discount"),
    "GIFT_VOUCHERS": ("Holiday Gift Card", "Corporate Gift Card", "Birthday Gift Card"),
    "REFERRAL_PROGRAM": ("Refer a Friend", "Ambassador Program", "Double Referral Bonus"),
    "LOYALTY_PROGRAM": ("Coffee Club Points", "Gold Members Club", "Green Rewards"),
}
CAMPAIGNS_PER_TYPE = 3
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I look-alikes


def _random(key: str, alphabet: str, length: int) -> str:
    return "".join(Random(f"{DATASET_SEED}:{key}").choices(alphabet, k=length))


def campaign_catalogue(campaign_types: Iterable[str]) -> tuple[Campaign, ...]:
    """`CAMPAIGNS_PER_TYPE` campaigns of each campaign type."""
    campaigns = []
    for campaign_type in campaign_types:
        names = _CAMPAIGN_NAMES.get(campaign_type, ())
        for index in range(CAMPAIGNS_PER_TYPE):
            name = names[index] if index < len(names) else f"{campaign_type.title()} #{index + 1}"
            key = f"campaign:{campaign_type}:{index}"
            campaigns.append(Campaign("camp_" + _random(key, ALNUM, 24), name, campaign_type))
    return tuple(campaigns)


def voucher_in(owner_id: str, campaign: Campaign) -> dict[str, str]:
    """The feed owner's voucher (or card) in a campaign: its id and code."""
    key = f"voucher:{owner_id}:{campaign.id}"
    initials = "".join(word[0] for word in campaign.name.split()).upper()
    return {
        "id": "v_" + _random(key, ALNUM, 24),
        "code": f"{initials}-{_random(key + ':code', _CODE_ALPHABET, 6)}",
    }
