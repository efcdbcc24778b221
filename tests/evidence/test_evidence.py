"""The evidence fixtures against the spec and the client.

Each fixture (contract_tests/evidence/payloads.py) is one realistic activity of a documented
type, with the quirks of Voucherify's published example payloads. The spec must accept every
one, and the client must parse every one into the class of its type, with the same result on
the msgspec fast path, on the plain `from_dict` path and lazily. A type the spec gains without
a fixture fails here, and so does a quirk no fixture reproduces (quirks.py).

Set VOUCHERIFY_EVENT_EXAMPLES to a directory holding voucherify-openapi's
documentation/openapi-events/*.json to also check that each cited example shows its quirk.
"""

from __future__ import annotations

import copy
import json
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import pytest
from spec.voucherify_spec_support import SpecValidator, ref_name
from voucherify_activity import _fast_path, load_payloads, models
from voucherify_activity.models import (
    CustomerActivityList,
    ProgramActivityList,
    UnknownCustomerActivity,
    UnknownProgramActivity,
)
from voucherify_activity.parsing import (
    loads,
    parse_customer_activity_page,
    parse_program_activity_page,
)

from contract_tests.evidence import payloads
from contract_tests.evidence.payloads import V1_ACTIVITIES, V2_ACTIVITIES
from contract_tests.spec import SCHEMAS as SCHEMAS_PREFIX
from contract_tests.spec import Spec

from .quirks import QUIRKS, WITH_MILLISECONDS, WITHOUT_FRACTION, Quirk, Source, find

Json = dict[str, Any]
Page = CustomerActivityList | ProgramActivityList

DOC = Spec.load().document
SCHEMAS: dict[str, Any] = DOC["components"]["schemas"]
SPEC = SpecValidator(Spec.load())
EXAMPLES_DIR = os.environ.get("VOUCHERIFY_EVENT_EXAMPLES")
PUBLISHED_FILES = {
    "events-bus-val-rule.json",
    "events-campaign.json",
    "events-customer.json",
    "events-distribution.json",
    "events-publication.json",
    "events-redemption.json",
    "events-voucher.json",
}


class Parser(Protocol):
    def __call__(self, content: bytes | str, *, validate: bool = ...) -> Page: ...


@dataclass(frozen=True)
class Feed:
    name: str
    union: str
    page_type: type[CustomerActivityList] | type[ProgramActivityList]
    parse: Parser
    unknown: type[UnknownCustomerActivity] | type[UnknownProgramActivity]
    fixtures: dict[str, Json]
    envelope_keys: frozenset[str]

    @property
    def mapping(self) -> dict[str, str]:
        """Documented type -> variant schema name, from the spec's discriminator."""
        mapping: dict[str, str] = SCHEMAS[self.union]["discriminator"]["mapping"]
        return {tag: ref_name(ref) for tag, ref in mapping.items()}

    def page(self, activities: list[Json], *, last: bool = True) -> bytes:
        body: Json
        if self.name == "v1":
            body = {"object": "list", "data_ref": "data", "data": activities, "has_more": not last}
            if not last:
                body["more_starting_after"] = activities[-1]["id"]
        else:
            cursor = (
                None if last else {"next": "lcrsapr_0fb1c3", "expires_at": "2025-11-01T00:00:00Z"}
            )
            body = {"object": "list", "data": activities, "cursor": cursor}
        return json.dumps(body).encode()


V1 = Feed(
    "v1",
    "CustomerActivity",
    CustomerActivityList,
    parse_customer_activity_page,
    UnknownCustomerActivity,
    V1_ACTIVITIES,
    payloads.V1_ENVELOPE_KEYS,
)
V2 = Feed(
    "v2",
    "ProgramActivity",
    ProgramActivityList,
    parse_program_activity_page,
    UnknownProgramActivity,
    V2_ACTIVITIES,
    payloads.V2_ENVELOPE_KEYS,
)
FEEDS = {"v1": V1, "v2": V2}
FIXTURES = [
    pytest.param(feed, type_, id=type_) for feed in (V1, V2) for type_ in sorted(feed.fixtures)
]


# -- what the spec does not document: keys outside every `properties` on the way


def _deref(schema: Any) -> Any:
    return Spec.load().resolve(schema)


def _types(schema: Json) -> set[str]:
    declared = schema.get("type")
    return {declared} if isinstance(declared, str) else set(declared or ())


