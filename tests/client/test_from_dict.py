"""The generated `from_dict` on its hot path: activity envelopes (and every other model) are read
without copying the input, unknown keys are collected only when there are some, the attrs class
is built with positional arguments, and the error for a broken envelope is exactly as precise as
it was before (these messages are the ones the previous, copy-and-pop code produced)."""

from __future__ import annotations

import ast
import copy
import datetime
import inspect
import json
import textwrap
from collections.abc import Callable
from types import MappingProxyType
from typing import Any

import attrs
import pytest
import voucherify_activity.models as models
from voucherify_activity import parse_customer_activity_page, parse_program_activity_page
from voucherify_activity.errors import ActivityDecodeError, ResponseDecodeError
from voucherify_activity.types import UNSET

from .fakes import customer_activity, customer_page, normalized, program_activity, program_page
from .spec_examples import example_for, schemas

MODELS = sorted(
    (name, cls)
    for name, cls in vars(models).items()
    if isinstance(cls, type) and attrs.has(cls) and hasattr(cls, "from_dict")
)
SPEC_MODELS = [(name, cls) for name, cls in MODELS if name in schemas()]


def encode(body: Any) -> bytes:
    return json.dumps(body).encode()


# Strict mode: these tests pin the errors that `validate=True` (and the contract check) raise;
# the default mode's tolerance is tested in test_tolerant_reader.py.
def parse_v1(activities: list[Any]) -> list[Any]:
    body = encode(customer_page(activities, has_more=False))
    return list(parse_customer_activity_page(body, validate=True).data)


def parse_v2(activities: list[Any]) -> list[Any]:
    return list(
        parse_program_activity_page(encode(program_page(activities, None)), validate=True).data
    )


# (fake activity builder, page parser) per feed; the builders give documented, valid activities.
FEEDS: dict[str, tuple[Callable[[int], Any], Callable[[list[Any]], list[Any]]]] = {
    "v1": (customer_activity, parse_v1),
    "v2": (program_activity, parse_v2),
}


def test_the_model_lists_are_not_empty() -> None:
    # Guards the parametrisations below: an empty list would make them vacuous.
    assert len(MODELS) > 200
    assert len(SPEC_MODELS) > 100


@pytest.mark.parametrize(("name", "cls"), MODELS)
def test_from_dict_passes_the_fields_in_init_order(name: str, cls: type) -> None:
    # from_dict calls `cls(a, b, ...)` positionally (much cheaper than keywords): a template
    # change that put two same-typed fields out of order would swap their values silently.
    tree = ast.parse(textwrap.dedent(inspect.getsource(cls.from_dict)))  # type: ignore[attr-defined]
    (call,) = [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "cls"
    ]
    passed = [arg.id for arg in call.args if isinstance(arg, ast.Name)]
    parameters = list(inspect.signature(cls).parameters)

    assert not call.keywords
    assert passed == parameters, name


@pytest.mark.parametrize(("name", "cls"), SPEC_MODELS)
def test_every_model_round_trips_the_richest_example_of_its_schema(name: str, cls: Any) -> None:
    example = example_for(name)
    original = copy.deepcopy(example)

    parsed = cls.from_dict(example)

    assert example == original  # the input is read, never modified
    assert normalized(parsed.to_dict()) == normalized(example)


@pytest.mark.parametrize("feed", sorted(FEEDS))
def test_without_unknown_keys_each_activity_gets_an_empty_dict_of_its_own(feed: str) -> None:
    build, parse = FEEDS[feed]
    first, second = parse([build(1), build(2)])

    assert first.additional_properties == {}
    first["added_later"] = 1
    assert second.additional_properties == {}


@pytest.mark.parametrize("feed", sorted(FEEDS))
@pytest.mark.parametrize("with_group_id", [True, False])
def test_unknown_keys_are_kept_in_key_order_whichever_optional_keys_are_present(
    feed: str, with_group_id: bool
) -> None:
    build, parse = FEEDS[feed]
    activity = build(1)
    if not with_group_id:
        # One unknown key instead of a known one: as many keys as the class declares.
        del activity["group_id"]
    activity["zeta"] = {"nested": [1]}
    activity["alpha"] = None

    (parsed,) = parse([activity])

    assert parsed.additional_properties == {"zeta": {"nested": [1]}, "alpha": None}
    # In key order, not as sent: the msgspec fast path, which learns undocumented keys, keeps
    # them that way too, so both paths give the same objects (docs/client.md).
    assert parsed.additional_keys == ["alpha", "zeta"]
    assert (parsed.group_id is UNSET) is not with_group_id
    assert parsed.to_dict()["alpha"] is None


def test_a_read_only_mapping_is_accepted_and_left_alone() -> None:
    source = customer_activity(1, "CustomerEmailSentActivity")
    source["extra"] = "kept"
    frozen = MappingProxyType(source)

    parsed = models.CustomerEmailSentActivity.from_dict(frozen)

    assert parsed.id == "evcus_000001"
    assert parsed.additional_properties == {"extra": "kept"}
    assert parsed.additional_properties is not source
    assert "extra" in source


