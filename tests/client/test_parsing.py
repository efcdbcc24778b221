"""Page bytes -> typed activities: dispatch on `type`, fallbacks, clear errors, kept extras."""

from __future__ import annotations

import datetime
import json
from typing import Any

import pytest
import voucherify_activity.models as models
from voucherify_activity import (
    load_payloads,
    parse_customer_activity_page,
    parse_program_activity_page,
)
from voucherify_activity.errors import ActivityDecodeError, ResponseDecodeError
from voucherify_activity.types import UNSET

from .fakes import (
    customer_activity,
    customer_page,
    every_variant,
    normalized,
    program_activity,
    program_page,
    unknown_variant,
)
from .spec_examples import example_for

CUSTOMER_VARIANTS = every_variant("CustomerActivity")
PROGRAM_VARIANTS = every_variant("ProgramActivity")


def encode(body: Any) -> bytes:
    return json.dumps(body).encode()


def test_the_spec_documents_the_expected_number_of_types() -> None:
    # Guards the parametrisation below: an empty mapping would make those tests vacuous.
    assert len(CUSTOMER_VARIANTS) >= 3
    assert len(PROGRAM_VARIANTS) >= 2


@pytest.mark.parametrize(("tag", "class_name"), CUSTOMER_VARIANTS)
def test_every_customer_activity_type_parses_into_its_class(tag: str, class_name: str) -> None:
    activity = example_for(class_name)
    page = parse_customer_activity_page(encode(customer_page([activity], has_more=False)))

    (parsed,) = page.data
    assert type(parsed) is getattr(models, class_name)
    assert parsed.type_ == tag
    assert normalized(parsed.to_dict()) == normalized(activity)  # every field read, none lost


@pytest.mark.parametrize(("tag", "class_name"), PROGRAM_VARIANTS)
def test_every_program_activity_type_parses_into_its_class(tag: str, class_name: str) -> None:
    activity = example_for(class_name)
    page = parse_program_activity_page(encode(program_page([activity], None)))

    (parsed,) = page.data
    assert type(parsed) is getattr(models, class_name)
    assert parsed.type_ == tag
    assert normalized(parsed.to_dict()) == normalized(activity)


@pytest.mark.parametrize(
    ("union", "build_page", "parse", "new_type"),
    [
        (
            "CustomerActivity",
            lambda items: customer_page(items, has_more=False),
            parse_customer_activity_page,
            "customer.teleported",
        ),
        (
            "ProgramActivity",
            lambda items: program_page(items, None),
            parse_program_activity_page,
            "vl.program.teleported",
        ),
    ],
)
def test_an_unknown_type_becomes_the_fallback_and_the_page_survives(
    union: str, build_page: Any, parse: Any, new_type: str
) -> None:
    documented = [example_for(name) for _, name in every_variant(union)[:2]]
    unknown = example_for(unknown_variant(union))
    unknown.update(type=new_type, data={"anything": {"goes": [1, 2]}}, shiny_new_field=True)
    page = parse(encode(build_page([documented[0], unknown, documented[1]])), validate=True)

    first, fallback, last = page.data
    assert type(fallback) is getattr(models, unknown_variant(union))
    assert (fallback.id, fallback.type_) == (unknown["id"], new_type)
    assert fallback.created_at == datetime.datetime.fromisoformat(unknown["created_at"])
    assert fallback.data.additional_properties == {"anything": {"goes": [1, 2]}}
    assert fallback.additional_properties == {"shiny_new_field": True}
    assert first.type_ == documented[0]["type"]
    assert last.type_ == documented[1]["type"]


def broken_redemption_page() -> list[Any]:
    activities = [customer_activity(number) for number in range(5)]
    del activities[3]["data"]["data"]["customer"]
    return activities


def test_a_broken_payload_of_a_known_type_fails_the_page_when_validating() -> None:
    body = encode(customer_page(broken_redemption_page(), has_more=False))

    with pytest.raises(ActivityDecodeError) as caught:
        parse_customer_activity_page(body, validate=True)

    error = caught.value
    assert str(error) == (
        "data[3] (customer.redemption.succeeded, evcus_000003): "
        "data.data.customer: required field missing"
    )
    assert (error.index, error.activity_type, error.activity_id) == (
        3,
        "customer.redemption.succeeded",
        "evcus_000003",
    )
    assert error.path == ["data", "data", "customer"]
    assert isinstance(error, ValueError)
    assert isinstance(error.__cause__, KeyError)  # the original failure stays reachable