def _branch(schema: Json, value: Any) -> Json | None:
    """The `oneOf` branch that describes `value` as an object or array, if any."""
    wanted = "object" if isinstance(value, dict) else "array" if isinstance(value, list) else None
    for branch in map(_deref, schema["oneOf"]):
        if wanted in _types(branch) or (
            wanted == "object" and {"properties", "allOf"} & set(branch)
        ):
            return dict(branch)
    return None


def _properties(schema: Any) -> Json:
    schema = _deref(schema)
    found = dict(schema.get("properties", {}))
    for part in schema.get("allOf", ()):
        found.update(_properties(part))
    return found


def undocumented(schema: Any, value: Any, path: str = "") -> Iterator[str]:
    """Paths of the keys in `value` that `schema` does not document. An object schema without
    `properties` is open: everything in it counts as documented."""
    schema = _deref(schema)
    if "oneOf" in schema:
        branch = _branch(schema, value)
        if branch is not None:
            yield from undocumented(branch, value, path)
        return
    if isinstance(value, dict):
        known, extra = _properties(schema), schema.get("additionalProperties")
        for key, item in value.items():
            where = f"{path}.{key}" if path else key
            if key in known:
                yield from undocumented(known[key], item, where)
            elif isinstance(extra, dict):
                yield from undocumented(extra, item, where)
            elif known:
                yield where
    elif isinstance(value, list) and "items" in schema:
        for index, item in enumerate(value):
            yield from undocumented(schema["items"], item, f"{path}.{index}")


def undocumented_in(feed: Feed, activity: Json) -> list[str]:
    return list(undocumented({"$ref": SCHEMAS_PREFIX + feed.mapping[activity["type"]]}, activity))


# -- the ways of parsing a page


def outcome(parse: Callable[[], Page]) -> str:
    """What a user sees: the page's repr, or the error's class and message."""
    try:
        return repr(parse())
    except ValueError as error:  # ResponseDecodeError and ActivityDecodeError are ValueErrors
        return f"{type(error).__name__}: {error}"


def lazily(feed: Feed, body: bytes) -> Page:
    page = feed.parse(body)
    load_payloads(page)
    return page


def from_dict(feed: Feed, body: bytes) -> Page:
    page = feed.page_type.from_dict(loads(body))
    load_payloads(page)
    return page