ENVELOPE_ERRORS = [
    (lambda a: a.update(id=None), "id: expected string, got null"),
    (lambda a: a.update(id=7), "id: expected string, got integer 7"),
    (lambda a: a.pop("created_at"), "created_at: required field missing"),
    (
        lambda a: a.update(created_at=1661850847),
        "created_at: invalid integer 1661850847 (fromisoformat: argument must be str)",
    ),
    (
        lambda a: a.update(created_at="2022-08-30 nine o'clock"),
        'created_at: invalid string "2022-08-30 nine o\'clock" '
        "(not an RFC 3339 date-time with an offset)",
    ),
    (lambda a: a.update(data=None), "data: expected an object, got null"),
    (lambda a: a.update(data="{}"), "data: expected an object, got string '{}'"),
    (lambda a: a.update(group_id=12), "group_id: expected string or null, got integer 12"),
]


@pytest.mark.parametrize("feed", sorted(FEEDS))
@pytest.mark.parametrize(("break_it", "reason"), ENVELOPE_ERRORS)
def test_a_broken_envelope_of_a_known_type_names_the_field(
    feed: str, break_it: Callable[[Any], object], reason: str
) -> None:
    build, parse = FEEDS[feed]
    activities = [build(0), build(1)]
    break_it(activities[1])

    with pytest.raises(ActivityDecodeError) as caught:
        parse(activities)

    error = caught.value
    activity_id = activities[1].get("id")
    shown_id = activity_id if isinstance(activity_id, str) else "?"
    assert str(error) == f"data[1] ({activities[1]['type']}, {shown_id}): {reason}"
    assert error.index == 1


@pytest.mark.parametrize(
    ("break_it", "reason"),
    [
        (lambda a: a.update(program_id=12), "program_id: expected string or null, got integer 12"),
        (lambda a: a.update(source="API"), "source: expected object or null, got string 'API'"),
        (
            lambda a: a["source"].update(channel="FAX"),
            "source.channel: invalid string 'FAX'",
        ),
    ],
)
def test_a_broken_v2_envelope_names_the_field(
    break_it: Callable[[Any], object], reason: str
) -> None:
    activity = program_activity(1)
    break_it(activity)

    with pytest.raises(ActivityDecodeError) as caught:
        parse_v2([activity])

    assert str(caught.value).startswith(f"data[0] (vl.program.created, laprg_000001): {reason}")


def test_a_variant_called_directly_with_another_type_says_which_it_wants() -> None:
    activity = customer_activity(1, "CustomerEmailSentActivity")

    with pytest.raises(ResponseDecodeError) as caught:
        models.CustomerRedemptionSucceededActivity.from_dict(activity)

    assert str(caught.value) == (
        "type: invalid string 'customer.email.sent' (type must match const "
        "'customer.redemption.succeeded', got 'customer.email.sent')"
    )


@pytest.mark.parametrize(
    ("union", "feed", "new_type"),
    [
        ("UnknownCustomerActivity", "v1", "customer.teleported"),
        ("UnknownProgramActivity", "v2", "vl.program.teleported"),
    ],
)
@pytest.mark.parametrize(
    ("break_it", "reason"),
    [
        (lambda a: a.pop("id"), "id: required field missing"),
        (lambda a: a.update(created_at=None), "created_at: must not be null"),
        (lambda a: a.update(data=[1]), "data: expected an object, got array"),
    ],
)
def test_a_broken_envelope_of_an_unknown_type_names_the_field(
    union: str, feed: str, new_type: str, break_it: Callable[[Any], object], reason: str
) -> None:
    build, parse = FEEDS[feed]
    activity = example_for(union)
    activity.update(id="ev_new_1", type=new_type)
    break_it(activity)

    with pytest.raises(ActivityDecodeError) as caught:
        parse([activity, build(2)])  # a valid last one: the page builder reads its id

    shown_id = activity.get("id", "?")
    assert str(caught.value) == f"data[0] ({new_type}, {shown_id}): {reason}"


UTC = datetime.UTC


@pytest.mark.parametrize("feed", sorted(FEEDS))
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2022-08-30T09:14:07Z", datetime.datetime(2022, 8, 30, 9, 14, 7, tzinfo=UTC)),
        ("2022-08-30T09:14:07.6Z", datetime.datetime(2022, 8, 30, 9, 14, 7, 600000, tzinfo=UTC)),
        (
            "2022-08-30T09:14:07.660Z",
            datetime.datetime(2022, 8, 30, 9, 14, 7, 660000, tzinfo=UTC),
        ),
        (
            "2022-08-30T09:14:07.123456+00:00",
            datetime.datetime(2022, 8, 30, 9, 14, 7, 123456, tzinfo=UTC),
        ),
        (
            "2022-08-30T09:14:07.660+02:00",
            datetime.datetime(2022, 8, 30, 7, 14, 7, 660000, tzinfo=UTC),
        ),
        ("2022-08-30T09:14:07-05:30", datetime.datetime(2022, 8, 30, 14, 44, 7, tzinfo=UTC)),
    ],
)
def test_created_at_parses_with_or_without_fractions_and_with_any_offset(
    feed: str, text: str, expected: datetime.datetime
) -> None:
    build, parse = FEEDS[feed]
    activity = build(1)
    activity["created_at"] = text

    (parsed,) = parse([activity])

    assert parsed.created_at == expected
    assert parsed.created_at.utcoffset() is not None
