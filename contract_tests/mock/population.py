"""Who and what the mock's activities are about: customers, campaigns, vouchers, programs.

Everything is fixed or drawn from seeded `random.Random` instances (string seeds hash with SHA-512,
so results do not depend on `PYTHONHASHSEED`). Entity records use Voucherify's field names; the
synthesizer copies a field into a payload only where the payload's schema declares and accepts it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from random import Random
from typing import Any

from .randtext import ALNUM, random_string
from .timeutil import iso_from_ms, ms_of

DATASET_SEED = "voucherify-activity-mock/1"
MS_PER_DAY = 86_400_000

APP_ID = "mock-app-id"
APP_TOKEN = "mock-app-token"
BEARER_TOKEN = "mock-bearer-token"

BIG_CUSTOMER_ID = "cust_8tQv2kGJ3mX9pR4sLw7nYb1c"
SMALL_CUSTOMER_ID = "cust_2hN5kP8rT1vX4zB7dF0gJ3mQ"
EMPTY_CUSTOMER_ID = "cust_5wE8rT2yU6iO0pA3sD7fG1hJ"
HUGE_CUSTOMER_ID = "cust_9zZ0yY1xX2wW3vV4uU5tT6sS"
BIG_PROGRAM_ID = "lprg_0a1b2c3d4e5f6071"
EMPTY_PROGRAM_ID = "lprg_ffee00112233aabb"
REFERRER_ID = "cust_4rF7tG1yH5uJ9iK3oL6pZ2xC"


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
    "PROMOTION": ("Black Friday", "Spring Sale", "Free Shipping Week"),
    "DISCOUNT_COUPONS": ("Welcome 10% Off", "Win-back 15%", "Student Discount"),
    "GIFT_VOUCHERS": ("Holiday Gift Card", "Corporate Gift Card", "Birthday Gift Card"),
    "REFERRAL_PROGRAM": ("Refer a Friend", "Ambassador Program", "Double Referral Bonus"),
    "LOYALTY_PROGRAM": ("Coffee Club Points", "Gold Members Club", "Green Rewards"),
}
CAMPAIGNS_PER_TYPE = 3
_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I look-alikes
_VOUCHER_TYPES = {"GIFT_VOUCHERS": "GIFT_VOUCHER", "LOYALTY_PROGRAM": "LOYALTY_CARD"}


def _random_id(seed: str, prefix: str, length: int = 24) -> str:
    return prefix + random_string(Random(f"{DATASET_SEED}:{seed}"), ALNUM, length)


def customer_entity(seed: FeedSeed) -> dict[str, Any]:
    first, _, last = seed.name.partition(" ")
    rng = Random(f"{DATASET_SEED}:customer:{seed.owner_id}")
    return {
        "id": seed.owner_id,
        "source_id": seed.source_id,
        "name": seed.name,
        "email": f"{first}.{last}@example.com".lower(),
        "phone": f"+1 555 01{rng.randint(0, 99):02d}",
        "created_at": iso_from_ms(seed.start_ms - 30 * MS_PER_DAY),
        "object": "customer",
    }


def referrer_entity() -> dict[str, Any]:
    return customer_entity(
        FeedSeed(REFERRER_ID, "Katherine Johnson", 0, ms_of(2018, 5, 1), ms_of(2018, 5, 2),
                 "crm-referrer-900")
    )  # fmt: skip


def campaign_catalogue(campaign_types: Sequence[str]) -> tuple[dict[str, Any], ...]:
    """`CAMPAIGNS_PER_TYPE` campaigns of every campaign type the spec knows."""
    campaigns = []
    for campaign_type in campaign_types:
        title = campaign_type.replace("_", " ").title()
        names = _CAMPAIGN_NAMES.get(campaign_type, ())
        for index in range(CAMPAIGNS_PER_TYPE):
            name = names[index] if index < len(names) else f"{title} #{index + 1}"
            campaigns.append(
                {
                    "id": _random_id(f"campaign:{campaign_type}:{index}", "camp_"),
                    "name": name,
                    "campaign_type": campaign_type,
                    "type": "AUTO_UPDATE" if index % 2 else "STATIC",
                    "active": True,
                    "created_at": iso_from_ms(ms_of(2018, 1 + index, 10)),
                    "object": "campaign",
                }
            )
    return tuple(campaigns)


def voucher_entity(customer: Mapping[str, Any], campaign: Mapping[str, Any]) -> dict[str, Any]:
    """The customer's voucher (or card) in a campaign."""
    key = f"voucher:{customer['id']}:{campaign['id']}"
    rng = Random(f"{DATASET_SEED}:{key}")
    code_prefix = "".join(word[0] for word in str(campaign["name"]).split()).upper()
    code = f"{code_prefix}-{random_string(rng, _CODE_ALPHABET, 6)}"
    return {
        "id": _random_id(key, "v_"),
        "code": code,
        "campaign": campaign["name"],
        "campaign_id": campaign["id"],
        "type": _VOUCHER_TYPES.get(str(campaign["campaign_type"]), "DISCOUNT_VOUCHER"),
        "active": True,
        "holder_id": customer["id"],
        "object": "voucher",
    }


def program_entity(seed: FeedSeed) -> dict[str, Any]:
    return {
        "id": seed.owner_id,
        "name": seed.name,
        "status": "ACTIVE" if seed.activities else "DRAFT",
        "start_date": iso_from_ms(seed.start_ms),
        "end_date": None,
        "metadata": {"region": "EU", "owner_team": "crm"},
        "created_at": iso_from_ms(seed.start_ms - 14 * MS_PER_DAY),
        "updated_at": iso_from_ms(seed.start_ms - 7 * MS_PER_DAY),
        "object": "loyalty_program",
    }