def every_way(feed: Feed, body: bytes, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """The outcome of `body` with msgspec (validate=True, lazy), without it, and by from_dict."""
    assert _fast_path.available(), "msgspec is not installed: there is no fast path to compare"
    ways = {
        "fast path, validate=True": outcome(lambda: feed.parse(body, validate=True)),
        "fast path, lazy": outcome(lambda: lazily(feed, body)),
    }
    with monkeypatch.context() as patched:
        patched.setattr(_fast_path, "_msgspec", None)
        ways["no msgspec, validate=True"] = outcome(lambda: feed.parse(body, validate=True))
        ways["no msgspec, lazy"] = outcome(lambda: lazily(feed, body))
    ways["from_dict"] = outcome(lambda: from_dict(feed, body))
    return ways


def assert_all_equal(ways: dict[str, str]) -> None:
    reference = ways["from_dict"]
    differing = {way: result for way, result in ways.items() if result != reference}
    assert not differing, f"from_dict gave:\n{reference}\nbut:\n" + "\n".join(
        f"{way}: {result}" for way, result in differing.items()
    )


# -- every documented type has a fixture


@pytest.mark.parametrize("feed", [V1, V2], ids=["v1", "v2"])
def test_every_documented_type_has_a_fixture_and_nothing_else(feed: Feed) -> None:
    assert sorted(feed.fixtures) == sorted(feed.mapping)


@pytest.mark.parametrize("feed", [V1, V2], ids=["v1", "v2"])
def test_each_fixture_is_an_activity_of_its_own_type_with_its_own_id(feed: Feed) -> None:
    assert all(activity["type"] == type_ for type_, activity in feed.fixtures.items())
    ids = [activity["id"] for activity in feed.fixtures.values()]
    assert len(set(ids)) == len(ids)


def test_the_fixtures_are_plain_json_and_deterministic() -> None:
    for feed in (V1, V2):
        assert json.loads(json.dumps(feed.fixtures)) == feed.fixtures
    assert payloads.build_v1_activities() == V1_ACTIVITIES
    assert payloads.build_v2_activities() == V2_ACTIVITIES


def _containers(value: Any) -> Iterator[Any]:
    if isinstance(value, dict | list):
        yield value
        for item in value.values() if isinstance(value, dict) else value:
            yield from _containers(item)


def test_no_two_places_share_an_object() -> None:
    # So that a test changing one fixture (or one part of it) changes nothing else.
    every = [c for feed in (V1, V2) for a in feed.fixtures.values() for c in _containers(a)]
    assert len({id(container) for container in every}) == len(every)


# -- the spec accepts every fixture


@pytest.mark.parametrize(("feed", "type_"), FIXTURES)
def test_the_fixture_validates_against_its_variant(feed: Feed, type_: str) -> None:
    variant = SCHEMAS_PREFIX + feed.mapping[type_]
    assert SPEC.errors(variant, feed.fixtures[type_]) == []


@pytest.mark.parametrize(("feed", "type_"), FIXTURES)
def test_the_fixture_validates_against_the_union(feed: Feed, type_: str) -> None:
    # `oneOf`: exactly one member, so neither a second variant nor the Unknown fallback matches.
    assert SPEC.errors(SCHEMAS_PREFIX + feed.union, feed.fixtures[type_]) == []


# -- the client parses every fixture into its class, the same way on every path


@pytest.mark.parametrize(("feed", "type_"), FIXTURES)
def test_the_fixture_parses_into_the_class_of_its_type(feed: Feed, type_: str) -> None:
    page = feed.parse(feed.page([feed.fixtures[type_]]), validate=True)
    (activity,) = page.data
    assert type(activity) is getattr(models, feed.mapping[type_])
    assert not isinstance(activity, feed.unknown)
    assert activity.type_ == type_


@pytest.mark.parametrize(("feed", "type_"), FIXTURES)
def test_the_fixture_reads_the_same_with_and_without_the_fast_path(
    feed: Feed, type_: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert_all_equal(every_way(feed, feed.page([feed.fixtures[type_]]), monkeypatch))


ENVELOPE_STRICT = frozenset({"id", "type", "created_at"})


def with_null_leaves(node: Any) -> Any:
    """Every property holding a leaf set to null but an `id` (docs/spec.md: strict); objects
    and lists are entered, and a list's own leaves are kept (the policy speaks of properties)."""
    if isinstance(node, dict):
        return {
            key: value if key == "id" else None if is_leaf(value) else with_null_leaves(value)
            for key, value in node.items()
        }
    if isinstance(node, list):
        return [item if is_leaf(item) else with_null_leaves(item) for item in node]
    return node


def is_leaf(value: Any) -> bool:
    return not isinstance(value, dict | list)


@pytest.mark.parametrize(("feed", "type_"), FIXTURES)
def test_every_documented_leaf_may_be_null(feed: Feed, type_: str) -> None:
    # The realism policy: tolerant everywhere but the list envelope, each activity's id, type
    # and created_at, and the ids of embedded objects; a nightly check failing on a null leaf
    # would be a false alarm.
    fixture = feed.fixtures[type_]
    activity = with_null_leaves(fixture) | {key: fixture[key] for key in ENVELOPE_STRICT}

    assert SPEC.errors(SCHEMAS_PREFIX + feed.mapping[type_], activity) == []
    page = feed.parse(feed.page([activity]), validate=True)  # strict: no deviation either
    assert type(page.data[0]) is getattr(models, feed.mapping[type_])


CLEAN_FIXTURES = [
    pytest.param(feed, type_, id=type_)
    for feed in (V1, V2)
    for type_, activity in sorted(feed.fixtures.items())
    if not undocumented_in(feed, activity)
]


@pytest.mark.parametrize(("feed", "type_"), CLEAN_FIXTURES)
def test_a_fixture_with_only_documented_fields_takes_the_fast_path(feed: Feed, type_: str) -> None:
    # Nulls, absences and the other quirks the spec allows must not send a page to the slow path.
    body = feed.page([feed.fixtures[type_]])
    assert _fast_path.decode_page(feed.page_type, body, lazy=False) is not None
    assert _fast_path.decode_page(feed.page_type, body, lazy=True) is not None


@pytest.mark.parametrize("feed", [V1, V2], ids=["v1", "v2"])
def test_a_page_of_every_fixture_parses_into_their_classes_the_same_every_way(
    feed: Feed, monkeypatch: pytest.MonkeyPatch
) -> None:
    activities = [copy.deepcopy(feed.fixtures[type_]) for type_ in feed.mapping]
    body = feed.page(activities, last=False)
    page = feed.parse(body, validate=True)
    assert [type(activity).__name__ for activity in page.data] == list(feed.mapping.values())
    assert_all_equal(every_way(feed, body, monkeypatch))


# -- every quirk is reproduced, and the fixtures vary as real feeds do


def test_the_quirk_records_are_complete() -> None:
    names = [quirk.name for quirk in QUIRKS]
    assert len(set(names)) == len(names)
    for quirk in QUIRKS:
        assert quirk.sources or quirk.evidence == "policy", quirk.name
        assert all(source.file in PUBLISHED_FILES for source in quirk.sources), quirk.name


@pytest.mark.parametrize("quirk", QUIRKS, ids=[quirk.name for quirk in QUIRKS])
def test_the_quirk_is_reproduced_by_a_fixture(quirk: Quirk) -> None:
    fixtures = FEEDS[quirk.feed].fixtures
    assert [type_ for type_, activity in fixtures.items() if quirk.found_in(activity)]


def _count(feed: Feed, test: Callable[[Json], bool]) -> int:
    return sum(1 for activity in feed.fixtures.values() if test(activity))


def test_the_v1_envelopes_vary() -> None:
    assert _count(V1, lambda a: "event_source" not in a["data"]) >= 5
    assert _count(V1, lambda a: a["data"].get("event_source", {}) is None) >= 1
    assert _count(V1, lambda a: isinstance(a["data"].get("event_source"), dict)) >= 30
    assert _count(V1, lambda a: "group_id" in a and a["group_id"] is None) >= 5
    assert _count(V1, lambda a: "group_id" not in a) >= 5
    assert _count(V1, lambda a: isinstance(a.get("group_id"), str)) >= 30
    assert _created_at_in(V1, WITH_MILLISECONDS) >= 10
    assert _created_at_in(V1, WITHOUT_FRACTION) >= 10


def test_the_v2_envelopes_vary() -> None:
    assert _count(V2, lambda a: "source" not in a) >= 1
    assert _count(V2, lambda a: "source" in a and a["source"] is None) >= 1
    assert _count(V2, lambda a: "group_id" in a and a["group_id"] is None) >= 1
    assert _count(V2, lambda a: "group_id" not in a) >= 1
    assert _count(V2, lambda a: a.get("program_id") is None) >= 1
    assert _created_at_in(V2, WITH_MILLISECONDS) >= 1
    assert _created_at_in(V2, WITHOUT_FRACTION) >= 1


def _created_at_in(feed: Feed, pattern: str) -> int:
    return _count(feed, lambda a: re.fullmatch(pattern, a["created_at"]) is not None)


@pytest.mark.parametrize("feed", [V1, V2], ids=["v1", "v2"])
def test_undocumented_fields_appear_at_every_level(feed: Feed) -> None:
    """Found with the spec, not hard-coded: on the activity, on `data`, and deeper."""
    levels = {"activity": 0, "data": 0, "nested": 0}
    for activity in feed.fixtures.values():
        for path in undocumented_in(feed, activity):
            depth = path.count(".")
            levels["activity" if depth == 0 else "data" if depth == 1 else "nested"] += 1
            if depth == 0:
                assert path not in feed.envelope_keys
    assert all(count >= 2 for count in levels.values()), levels
    clean = sum(1 for a in feed.fixtures.values() if not undocumented_in(feed, a))
    assert clean >= len(feed.fixtures) // 3, "keep enough fixtures the fast path can take whole"


# -- optional: the published examples show what the records say


def _published(source: Source) -> Any:
    assert EXAMPLES_DIR is not None
    document = json.loads((Path(EXAMPLES_DIR) / source.file).read_text(encoding="utf-8"))
    content = document["webhooks"][source.event]["post"]["requestBody"]["content"]
    (example,) = content["application/json"]["examples"].values()
    return example["value"]


CITED = [
    pytest.param(quirk, source, id=f"{quirk.name} @ {source.event} {source.where}")
    for quirk in QUIRKS
    for source in quirk.sources
]


@pytest.mark.skipif(EXAMPLES_DIR is None, reason="VOUCHERIFY_EVENT_EXAMPLES is not set")
@pytest.mark.parametrize(("quirk", "source"), CITED)
def test_the_cited_example_shows_the_quirk(quirk: Quirk, source: Source) -> None:
    found = list(find(_published(source), source.where))
    assert found, f"{source.where!r} is not in {source.file} {source.event}"
    check = quirk.example_test or (quirk.test if quirk.evidence == "example" else None)
    if check is not None:
        assert any(check(value) for value in found), found