def test_a_broken_payload_keeps_its_class_and_is_recorded_when_read() -> None:
    page = parse_customer_activity_page(
        encode(customer_page(broken_redemption_page(), has_more=False))
    )

    broken = page.data[3]
    assert type(broken) is models.CustomerRedemptionSucceededActivity
    neighbour = page.data[2]
    assert isinstance(neighbour, models.CustomerRedemptionSucceededActivity)
    assert neighbour.data.data.customer.id  # the neighbours are fine
    assert broken.deviations == ()  # the payload is not read yet
    received: Any = broken.data.data  # the default mode does not raise
    assert received.customer is UNSET  # as received: absent
    assert [(d.location, d.reason) for d in page.data[3].deviations] == [
        ("data.data.customer", "required field missing")
    ]
    with pytest.raises(ActivityDecodeError, match=r"^data\[3\] \(customer\.redemption"):
        load_payloads(page)  # strict, like validate=True


@pytest.mark.parametrize(
    ("break_it", "message"),
    [
        (
            lambda a: a.pop("id"),
            "data[1] (customer.redemption.succeeded, ?): id: required field missing",
        ),
        (
            lambda a: a.update(created_at=None),
            "data[1] (customer.redemption.succeeded, evcus_000001): created_at: must not be null",
        ),
        (
            lambda a: a.update(created_at="yesterday"),
            "data[1] (customer.redemption.succeeded, evcus_000001): created_at: "
            "invalid string 'yesterday' (not an RFC 3339 date-time with an offset)",
        ),
        (lambda a: a.pop("type"), "data[1] (?, evcus_000001): type: required field missing"),
        (
            lambda a: a.update(type=7),
            "data[1] (?, evcus_000001): type: expected string, got integer 7",
        ),
        (
            lambda a: a.update(group_id=[]),
            "data[1] (customer.redemption.succeeded, evcus_000001): group_id: "
            "expected string or null, got array",
        ),
        (
            lambda a: a.update(data=[]),
            "data[1] (customer.redemption.succeeded, evcus_000001): data: "
            "expected an object, got array",
        ),
        (
            lambda a: a.pop("data"),
            "data[1] (customer.redemption.succeeded, evcus_000001): data: required field missing",
        ),
    ],
)
def test_a_broken_envelope_fails_the_page_at_once_when_validating(
    break_it: Any, message: str
) -> None:
    activities = [customer_activity(number) for number in range(3)]
    break_it(activities[1])

    with pytest.raises(ActivityDecodeError) as caught:
        body = encode(customer_page(activities, has_more=False))
        parse_customer_activity_page(body, validate=True)

    assert str(caught.value) == message
    assert caught.value.index == 1


def test_an_item_that_is_not_an_object_names_its_index() -> None:
    body = customer_page([customer_activity(0)], has_more=False)
    body["data"].append("evcus_1")

    with pytest.raises(ActivityDecodeError) as caught:
        parse_customer_activity_page(encode(body), validate=True)

    assert str(caught.value) == "data[1]: expected an object, got string 'evcus_1'"


def test_null_in_a_non_nullable_nested_field_is_a_clear_error() -> None:
    activities = [customer_activity(0)]
    activities[0]["data"]["data"]["redemption"]["id"] = None

    with pytest.raises(ActivityDecodeError) as caught:
        parse_customer_activity_page(
            encode(customer_page(activities, has_more=False)), validate=True
        )

    assert str(caught.value).endswith("data.data.redemption.id: expected string, got null")


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("has_more", "yes", "has_more: expected boolean, got string 'yes'"),
        ("has_more", None, "has_more: expected boolean, got null"),
        ("data", {"0": {}}, "data: expected array, got object"),
        ("object", "activity", "object: invalid string 'activity'"),
    ],
)
def test_a_broken_page_envelope_names_the_field(field: str, value: Any, message: str) -> None:
    body = customer_page([customer_activity(0)], has_more=False)
    body[field] = value

    with pytest.raises(ResponseDecodeError) as caught:
        parse_customer_activity_page(encode(body))

    assert not isinstance(caught.value, ActivityDecodeError)
    assert str(caught.value).startswith(message)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"<html>502 Bad Gateway</html>", "response body is not valid JSON"),
        (b"[]", "expected an object, got array"),
        (b"", "response body is not valid JSON"),
    ],
)
def test_a_body_that_is_not_a_page_is_a_decode_error(content: bytes, message: str) -> None:
    with pytest.raises(ResponseDecodeError, match=message):
        parse_program_activity_page(content)


