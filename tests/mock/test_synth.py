"""The synthesizer is schema-driven: a new event type in the spec needs no mock code."""

from __future__ import annotations

import copy
import json
import re
from random import Random
from typing import Any

import pytest
from jsonschema import Draft202012Validator, FormatChecker

from contract_tests.mock.dataset import BIG_CUSTOMER_ID, Dataset
from contract_tests.mock.plan import SynthContext
from contract_tests.mock.realism import STRICT
from contract_tests.mock.regex_gen import UnsupportedPattern, compile_pattern
from contract_tests.mock.spec import SPEC_URI, Spec, SpecError, default_spec
from contract_tests.mock.synth import Compiler
from contract_tests.mock.timeutil import InvalidInstant, iso_from_ms, parse_instant

NEW_TYPE = "customer.wallet.topped_up"

# Every keyword the synthesizer honours, in one new event type.
NEW_VARIANT: dict[str, Any] = {
    "allOf": [
        {"$ref": "#/components/schemas/CustomerActivityBase"},
        {
            "type": "object",
            "required": ["type", "data"],
            "properties": {
                "type": {"const": NEW_TYPE},
                "data": {
                    "type": "object",
                    "required": ["data", "event_source"],
                    "properties": {
                        "event_source": {"$ref": "#/components/schemas/EventSource"},
                        "data": {"$ref": "#/components/schemas/WalletTopUp"},
                    },
                },
            },
        },
    ]
}
WALLET_TOP_UP: dict[str, Any] = {
    "type": "object",
    "required": ["customer", "wallet", "amount", "reference", "tags"],
    "additionalProperties": False,
    "properties": {
        "customer": {"$ref": "#/components/schemas/SimpleCustomer"},
        "customer_id": {"type": "string"},
        "wallet": {"$ref": "#/components/schemas/Wallet"},
        "amount": {"type": "integer", "minimum": 100, "maximum": 900, "multipleOf": 50},
        "fee": {"type": "number", "exclusiveMinimum": 0, "maximum": 2.5},
        "reference": {"type": "string", "pattern": "^TOPUP-[A-Z]{3}-\\d{4}$"},
        "channel": {"enum": ["APP", "POS", "WEB"]},
        "note": {"type": ["string", "null"], "maxLength": 12},
        "contact": {"type": "string", "format": "email"},
        "receipt_url": {"type": "string", "format": "uri"},
        "external_id": {"type": "string", "format": "uuid"},
        "booked_on": {"type": "string", "format": "date"},
        "booked_at": {"type": "string", "format": "date-time"},
        "tags": {
            "type": "array",
            "minItems": 2,
            "maxItems": 4,
            "uniqueItems": True,
            "items": {"enum": ["promo", "gift", "refund", "bonus", "manual"]},
        },
        "limits": {"type": "object", "additionalProperties": {"type": "integer", "minimum": 0}},
        "settlement": {
            "oneOf": [
                {
                    "type": "object",
                    "required": ["kind", "iban"],
                    "properties": {"kind": {"const": "BANK"}, "iban": {"type": "string"}},
                },
                {
                    "type": "object",
                    "required": ["kind", "card_last4"],
                    "properties": {
                        "kind": {"const": "CARD"},
                        "card_last4": {"type": "string", "pattern": "^[0-9]{4}$"},
                    },
                },
            ]
        },
        "metadata": {"type": "object"},
    },
}
WALLET: dict[str, Any] = {
    "type": "object",
    "required": ["id"],
    "properties": {
        "id": {"type": "string", "example": "wal_3kQpR8sT1uV4wX7yZ0aB2cD5"},
        "parent": {"$ref": "#/components/schemas/Wallet"},  # recursion: left out
        "status": {"type": "string", "example": "OPEN"},
    },
}


def extended_spec() -> dict[str, Any]:
    document = copy.deepcopy(dict(default_spec().document))
    schemas = document["components"]["schemas"]
    schemas["CustomerWalletToppedUpActivity"] = copy.deepcopy(NEW_VARIANT)
    schemas["WalletTopUp"] = copy.deepcopy(WALLET_TOP_UP)
    schemas["Wallet"] = copy.deepcopy(WALLET)
    union = schemas["CustomerActivity"]
    union["oneOf"].insert(0, {"$ref": "#/components/schemas/CustomerWalletToppedUpActivity"})
    union["discriminator"]["mapping"][NEW_TYPE] = (
        "#/components/schemas/CustomerWalletToppedUpActivity"
    )
    schemas["CustomerActivityType"]["enum"].append(NEW_TYPE)
    return document


@pytest.fixture(scope="module")
def extended() -> tuple[Spec, Dataset]:
    spec = Spec(extended_spec())
    return spec, Dataset(spec)


@pytest.fixture(scope="module")
def extended_strict() -> tuple[Spec, Dataset]:
    """The documented shape fully filled in: every keyword's effect shows in every activity."""
    spec = Spec(extended_spec())
    return spec, Dataset(spec, realism=STRICT)


def new_activities(extended: tuple[Spec, Dataset]) -> list[dict[str, Any]]:
    spec, dataset = extended
    feed = dataset.customer_feed(BIG_CUSTOMER_ID)
    assert feed is not None
    validator = Draft202012Validator(
        {"$ref": SPEC_URI + "#/components/schemas/CustomerWalletToppedUpActivity"},
        registry=spec.registry,
        format_checker=FormatChecker(),
    )
    new = [json.loads(a.body) for a in feed.activities if a.type == NEW_TYPE]
    assert len(new) >= 6
    for activity in new:
        validator.validate(activity)
    return new


