"""The default mode reads leniently: one deviating activity never fails a page (_deviations.py).

Each offending value is kept as received, recorded on its activity and on the page, and logged
once per (event type, path); an activity whose envelope cannot be read becomes the fallback;
`validate=True` keeps raising. Both decode paths (msgspec and from_dict) give the same pages.
"""

from __future__ import annotations

import copy
import json
import logging
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from voucherify_activity import (
    _fast_path,
    parse_customer_activity_page,
    parse_program_activity_page,
)
from voucherify_activity._deviations import Deviation
from voucherify_activity.errors import ActivityDecodeError, ResponseDecodeError
from voucherify_activity.models import (
    CustomerRedemptionSucceededActivity,
    ProgramCreatedActivity,
    UnknownCustomerActivity,
    UnknownProgramActivity,
)
from voucherify_activity.types import UNSET

from . import damage
from .fakes import customer_activity, customer_page, normalized, program_activity, program_page


def encode(body: Any) -> bytes:
    return json.dumps(body).encode()


def redemption_page() -> dict[str, Any]:
    return customer_page([customer_activity(number) for number in range(3)], has_more=False)


def test_a_deviating_value_is_kept_as_received_and_recorded() -> None:
    page = redemption_page()
    page["data"][1]["data"]["data"]["customer"]["email"] = 42
    page["data"][1]["data"]["data"]["redemption"]["amount"] = "a lot"

    parsed = parse_customer_activity_page(encode(page))

    activity: Any = parsed.data[1]  # Any: deviating values are not their declared types
    assert type(activity) is CustomerRedemptionSucceededActivity  # keeps its class
    payload: Any = activity.data.data  # Any: a value kept as received is not its declared type
    assert payload.customer.email == 42  # as received, not coerced
    assert payload.redemption.amount == "a lot"
    assert [(d.location, d.reason, d.value) for d in activity.deviations] == [
        ("data.data.customer.email", "expected string or null, got integer 42", 42),
        ("data.data.redemption.amount", "expected integer or null, got string 'a lot'", "a lot"),
    ]
    assert {(d.activity_type, d.activity_id) for d in activity.deviations} == {
        ("customer.redemption.succeeded", "evcus_000001")
    }
    assert parsed.deviations == list(activity.deviations)
    assert parsed.data[0].deviations == () and parsed.data[2].deviations == ()


def test_the_same_page_raises_when_validating() -> None:
    page = redemption_page()
    page["data"][1]["data"]["data"]["customer"]["email"] = 42

    with pytest.raises(ActivityDecodeError) as caught:
        parse_customer_activity_page(encode(page), validate=True)

    assert str(caught.value) == (
        "data[1] (customer.redemption.succeeded, evcus_000001): "
        "data.data.customer.email: expected string or null, got integer 42"
    )


def test_an_absent_required_part_is_unset_and_recorded() -> None:
    page = redemption_page()
    del page["data"][0]["data"]["data"]["redemption"]["id"]  # ids of present objects are strict

    activity: Any = parse_customer_activity_page(encode(page)).data[0]

    assert activity.data.data.redemption.id is UNSET
    (deviation,) = activity.deviations
    assert (deviation.location, deviation.reason) == (
        "data.data.redemption.id",
        "required field missing",
    )
    assert deviation.value is UNSET


def test_an_envelope_deviation_is_recorded_with_the_page() -> None:
    page = redemption_page()
    page["data"][2]["group_id"] = {"not": "a string"}

    parsed = parse_customer_activity_page(encode(page))

    kept: Any = parsed.data[2].group_id
    assert kept == {"not": "a string"}
    assert [d.location for d in parsed.data[2].deviations] == ["group_id"]


@pytest.mark.parametrize(
    ("break_it", "location"),
    [
        (lambda a: a.update(id=None), "id"),
        (lambda a: a.pop("created_at"), "created_at"),
        (lambda a: a.update(created_at="yesterday"), "created_at"),
        (lambda a: a.update(data=[1, 2]), "data"),
        (lambda a: a.update(type=7), "type"),
    ],
)
def test_an_unreadable_envelope_becomes_the_fallback_with_the_error(
    break_it: Any, location: str
) -> None:
    page = redemption_page()
    raw = copy.deepcopy(page["data"][1])
    break_it(page["data"][1])
    broken = copy.deepcopy(page["data"][1])

    parsed = parse_customer_activity_page(encode(page))

    activity = parsed.data[1]
    assert type(activity) is UnknownCustomerActivity  # never inside a documented class
    assert location in [d.location for d in activity.deviations]
    kept = activity.to_dict()
    for key, value in broken.items():  # every field as received
        if key != "created_at" or location == "created_at":
            assert kept.get(key, UNSET) == value or key == "data"
    assert raw["id"] == "evcus_000001"
    assert [type(a) for a in (parsed.data[0], parsed.data[2])] == [
        CustomerRedemptionSucceededActivity
    ] * 2