@pytest.mark.parametrize("content", [None, {"object": "list"}, memoryview(b"{}"), 42])
@pytest.mark.parametrize("parse", [parse_customer_activity_page, parse_program_activity_page])
def test_content_that_is_not_a_body_is_a_clear_type_error(content: Any, parse: Any) -> None:
    with pytest.raises(TypeError, match=r"content must be a response body \(bytes or str\)"):
        parse(content)


def test_a_body_in_a_bytearray_parses_like_bytes() -> None:
    body = json.dumps(customer_page([customer_activity(1)], has_more=False)).encode()

    # typed bytes | str, as mypy --strict no longer takes a bytearray for bytes; read all the same
    read = parse_customer_activity_page(bytearray(body))  # type: ignore[arg-type]

    assert read == parse_customer_activity_page(body)


def test_unknown_fields_are_kept_at_every_level() -> None:
    activity = customer_activity(0)
    activity["new_top_level"] = {"x": 1}
    activity["data"]["data"]["customer"]["loyalty_tier"] = "gold"
    body = customer_page([activity], has_more=False)
    body["total"] = 1

    page = parse_customer_activity_page(encode(body))

    (parsed,) = page.data
    assert isinstance(parsed, models.CustomerRedemptionSucceededActivity)
    assert page.additional_properties == {"total": 1}
    assert parsed.additional_properties == {"new_top_level": {"x": 1}}
    assert parsed.data.data.customer["loyalty_tier"] == "gold"
    assert parsed.to_dict()["data"]["data"]["customer"]["loyalty_tier"] == "gold"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2022-08-30T09:14:07Z", datetime.datetime(2022, 8, 30, 9, 14, 7, tzinfo=datetime.UTC)),
        (
            "2022-08-30T09:14:07.660Z",
            datetime.datetime(2022, 8, 30, 9, 14, 7, 660000, tzinfo=datetime.UTC),
        ),
        (
            "2022-08-30T09:14:07.660+02:00",
            datetime.datetime(2022, 8, 30, 7, 14, 7, 660000, tzinfo=datetime.UTC),
        ),
        (
            "2022-08-30T09:14:07-05:30",
            datetime.datetime(2022, 8, 30, 14, 44, 7, tzinfo=datetime.UTC),
        ),
    ],
)
def test_date_times_parse_with_or_without_milliseconds_and_offsets(
    text: str, expected: datetime.datetime
) -> None:
    activity = program_activity(1)
    activity["created_at"] = text
    page = parse_program_activity_page(encode(program_page([activity], None)))

    created_at = page.data[0].created_at
    assert created_at == expected
    assert created_at.utcoffset() is not None


def test_lazily_and_eagerly_parsed_pages_are_equal() -> None:
    body = encode(customer_page([customer_activity(n) for n in range(3)], has_more=False))

    assert parse_customer_activity_page(body) == parse_customer_activity_page(body, validate=True)
    assert parse_customer_activity_page(body.decode()).data[1].id == "evcus_000001"


def test_the_v2_cursor_parses_and_null_ends_the_listing() -> None:
    page = parse_program_activity_page(
        encode(program_page([program_activity(1)], "lcrsapr_0a", "2031-02-03T04:05:06Z"))
    )
    last = parse_program_activity_page(encode(program_page([program_activity(2)], None)))

    assert isinstance(page.cursor, models.ProgramListCursor)
    assert page.cursor.next_ == "lcrsapr_0a"
    assert page.cursor.expires_at == datetime.datetime(2031, 2, 3, 4, 5, 6, tzinfo=datetime.UTC)
    assert last.cursor is None


def test_a_cursor_of_the_wrong_shape_is_a_clear_error() -> None:
    body = program_page([program_activity(1)], None)
    body["cursor"] = "lcrsapr_0a"

    with pytest.raises(ResponseDecodeError) as caught:
        parse_program_activity_page(encode(body))

    assert str(caught.value) == "cursor: expected object or null, got string 'lcrsapr_0a'"


@pytest.mark.parametrize("page", [None, {"data": []}, []])
def test_load_payloads_wants_a_parsed_page(page: Any) -> None:
    with pytest.raises(TypeError, match="page must be a parsed activity page, got"):
        load_payloads(page)