def test_a_new_event_type_appears_and_validates(extended_strict: tuple[Spec, Dataset]) -> None:
    payloads = [activity["data"]["data"] for activity in new_activities(extended_strict)]
    for payload in payloads:
        assert payload["customer"]["id"] == BIG_CUSTOMER_ID  # bound to the feed's customer
        assert payload["customer_id"] == BIG_CUSTOMER_ID
        assert payload["wallet"]["id"].startswith("wal_")  # ID-shaped example: fresh ID
        assert len(payload["wallet"]["id"]) == len("wal_3kQpR8sT1uV4wX7yZ0aB2cD5")
        assert payload["wallet"]["status"] == "OPEN"  # other examples are used as they are
        assert "parent" not in payload["wallet"]
        assert payload["amount"] % 50 == 0
    assert len({p["wallet"]["id"] for p in payloads}) == len(payloads)
    assert {p["settlement"]["kind"] for p in payloads} <= {"BANK", "CARD"}


def test_a_new_event_type_varies_like_the_others(extended: tuple[Spec, Dataset]) -> None:
    """Realism needs no code per type either: optional parts go missing, required ones never."""
    payloads = [activity["data"]["data"] for activity in new_activities(extended)]
    required = set(WALLET_TOP_UP["required"])
    optional = set(WALLET_TOP_UP["properties"]) - required
    for payload in payloads:
        assert required <= payload.keys()
        assert payload["customer"]["id"] == BIG_CUSTOMER_ID
        assert payload.get("customer_id") in (BIG_CUSTOMER_ID, None)
        assert payload["wallet"]["id"].startswith("wal_")
    assert any(optional - payload.keys() for payload in payloads)


def test_a_new_type_gets_a_category_by_fallback(extended: tuple[Spec, Dataset]) -> None:
    _, dataset = extended
    feed = dataset.customer_feed(BIG_CUSTOMER_ID)
    assert feed is not None
    assert {a.category for a in feed.activities if a.type == NEW_TYPE} == {"ACTION"}


def test_unsupported_pattern_fails_loudly() -> None:
    document = extended_spec()
    document["components"]["schemas"]["WalletTopUp"]["properties"]["reference"]["pattern"] = (
        "^(?=x)y$"
    )
    with pytest.raises(SpecError, match="pattern"):
        Dataset(Spec(document))


def test_compiled_plans_are_deterministic() -> None:
    spec = Spec(extended_spec())
    node = Compiler(spec).compile_activity("#/components/schemas/CustomerWalletToppedUpActivity")
    ctx = SynthContext(moment_ms=1_700_000_000_000, entities={})
    first = node.generate(Random("seed"), ctx)
    second = node.generate(Random("seed"), SynthContext(moment_ms=1_700_000_000_000, entities={}))
    assert first == second


@pytest.mark.parametrize(
    "pattern",
    [
        r"^evcus_[a-zA-Z0-9]+$",
        r"^laprg_[a-f0-9]+$",
        r"^[A-Z]{2,3}-\d{4}$",
        r"^(ab|cd)?x[^0-9]{3}\.y$",
        r"^(?:v|r)_[0-9a-f]{8}$",
        r"^\w+@\w+\.com$",
        r"abc",
    ],
)
def test_regex_generator_matches(pattern: str) -> None:
    generate = compile_pattern(pattern)
    rng = Random(pattern)
    for _ in range(50):
        assert re.search(pattern, generate(rng)), pattern


@pytest.mark.parametrize("pattern", [r"^(?=a)b$", r"^\bx$", r"^a\Kb$", r"^[z-a]$", r"^(a$"])
def test_regex_generator_rejects_what_it_cannot_do(pattern: str) -> None:
    with pytest.raises(UnsupportedPattern):
        compile_pattern(pattern)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2023-12-22T10:13:06.487Z", "2023-12-22T10:13:06.487Z"),
        ("2023-12-22T10:13:06Z", "2023-12-22T10:13:06.000Z"),
        ("2023-12-22T12:13:06.487+02:00", "2023-12-22T10:13:06.487Z"),
        ("2023-12-22T05:13:06.487-0500", "2023-12-22T10:13:06.487Z"),
        ("2023-12-22t10:13:06.487123456z", "2023-12-22T10:13:06.487Z"),
        ("2023-12-22 10:13:06Z", "2023-12-22T10:13:06.000Z"),
    ],
)
def test_instants_parse(text: str, expected: str) -> None:
    assert iso_from_ms(parse_instant(text) // 1000) == expected


@pytest.mark.parametrize(
    "text",
    [
        "2023-12-22",
        "2023-12-22T10:13:06",
        "2023-13-22T10:13:06Z",
        "2023-02-30T10:13:06Z",
        "2023-12-22T25:13:06Z",
        "2023-12-22T10:13:60Z",
        "2023-12-22T10:13:06+24:00",
        "0001-01-01T00:00:00+01:00",
        "yesterday",
        "",
    ],
)
def test_instants_reject(text: str) -> None:
    with pytest.raises(InvalidInstant):
        parse_instant(text)
