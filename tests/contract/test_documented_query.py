"""Negative testing's judge: a query breaks a documented constraint, or nothing was promised."""

from __future__ import annotations

from typing import Any

import pytest

from contract_tests.checks.documented_query import constraints, violations
from contract_tests.spec import Feed, Spec

SPEC = Spec.load()
TYPE_IN = "filters[type][conditions][$in]"
# Keywords that say nothing a request could break.
DESCRIPTIVE = frozenset({"description", "example", "examples", "default", "title"})


def _broken(feed: Feed, pairs: list[tuple[str, str]]) -> list[str]:
    return [v.key for v in violations(SPEC, feed, pairs)]


def _operation(feed: Feed) -> dict[str, Any]:
    operation: dict[str, Any] = SPEC.document["paths"][feed.path]["get"]
    return operation


@pytest.mark.parametrize("feed", list(Feed), ids=[feed.short for feed in Feed])
def test_the_spec_constrains_query_parameters_only_as_documented(feed: Feed) -> None:
    """A constraint added to a parameter of the spec must be documented (and listed) or go."""
    table = constraints(SPEC, feed)
    for reference in _operation(feed)["parameters"]:
        parameter = SPEC.resolve(reference)
        if parameter["in"] != "query" or parameter.get("style") == "deepObject":
            continue
        schema = parameter["schema"]
        keywords = set(schema) - DESCRIPTIVE
        resolved = set(SPEC.resolve(schema)) - DESCRIPTIVE
        documented = table.get(parameter["name"])
        if documented is None:
            assert keywords == {"type"}, (parameter["name"], keywords)
        else:
            assert keywords <= documented.spec_keywords, (parameter["name"], keywords)
            assert resolved - {"type"}, parameter["name"]  # it does constrain something


@pytest.mark.parametrize(
    ("pairs", "broken"),
    [
        ([("limit", "0")], ["limit"]),
        ([("limit", "101")], ["limit"]),
        ([("limit", "1.5")], ["limit"]),
        ([("limit", "")], ["limit"]),
        ([("limit", "100"), ("order", "created_at")], []),
        ([("order", "newest")], ["order"]),
        ([("start_date", "yesterday")], ["start_date"]),
        ([("end_date", "2023-12-22T10:13:06.487Z")], []),
        ([("end_date", "2023-12-22t10:13:06+0100")], []),  # ISO 8601 variants are readings too
        ([("type", "customer.teleported")], ["type"]),
        ([("campaign_type", "COUPONS")], ["campaign_type"]),
        ([("category", "action")], ["category"]),
        # Free strings: nothing documented to break, empty or not.
        ([("starting_after_id", ""), ("campaign_id", "")], []),
        ([("starting_after_id", "not-an-activity")], []),
        # Unknown parameters break nothing.
        ([("colour", "red")], []),
        # Repeated: broken only when every value is (the server may read any of them).
        ([("limit", "0"), ("limit", "5")], []),
        ([("limit", "0"), ("limit", "500")], ["limit"]),
    ],
)
def test_v1_queries(pairs: list[tuple[str, str]], broken: list[str]) -> None:
    assert _broken(Feed.CUSTOMER, pairs) == broken


@pytest.mark.parametrize(
    ("pairs", "broken"),
    [
        ([("cursor", "")], []),  # the null the documentation allows: no cursor
        ([("cursor", "lcrsapr_0a1b")], []),
        ([("cursor", "abc")], ["cursor"]),
        ([("cursor", "lcrsapr_")], ["cursor"]),
        ([("cursor", "lcrsapr_XYZ")], ["cursor"]),
        ([("limit", "0")], ["limit"]),
        ([("filters[junction]", "XOR")], ["filters[junction]"]),
        ([("filters[junction]", "XOR"), ("filters[junction]", "OR")], []),
        (
            [("filters[type][conditions][$is]", "vl.program.teleported")],
            ["filters[type][conditions][$is]"],
        ),
        ([("filters[type][conditions][$is_not]", "vl.program.created")], []),
        ([(f"{TYPE_IN}[0]", "vl.program.created"), (f"{TYPE_IN}[1]", "nope")], [TYPE_IN]),
        ([(f"{TYPE_IN}[0]", "vl.program.created")], []),
        # Not documented, so not negative: the id's shape, unknown operators and fields,
        # array sizes, forms other than the indexed one, the created_at operators.
        ([("filters[id][conditions][$is]", "evcus_123")], []),
        ([("filters[type][conditions][$like]", "nope")], []),
        ([("filters[colour][conditions][$is]", "red")], []),
        ([(f"{TYPE_IN}[{i}]", "vl.program.created") for i in range(11)], []),
        ([(TYPE_IN, "nope")], []),
        ([(f"{TYPE_IN}[0][1]", "nope")], []),
        ([("filters[created_at][conditions][$after]", "last tuesday")], []),
        ([("filters[type][conditions]", "")], []),
    ],
)
def test_v2_queries(pairs: list[tuple[str, str]], broken: list[str]) -> None:
    assert _broken(Feed.PROGRAM, pairs) == broken


def test_a_violation_names_its_source() -> None:
    (violation,) = violations(SPEC, Feed.PROGRAM, [("cursor", "abc")])
    assert "seed 002" in violation.describe()
    assert "'abc'" in violation.describe()
