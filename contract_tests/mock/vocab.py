"""Word lists and small generators that make synthesized strings look like real Voucherify data.

`text_for(name, parent)` picks a generator from a property's name (and its parent's name), the way
a person filling in a form would: `email` gets an address, `city` a city, `code` a voucher code.
"""

from __future__ import annotations

from collections.abc import Callable
from random import Random

from .randtext import ALNUM, between, pick, random_string

TextGenerator = Callable[[Random], str]

_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"

FIRST_NAMES = (
    "Ada", "Alan", "Grace", "Linus", "Margaret", "Dennis", "Barbara", "Ken", "Frances", "Edsger",
    "Radia", "Tim", "Katherine", "Guido", "Hedy", "Donald", "Joan", "Niklaus", "Sophie", "Yukihiro",
)  # fmt: skip
LAST_NAMES = (
    "Lovelace", "Turing", "Hopper", "Torvalds", "Hamilton", "Ritchie", "Liskov", "Thompson",
    "Allen", "Dijkstra", "Perlman", "Berners-Lee", "Johnson", "van Rossum", "Lamarr", "Knuth",
    "Clarke", "Wirth", "Wilson", "Matsumoto",
)  # fmt: skip
CITIES = (
    ("Warsaw", "Mazowieckie", "PL", "00-950"), ("Berlin", "Berlin", "DE", "10115"),
    ("Austin", "TX", "US", "73301"), ("Lyon", "Auvergne-Rhone-Alpes", "FR", "69001"),
    ("Osaka", "Osaka", "JP", "530-0001"), ("Toronto", "ON", "CA", "M5H 2N2"),
    ("Madrid", "Madrid", "ES", "28001"), ("Leeds", "West Yorkshire", "GB", "LS1 1UR"),
)  # fmt: skip
STREETS = (
    "Marszalkowska", "Unter den Linden", "Congress Avenue", "Rue de la Republique", "Midosuji",
    "King Street West", "Gran Via", "Briggate",
)  # fmt: skip
PRODUCTS = (
    "Espresso Beans 1kg", "Trail Running Shoes", "Wireless Earbuds", "Linen Shirt", "Yoga Mat",
    "Cast Iron Skillet", "Desk Lamp", "Rain Jacket", "Green Tea Sampler", "Leather Wallet",
)  # fmt: skip
ADJECTIVES = (
    "Summer", "Winter", "Spring", "Autumn", "Weekend", "Flash", "Member", "Welcome", "Holiday",
    "VIP", "Birthday", "Anniversary",
)  # fmt: skip
NOUNS = (
    "Sale", "Bonus", "Reward", "Boost", "Deal", "Offer", "Club", "Perk", "Treat", "Special",
)  # fmt: skip
WORDS = (
    "loyalty", "reward", "checkout", "basket", "member", "bonus", "tier", "points", "gift",
    "referral", "coupon", "order", "store", "mobile", "web", "newsletter", "season", "promo",
)  # fmt: skip
SENTENCES = (
    "Customer redeemed the voucher at checkout.",
    "Points granted for the completed order.",
    "Welcome offer for new newsletter subscribers.",
    "Seasonal promotion for returning members.",
    "Reward issued after a successful referral.",
    "Tier recalculated after the monthly review.",
)
SOURCES = ("Shopify", "Bigcommerce", "Salesforce", "HubSpot", "Segment", "Magento")
CURRENCIES = ("USD", "EUR", "PLN", "GBP", "JPY", "CAD")
LOCALES = ("en-US", "de-DE", "pl-PL", "fr-FR", "ja-JP", "es-ES")
METADATA_VALUES: tuple[tuple[str, tuple[str | int | bool, ...]], ...] = (
    ("locale", LOCALES),
    ("signup_channel", ("mobile_app", "web", "store", "call_center")),
    ("segment", ("gold", "silver", "bronze", "new")),
    ("newsletter", (True, False)),
    ("store_id", ("store-014", "store-102", "store-233")),
    ("lifetime_orders", (1, 4, 9, 17, 42)),
)

# Voucherify-style ID prefixes by the (singular) name of the object an `id` belongs to.
ID_PREFIXES = {
    "customer": "cust_", "holder": "cust_", "referrer": "cust_", "referee": "cust_",
    "campaign": "camp_", "voucher": "v_", "order": "ord_", "redemption": "r_",
    "redemption_rollback": "rr_", "rollback": "rr_", "promotion_tier": "promo_",
    "product": "prod_", "sku": "sku_", "reward": "rew_", "program_reward": "lprw_",
    "loyalty_tier": "ltr_", "tier": "ltr_", "segment": "seg_", "publication": "pub_",
    "validation": "valid_", "earning_rule": "ern_", "user": "user_", "event": "event_",
    "custom_event": "event_", "referral": "rf_", "consent": "cnst_", "transaction": "vtx_",
    "session": "ssn_", "location": "loc_", "category": "cat_", "card_definition": "lcd_",
    "tier_structure": "lts_", "reward_assignment": "rewa_", "event_schema": "ms_",
}  # fmt: skip


