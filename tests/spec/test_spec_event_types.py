"""Every event type the sources name has its own variant, mapping entry, const and enum value.

The lists below are written out on purpose (not read from the spec): they are the contract. The
only other types allowed are *observed* ones: sent by the API but in no documentation, each a
variant marked `x-observed: {first_seen: <ISO date>, reason: <text>}` (what the contract check's
spec.patch adds for an undocumented event type), wired like a documented one. An unmarked extra
type, a marked documented one or a missing documented one fails.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from typing import Any, NamedTuple

import pytest

from contract_tests.spec import Spec

from .voucherify_spec_support import SPEC_PATH, ref_name

OBSERVED = "x-observed"

# --- v1: GET /v1/customers/{customerId}/activity -------------------------------------------
# The 67 values of the endpoint page's `type` enum, in the page's order.
V1_ENDPOINT_ENUM = [
    "customer.confirmed",
    "customer.created",
    "customer.updated",
    "customer.deleted",
    "customer.referred",
    "customer.custom_event",
    "customer.segment.entered",
    "customer.segment.left",
    "customer.sms.sent",
    "customer.sms.recovered",
    "customer.sms.failed",
    "customer.email.sent",
    "customer.email.recovered",
    "customer.email.failed",
    "customer.activecampaign.sent",
    "customer.activecampaign.recovered",
    "customer.activecampaign.failed",
    "customer.braze.sent",
    "customer.braze.recovered",
    "customer.braze.failed",
    "customer.mailchimp.sent",
    "customer.mailchimp.recovered",
    "customer.mailchimp.failed",
    "customer.intercom.sent",
    "customer.intercom.recovered",
    "customer.intercom.failed",
    "customer.shopify.sent",
    "customer.shopify.recovered",
    "customer.shopify.failed",
    "customer.klaviyo.sent",
    "customer.klaviyo.recovered",
    "customer.klaviyo.failed",
    "customer.batch.sent",
    "customer.batch.recovered",
    "customer.batch.failed",
    "customer.rewarded",
    "customer.rewarded.loyalty_points",
    "customer.voucher.gift.balance_added",
    "customer.voucher.loyalty_card.points_added",
    "customer.voucher.loyalty_card.points_transferred",
    "customer.voucher.loyalty_card.points_expired",
    "customer.voucher.deleted",
    "customer.publication.succeeded",
    "customer.publication.failed",
    "customer.validation.succeeded",
    "customer.validation.failed",
    "customer.redemption.failed",
    "customer.redemption.succeeded",
    "customer.redemption.rollback.failed",
    "customer.redemption.rollback.succeeded",
    "customer.order.canceled",
    "customer.order.created",
    "customer.order.fulfilled",
    "customer.order.paid",
    "customer.order.processing",
    "customer.order.updated",
    "customer.reward_redemptions.created",
    "customer.reward_redemptions.pending",
    "customer.reward_redemptions.completed",
    "customer.reward_redemptions.rolledback",
    "customer.loyalty.updated",
    "customer.loyalty.tier.upgraded",
    "customer.loyalty.tier.downgraded",
    "customer.loyalty.tier.prolonged",
    "customer.loyalty.tier.expiration.changed",
    "customer.loyalty.tier.joined",
    "customer.loyalty.tier.left",
]
# Only the Customer Activity object page lists these.
V1_OBJECT_PAGE_ONLY = [
    "customer.consents.given",
    "customer.consents.revoked",
]
# Only Voucherify's public OpenAPI lists these.
V1_OPENAPI_ONLY = [
    "customer.holder.assignment.created",
    "customer.holder.assignment.deleted",
    "customer.voucher.loyalty_card.pending_points.activated",
    "customer.voucher.loyalty_card.pending_points.added",
    "customer.voucher.loyalty_card.pending_points.canceled",
    "customer.voucher.loyalty_card.pending_points.updated",
    "customer.voucher.loyalty_card.points_activated",
]
V1_TYPES = V1_ENDPOINT_ENUM + V1_OBJECT_PAGE_ONLY + V1_OPENAPI_ONLY

# The object page also spells `customer.segment_entered` once. Decision: a documentation typo
# of `customer.segment.entered`, not a separate type (no variant, no enum value, no mapping).
V1_SEGMENT_TYPO = "customer.segment_entered"
V1_SEGMENT_TYPO_MEANS = "customer.segment.entered"

# --- v2: GET /v2/loyalties/programs/{id}/activities (BETA) ---------------------------------
V2_ENDPOINT_TYPES = [
    "vl.program.created",
    "vl.program.updated",
    "vl.program.deleted",
    "vl.program.activated",
    "vl.program.deactivated",
    "vl.program.card_definition.assigned",
    "vl.program.card_definition.unassigned",
    "vl.program.earning_rule.assigned",
    "vl.program.earning_rule.unassigned",
    "vl.program.reward.assigned",
    "vl.program.reward.unassigned",
    "vl.program.tier_structure.assigned",
    "vl.program.tier_structure.unassigned",
]
V2_OPENAPI_ONLY = ["vl.program.reward.updated"]
V2_TYPES = V2_ENDPOINT_TYPES + V2_OPENAPI_ONLY


class Union(NamedTuple):
    types: list[str]
    type_enum: str
    base: str
    unknown: str
    type_prefix: str
    name_prefix: str


UNIONS = {
    "CustomerActivity": Union(
        V1_TYPES,
        "CustomerActivityType",
        "CustomerActivityBase",
        "UnknownCustomerActivity",
        "customer.",
        "Customer",
    ),
    "ProgramActivity": Union(
        V2_TYPES,
        "ProgramActivityType",
        "ProgramActivityBase",
        "UnknownProgramActivity",
        "vl.program.",
        "Program",
    ),
}


def variant_name(event_type: str, type_prefix: str, name_prefix: str) -> str:
    """The naming rule: prefix + CamelCase of the type minus its namespace + `Activity`."""
    assert event_type.startswith(type_prefix), event_type
    words = re.split(r"[._]", event_type[len(type_prefix) :])
    return name_prefix + "".join(w[:1].upper() + w[1:] for w in words) + "Activity"


def observed_types(schemas: dict[str, Any], union: str) -> dict[str, str]:
    """Event type -> variant name, for the variants of `union` marked `x-observed`."""
    base = {"$ref": f"#/components/schemas/{UNIONS[union].base}"}
    found = {}
    for name, schema in schemas.items():
        if OBSERVED in schema and schema.get("allOf", [None])[0] == base:
            found[schema["allOf"][1]["properties"]["type"]["const"]] = name
    return found


def cases() -> Iterator[Any]:
    schemas = Spec.load().document["components"]["schemas"]
    for union, u in UNIONS.items():
        for event_type in [*u.types, *observed_types(schemas, union)]:
            yield pytest.param(union, event_type, id=event_type)


def test_literal_lists_have_expected_sizes() -> None:
    assert len(V1_ENDPOINT_ENUM) == 67
    assert len(set(V1_TYPES)) == len(V1_TYPES) == 76
    assert len(set(V2_TYPES)) == len(V2_TYPES) == 14


@pytest.mark.parametrize(
    ("event_type", "expected"),
    [
        ("customer.redemption.rollback.succeeded", "CustomerRedemptionRollbackSucceededActivity"),
        (
            "customer.voucher.loyalty_card.points_added",
            "CustomerVoucherLoyaltyCardPointsAddedActivity",
        ),
        ("customer.custom_event", "CustomerCustomEventActivity"),
        ("customer.confirmed", "CustomerConfirmedActivity"),
    ],
)
def test_variant_naming_rule(event_type: str, expected: str) -> None:
    assert variant_name(event_type, "customer.", "Customer") == expected


def test_v2_variant_naming_rule() -> None:
    name = variant_name("vl.program.tier_structure.unassigned", "vl.program.", "Program")
    assert name == "ProgramTierStructureUnassignedActivity"


@pytest.mark.parametrize(("union", "event_type"), list(cases()))
def test_every_event_type_is_fully_wired(
    schemas: dict[str, Any], union: str, event_type: str
) -> None:
    u = UNIONS[union]
    name = variant_name(event_type, u.type_prefix, u.name_prefix)

    # its own variant schema, in the generator's shape: allOf [Base, {type: const, data}],
    # marked x-observed exactly when no documentation lists the type
    assert name in schemas, f"{event_type}: no schema {name}"
    variant = schemas[name]
    keys = {"allOf", "description"} | ({OBSERVED} if event_type not in u.types else set())
    assert set(variant) <= keys, f"{name}: unexpected keys {sorted(variant)}"
    base_ref, own = variant["allOf"]
    assert base_ref == {"$ref": f"#/components/schemas/{u.base}"}
    assert own["type"] == "object"
    assert set(own["required"]) >= {"type", "data"}
    assert own["properties"]["type"] == {"const": event_type}, f"{name}: wrong const"
    assert "$ref" in own["properties"]["data"], f"{name}: data must $ref an envelope/payload"
    assert ref_name(own["properties"]["data"]["$ref"]) in schemas

    # a mapping entry pointing to that variant
    mapping = schemas[union]["discriminator"]["mapping"]
    assert mapping.get(event_type) == f"#/components/schemas/{name}"

    # listed in the union and in the type enum
    assert {"$ref": f"#/components/schemas/{name}"} in schemas[union]["oneOf"]
    assert event_type in schemas[u.type_enum]["enum"]


@pytest.mark.parametrize("union", list(UNIONS))
def test_union_has_no_extra_or_missing_entries(schemas: dict[str, Any], union: str) -> None:
    u = UNIONS[union]
    schema = schemas[union]
    assert schema["discriminator"]["propertyName"] == "type"
    mapping = schema["discriminator"]["mapping"]
    one_of = [ref_name(item["$ref"]) for item in schema["oneOf"]]
    mapped = [ref_name(ref) for ref in mapping.values()]

    types = set(u.types) | set(observed_types(schemas, union))
    assert set(mapping) == types, "mapping keys must be exactly the documented + observed types"
    assert len(set(mapped)) == len(mapped), "two types map to one variant"
    assert set(schemas[u.type_enum]["enum"]) == types
    assert len(schemas[u.type_enum]["enum"]) == len(types)

    # Unknown is in the oneOf (last) but never in the mapping
    assert one_of[-1] == u.unknown
    assert one_of.count(u.unknown) == 1
    assert u.unknown not in mapped
    # every other oneOf entry is mapped, and nothing else is
    assert one_of[:-1] == mapped, "oneOf minus Unknown must list the mapped variants, in order"
    # a reader finds a type at the same position in the enum, the oneOf and the mapping
    assert list(mapping) == schemas[u.type_enum]["enum"]


@pytest.mark.parametrize("union", list(UNIONS))
def test_unknown_fallback_shape(schemas: dict[str, Any], union: str) -> None:
    u = UNIONS[union]
    base_ref, own = schemas[u.unknown]["allOf"]
    assert base_ref == {"$ref": f"#/components/schemas/{u.base}"}
    type_schema = own["properties"]["type"]
    assert "const" not in type_schema
    assert "enum" not in type_schema
    assert type_schema["type"] == "string"
    assert type_schema["not"] == {"$ref": f"#/components/schemas/{u.type_enum}"}
    assert set(own["required"]) >= {"type", "data"}


@pytest.mark.parametrize("union", list(UNIONS))
def test_observed_types_are_marked_undocumented_and_named_by_the_rule(
    schemas: dict[str, Any], union: str
) -> None:
    u = UNIONS[union]
    for event_type, name in observed_types(schemas, union).items():
        assert event_type not in u.types, f"{name}: a documented type is not observed"
        assert event_type.startswith(u.type_prefix), f"{name}: {event_type!r}"
        assert name == variant_name(event_type, u.type_prefix, u.name_prefix)
        marker = schemas[name][OBSERVED]
        assert set(marker) == {"first_seen", "reason"}, f"{name}: {marker}"
        assert isinstance(marker["first_seen"], str), f"{name}: first_seen is a quoted ISO date"
        date.fromisoformat(marker["first_seen"])
        assert isinstance(marker["reason"], str) and marker["reason"].strip()


def test_only_activity_variants_are_marked_observed(schemas: dict[str, Any]) -> None:
    marked = {name for name, schema in schemas.items() if OBSERVED in schema}
    variants = {name for union in UNIONS for name in observed_types(schemas, union).values()}
    assert marked == variants


def test_no_other_variants_exist(schemas: dict[str, Any]) -> None:
    """No stray `Customer*Activity`/`Program*Activity` variant outside the unions."""
    expected = {
        variant_name(t, u.type_prefix, u.name_prefix) for u in UNIONS.values() for t in u.types
    }
    expected |= {name for union in UNIONS for name in observed_types(schemas, union).values()}
    helpers = {
        "CustomerActivity",
        "ProgramActivity",
        "CustomerActivityType",
        "ProgramActivityType",
        "CustomerActivityBase",
        "ProgramActivityBase",
        "CustomerActivityList",
        "ProgramActivityList",
        "ProgramActivitySource",
        "ProgramActivityFilters",
        "ProgramActivityIdFilter",
        "ProgramActivityTypeFilter",
        "ProgramActivityDateFilter",
    }
    found = {n for n in schemas if re.fullmatch(r"(Customer|Program)\w*Activity", n)} - helpers
    assert found == expected


def test_segment_entered_typo_is_not_a_type(schemas: dict[str, Any]) -> None:
    enum = schemas["CustomerActivityType"]["enum"]
    mapping = schemas["CustomerActivity"]["discriminator"]["mapping"]
    assert V1_SEGMENT_TYPO not in enum
    assert V1_SEGMENT_TYPO not in mapping
    assert V1_SEGMENT_TYPO_MEANS in enum
    assert [n for n in schemas if "SegmentEntered" in n] == ["CustomerSegmentEnteredActivity"]
    # the decision is documented where readers of the enum will see it
    assert V1_SEGMENT_TYPO in schemas["CustomerActivityType"]["description"]


def test_segment_entered_typo_decision_is_commented_next_to_the_variants() -> None:
    text = SPEC_PATH.read_text(encoding="utf-8")
    variant_at = text.index("\n    CustomerSegmentEnteredActivity:\n")
    # the comment block right above the segment variants names the typo
    comment = []
    for line in reversed(text[:variant_at].splitlines()):
        if not line.lstrip().startswith("#"):
            break
        comment.append(line)
    assert any(V1_SEGMENT_TYPO in line for line in comment)
