"""Undocumented fields and event types, found by walking bodies alongside the spec."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from contract_tests.checks.event_types import undocumented_types
from contract_tests.spec import Feed, Spec


def _example(spec: Spec, name: str) -> dict[str, Any]:
    return copy.deepcopy(spec.document["components"]["examples"][name]["value"])


@pytest.mark.parametrize(
    ("feed", "example"),
    [(Feed.CUSTOMER, "CustomerActivityPage"), (Feed.PROGRAM, "ProgramActivityPage")],
)
def test_documented_examples_have_no_undocumented_fields(
    spec: Spec, feed: Feed, example: str
) -> None:
    assert list(spec.undocumented_fields(feed, _example(spec, example))) == []


def test_extra_fields_are_named_by_path_with_indices_collapsed(spec: Spec) -> None:
    page = _example(spec, "CustomerActivityPage")
    page["data"][0]["risk_score"] = 2000
    page["data"][-1]["risk_score"] = 1
    page["data"][0]["data"]["data"]["customer"]["shoe_size"] = 44
    page["next_page_url"] = "/v1/..."
    found = list(spec.undocumented_fields(Feed.CUSTOMER, page))
    assert sorted(set(found)) == [
        "data[].data.data.customer.shoe_size",
        "data[].risk_score",
        "next_page_url",
    ]
    assert found.count("data[].risk_score") == 2


def test_free_form_objects_are_not_drift(spec: Spec) -> None:
    page = _example(spec, "CustomerActivityPage")
    page["data"][0]["data"]["data"]["customer"]["metadata"]["anything"] = {"nested": True}
    assert list(spec.undocumented_fields(Feed.CUSTOMER, page)) == []


def test_an_undocumented_type_is_walked_as_the_fallback(spec: Spec) -> None:
    activity = _example(spec, "CustomerActivityPage")["data"][0]
    activity["type"] = "customer.loyalty.points.teleported"
    activity["risk_score"] = 3
    assert list(spec.undocumented_item_fields(Feed.CUSTOMER, activity)) == ["data[].risk_score"]
    body = {"data": [activity]}
    documented = spec.documented_types(Feed.CUSTOMER)
    assert undocumented_types(body, documented) == [
        ("customer.loyalty.points.teleported", activity["id"])
    ]


def test_documented_types_come_from_the_discriminator(spec: Spec) -> None:
    union = spec.activity_union(Feed.PROGRAM)
    assert spec.documented_types(Feed.PROGRAM) == frozenset(union["discriminator"]["mapping"])
    assert "vl.program.created" in spec.documented_types(Feed.PROGRAM)


def test_error_bodies(spec: Spec) -> None:
    good = {"code": 404, "key": "not_found", "message": "Resource not found"}
    assert spec.error_body_problems(good) == []
    problems = spec.error_body_problems({"error": "nope"})
    assert any("'code' is a required property" in problem for problem in problems)


def test_schema_problems_name_the_activity_and_the_field(spec: Spec) -> None:
    page = _example(spec, "ProgramActivityPage")
    assert spec.activity_problems(Feed.PROGRAM, page) == []
    page["data"][1]["created_at"] = 1700000000000
    (problem,) = spec.activity_problems(Feed.PROGRAM, page)
    item = page["data"][1]
    assert problem == (
        f"data[1] ({item['type']}, {item['id']}): created_at: 1700000000000 is not of type 'string'"
    )