def singular(name: str) -> str:
    if name.endswith("ies"):
        return name[:-3] + "y"
    if name.endswith("s") and not name.endswith("ss"):
        return name[:-1]
    return name


def alnum_id(prefix: str, length: int = 24) -> TextGenerator:
    return lambda rng: prefix + random_string(rng, ALNUM, length)


def person_name(rng: Random) -> str:
    return f"{pick(rng, FIRST_NAMES)} {pick(rng, LAST_NAMES)}"


def email(rng: Random) -> str:
    first, last = pick(rng, FIRST_NAMES), pick(rng, LAST_NAMES)
    local = f"{first}.{last}".lower().replace(" ", "").replace("-", "")
    return f"{local}{between(rng, 1, 99)}@example.com"


def phone(rng: Random) -> str:
    return f"+1 555 01{between(rng, 0, 99):02d}"


def voucher_code(rng: Random) -> str:
    return f"{pick(rng, ADJECTIVES).upper()}-" + random_string(rng, _CODE_ALPHABET, 6)


def thing_name(rng: Random) -> str:
    return f"{pick(rng, ADJECTIVES)} {pick(rng, NOUNS)}"


def metadata(rng: Random) -> dict[str, str | int | bool]:
    """Three consecutive entries of `METADATA_VALUES` (cheaper than `sample`, just as varied)."""
    start = between(rng, 0, len(METADATA_VALUES) - 1)
    chosen = sorted((start + offset) % len(METADATA_VALUES) for offset in range(3))
    return {METADATA_VALUES[i][0]: pick(rng, METADATA_VALUES[i][1]) for i in chosen}


def _pick(values: tuple[str, ...]) -> TextGenerator:
    return lambda rng: pick(rng, values)


def _city_part(index: int) -> TextGenerator:
    return lambda rng: pick(rng, CITIES)[index]


def _words(rng: Random) -> str:
    return f"{pick(rng, WORDS)} {pick(rng, WORDS)}"


_BY_NAME: dict[str, TextGenerator] = {
    "email": email,
    "phone": phone,
    "first_name": lambda rng: pick(rng, FIRST_NAMES),
    "last_name": lambda rng: pick(rng, LAST_NAMES),
    "city": _city_part(0),
    "state": _city_part(1),
    "country": _city_part(2),
    "postal_code": _city_part(3),
    "zip": _city_part(3),
    "line_1": lambda rng: f"{between(rng, 1, 240)} {pick(rng, STREETS)}",
    "line_2": lambda rng: f"Apt {between(rng, 1, 40)}{pick(rng, 'ABCD')}",
    "code": voucher_code,
    "currency": _pick(CURRENCIES),
    "locale": _pick(LOCALES),
    "language": _pick(LOCALES),
    "source": _pick(SOURCES),
    "ip": lambda rng: f"203.0.113.{between(rng, 1, 254)}",
    "user_agent": lambda rng: "Mozilla/5.0 (X11; Linux x86_64) Gecko/20100101 Firefox/128.0",
    "description": _pick(SENTENCES),
    "message": _pick(SENTENCES),
    "comment": _pick(SENTENCES),
    "reason": _pick(SENTENCES),
    "text": _pick(SENTENCES),
    "banner": _pick(SENTENCES),
    "title": thing_name,
    "product": _pick(PRODUCTS),
    "sku": lambda rng: f"SKU-{between(rng, 10000, 99999)}",
    "source_id": lambda rng: f"crm-{between(rng, 100000, 999999)}",
    "tracking_id": alnum_id("track_", 16),
    "api_version": lambda rng: "v2018-08-01",
}

_PERSON_PARENTS = {"customer", "holder", "referrer", "referee", "user", "contact"}
_PRODUCT_PARENTS = {"product", "sku", "item", "order_item"}


def text_for(name: str, parent: str) -> TextGenerator:
    """A generator of plausible text for property `name` of an object named `parent`."""
    key = name.lower()
    if key in _BY_NAME:
        return _BY_NAME[key]
    if key == "name":
        if singular(parent) in _PERSON_PARENTS:
            return person_name
        if singular(parent) in _PRODUCT_PARENTS:
            return _pick(PRODUCTS)
        return thing_name
    if key == "id" or key.endswith("_id"):
        owner = singular(parent) if key == "id" else key[: -len("_id")]
        return alnum_id(ID_PREFIXES.get(owner, f"{owner[:4] or 'obj'}_"))
    if key.endswith(("url", "uri", "link")):
        return lambda rng: f"https://example.com/{pick(rng, WORDS)}/{between(rng, 1000, 9999)}"
    if key.endswith("email"):
        return email
    if key.endswith("phone"):
        return phone
    if key.endswith("name"):
        return thing_name
    return _words
