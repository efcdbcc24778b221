"""A documented type with a malformed payload must fail the union: the Unknown fallback's
`not` keeps it from silently absorbing broken known events."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from .voucherify_spec_support import ExampleValue, SpecValidator

Activity = dict[str, Any]
Breakage = Callable[[Activity], None]


def first_of_type(example_value: ExampleValue, page: str, event_type: str) -> Activity:
    activity: Activity = next(a for a in example_value(page)["data"] if a["type"] == event_type)
    return activity


def drop_customer(a: Activity) -> None:
    del a["data"]["data"]["customer"]


def customer_as_string(a: Activity) -> None:
    a["data"]["data"]["customer"] = "cust_CSnYd37MXmrbS19XCrghjBsv"


def customer_without_id(a: Activity) -> None:
    del a["data"]["data"]["customer"]["id"]


def redemption_wrong_type(a: Activity) -> None:
    a["data"]["data"]["redemption"] = ["r_0c1d2e3f4a5b6c7d83"]


def no_payload(a: Activity) -> None:
    # (An absent `event_source` is valid: Voucherify omits it on some activities, docs/spec.md.)
    del a["data"]["data"]


def bad_created_at(a: Activity) -> None:
    a["created_at"] = "yesterday"


def bad_activity_id(a: Activity) -> None:
    a["id"] = "r_0c1d2e3f4a5b6c7d83"


V1_BREAKAGES: list[Breakage] = [
    drop_customer,
    customer_as_string,
    customer_without_id,
    redemption_wrong_type,
    no_payload,
    bad_created_at,
    bad_activity_id,
]


@pytest.mark.parametrize("breakage", V1_BREAKAGES, ids=lambda f: f.__name__)
def test_malformed_known_v1_activity_fails_the_union(
    sv: SpecValidator, example_value: ExampleValue, breakage: Breakage
) -> None:
    activity = first_of_type(example_value, "CustomerActivityPage", "customer.redemption.succeeded")
    assert sv.is_valid("CustomerActivity", activity), "precondition: the intact example is valid"
    breakage(activity)
    assert not sv.is_valid("CustomerActivity", activity)
    # in particular the fallback does not take it
    assert not sv.is_valid("UnknownCustomerActivity", activity)
    assert sv.matching_members("CustomerActivity", activity) == []


def test_known_type_with_another_familys_payload_fails(
    sv: SpecValidator, example_value: ExampleValue
) -> None:
    """A consents payload under a redemption type is rejected (redemption is required)."""
    page = "CustomerActivityPage"
    redemption = first_of_type(example_value, page, "customer.redemption.succeeded")
    consents = first_of_type(example_value, page, "customer.consents.given")
    redemption["data"] = consents["data"]
    assert not sv.is_valid("CustomerActivity", redemption)


def test_the_segment_typo_parses_only_as_unknown(
    sv: SpecValidator, example_value: ExampleValue
) -> None:
    """`customer.segment_entered` is not documented, so it is an unknown type (no variant)."""
    activity = first_of_type(example_value, "CustomerActivityPage", "customer.segment.entered")
    activity["type"] = "customer.segment_entered"
    assert sv.matching_members("CustomerActivity", activity) == ["UnknownCustomerActivity"]


def test_unknown_fallback_rejects_every_documented_type(
    sv: SpecValidator, schemas: dict[str, Any]
) -> None:
    """Even a minimal, well-formed envelope with a documented type is refused by Unknown."""
    for event_type in schemas["CustomerActivityType"]["enum"]:
        v1 = {
            "id": "evcus_0c150c51730c6b60b1",
            "type": event_type,
            "created_at": "2022-08-30T09:14:07.660Z",
            "data": {"data": {}, "event_source": {"channel": "API"}},
        }
        assert not sv.is_valid("UnknownCustomerActivity", v1), event_type
    for event_type in schemas["ProgramActivityType"]["enum"]:
        v2 = {
            "id": "laprg_0f8d3a8c1e2b4a5d7c",
            "type": event_type,
            "created_at": "2023-11-07T05:31:56Z",
            "program_id": "lprg_0f8d3a8c1e2b4a5d",
            "data": {},
        }
        assert not sv.is_valid("UnknownProgramActivity", v2), event_type


def drop_program(a: Activity) -> None:
    del a["data"]["program"]


def program_as_string(a: Activity) -> None:
    a["data"]["program"] = "lprg_0f8d3a8c1e2b4a5d"


def drop_assignment(a: Activity) -> None:
    del a["data"]["program_reward"]


def bad_program_id(a: Activity) -> None:
    a["program_id"] = "prog_123"


V2_BREAKAGES: list[Breakage] = [drop_program, program_as_string, drop_assignment, bad_program_id]


@pytest.mark.parametrize("breakage", V2_BREAKAGES, ids=lambda f: f.__name__)
def test_malformed_known_v2_activity_fails_the_union(
    sv: SpecValidator, example_value: ExampleValue, breakage: Breakage
) -> None:
    activity = first_of_type(example_value, "ProgramActivityPage", "vl.program.reward.assigned")
    assert sv.is_valid("ProgramActivity", activity), "precondition: the intact example is valid"
    breakage(activity)
    assert not sv.is_valid("ProgramActivity", activity)
    assert not sv.is_valid("UnknownProgramActivity", activity)
    assert sv.matching_members("ProgramActivity", activity) == []


def test_list_pages_reject_a_broken_item(sv: SpecValidator, example_value: ExampleValue) -> None:
    page = example_value("CustomerActivityPage")
    assert sv.is_valid("CustomerActivityList", page)
    del page["data"][1]["data"]["data"]["customer"]
    assert not sv.is_valid("CustomerActivityList", page)

    page = example_value("ProgramActivityPage")
    assert sv.is_valid("ProgramActivityList", page)
    page["cursor"] = {"next": "not-a-cursor", "expires_at": "2024-02-10T09:15:00Z"}
    assert not sv.is_valid("ProgramActivityList", page)