def test_an_item_that_is_no_object_becomes_the_fallback_keeping_it() -> None:
    page = redemption_page()
    page["data"].insert(1, "evcus_1")

    parsed = parse_customer_activity_page(encode(page))

    assert type(parsed.data[1]) is UnknownCustomerActivity
    (deviation,) = parsed.data[1].deviations
    assert (deviation.location, deviation.value) == ("<activity>", "evcus_1")
    assert deviation.reason == "expected an activity object, got string 'evcus_1'"
    assert len(parsed.data) == 4


def test_a_v2_activity_deviates_the_same_way() -> None:
    activities = [program_activity(number) for number in range(2)]
    activities[0]["data"]["program"]["name"] = ["not", "a", "name"]
    activities[1]["created_at"] = None

    parsed = parse_program_activity_page(encode(program_page(activities, None)))

    first: Any = parsed.data[0]
    second = parsed.data[1]
    assert type(first) is ProgramCreatedActivity
    assert [d.location for d in first.deviations] == []  # the payload is not read yet
    program: Any = first.data.program
    assert program.name == ["not", "a", "name"]
    assert [d.location for d in first.deviations] == ["data.program.name"]
    assert type(second) is UnknownProgramActivity
    assert [d.location for d in second.deviations] == ["created_at"]


def test_the_page_envelope_stays_strict() -> None:
    page = redemption_page()
    page["has_more"] = "maybe"

    with pytest.raises(ResponseDecodeError, match="has_more: expected boolean"):
        parse_customer_activity_page(encode(page))


def test_each_type_and_path_is_logged_once(caplog: pytest.LogCaptureFixture) -> None:
    page = redemption_page()
    for activity in page["data"]:
        activity["data"]["data"]["customer"]["name"] = 1234567  # a path no other test breaks

    with caplog.at_level(logging.WARNING, logger="voucherify_activity"):
        parse_customer_activity_page(encode(page)).deviations  # noqa: B018
        parse_customer_activity_page(encode(page)).deviations  # noqa: B018

    logged = [r.getMessage() for r in caplog.records if "data.data.customer.name" in r.getMessage()]
    assert len(logged) == 1
    assert "customer.redemption.succeeded" in logged[0]
    assert "kept as received" in logged[0]


@pytest.mark.parametrize("validate", [False, True])
def test_a_body_nested_too_deeply_is_a_decode_error(validate: bool) -> None:
    depth = 100_000
    body = b'{"object": "list", "data": ' + b"[" * depth + b"]" * depth + b"}"

    with pytest.raises(ResponseDecodeError):
        parse_customer_activity_page(body, validate=validate)


@pytest.mark.parametrize("validate", [False, True])
def test_a_payload_nested_too_deeply_is_a_decode_error(validate: bool) -> None:
    page = redemption_page()
    page["data"][0]["data"]["data"]["customer"]["metadata"] = {"deep": "DEEP"}
    body = encode(page).replace(b'"DEEP"', b"[" * 5000 + b"]" * 5000)

    with pytest.raises(ResponseDecodeError, match="nested too deeply"):
        parse_customer_activity_page(body, validate=validate).deviations  # noqa: B018


def test_deviations_compare_by_value() -> None:
    one = Deviation(("data", "x"), "expected string, got null", None, "t", "i")
    assert one == Deviation(("data", "x"), "expected string, got null", None, "t", "i")
    assert one != Deviation(("data", "x"), "expected string, got null", 0, "t", "i")
    assert repr(one) == "Deviation(data.x: expected string, got null)"


# -- damaged payloads never fail the default mode, on either decode path

# Every place inside an activity (the page envelope stays strict and may raise).
ACTIVITY_PATHS = [path for path in damage.BASE_PATHS if path[:1] == ("data",) and len(path) > 1]


def read_everything(body: bytes) -> str:
    page = parse_customer_activity_page(body)
    found = [str(deviation) for deviation in page.deviations]  # reads every payload
    return f"{page!r}\n{found}"


@settings(
    max_examples=300, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
@given(edits=damage.edits(ACTIVITY_PATHS, ("replace", "delete", "add"), most=4))
def test_damaged_activities_never_fail_the_default_mode(edits: list[damage.Edit]) -> None:
    page = damage.damaged(edits)
    body = encode(page)

    with_fast_path = read_everything(body)  # must not raise
    saved = _fast_path._msgspec
    _fast_path._msgspec = None
    try:
        without = read_everything(body)
    finally:
        _fast_path._msgspec = saved
    assert with_fast_path == without
    parsed = parse_customer_activity_page(body)
    assert len(parsed.data) == len(page["data"])
    # Nothing is lost: the page's dict is the JSON that came (but an item that is no object,
    # whose fallback has no fields; the item itself is its deviation's value).
    back = json.loads(json.dumps(parsed.to_dict()))
    for index, item in enumerate(page["data"]):
        if not isinstance(item, dict):
            assert back["data"][index] == {}
            back["data"][index] = item
    assert normalized(back) == normalized(page)
