"""Every example in the spec validates against its schema (jsonschema, Draft 2020-12), and each
example activity validates against exactly the variant its `type` maps to."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from contract_tests.spec import Spec

from .voucherify_spec_support import (
    ExampleValue,
    SpecValidator,
    escape_pointer_token,
    ref_name,
)

HTTP_METHODS = {"get", "put", "post", "delete", "patch", "options", "head", "trace"}


def iter_media_types(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(label, pointer of the media type object, media type object) for every response body."""
    for name, response in spec["components"].get("responses", {}).items():
        for mt, media in response.get("content", {}).items():
            response_ptr = f"#/components/responses/{escape_pointer_token(name)}"
            pointer = f"{response_ptr}/content/{escape_pointer_token(mt)}"
            yield f"components/responses/{name} {mt}", pointer, media
    for path, item in spec["paths"].items():
        for method, op in item.items():
            if method not in HTTP_METHODS:
                continue
            for status, response in op["responses"].items():
                if "$ref" in response:
                    continue  # checked through components/responses
                for mt, media in response.get("content", {}).items():
                    response_ptr = (
                        f"#/paths/{escape_pointer_token(path)}/{method}/responses/{status}"
                    )
                    pointer = f"{response_ptr}/content/{escape_pointer_token(mt)}"
                    yield f"{method.upper()} {path} {status} {mt}", pointer, media


def media_examples(spec: dict[str, Any]) -> list[Any]:
    cases = []
    for label, pointer, media in iter_media_types(spec):
        if "example" in media:
            cases.append(pytest.param(pointer + "/schema", media["example"], id=f"{label} example"))
        for ex_name, ex in media.get("examples", {}).items():
            resolved = Spec.load().pointer(ex["$ref"]) if "$ref" in ex else ex
            cases.append(
                pytest.param(pointer + "/schema", resolved["value"], id=f"{label} {ex_name}")
            )
    return cases


def walk_inline_examples(node: Any, pointer: str) -> Iterator[tuple[str, str, Any]]:
    """(kind, pointer of the schema to validate against, example) for every `example` keyword
    outside components/examples: parameter, media-type/header and schema-level examples."""
    if isinstance(node, list):
        for i, item in enumerate(node):
            yield from walk_inline_examples(item, f"{pointer}/{i}")
        return
    if not isinstance(node, dict):
        return
    if "example" in node:
        if {"name", "in"} <= node.keys():
            yield "parameter", pointer + "/schema", node["example"]
        elif "schema" in node:
            yield "media", pointer + "/schema", node["example"]
        else:
            yield "schema", pointer, node["example"]
    for key, value in node.items():
        if key in {"example", "examples"}:
            continue  # example payloads are data, not schemas
        yield from walk_inline_examples(value, f"{pointer}/{escape_pointer_token(key)}")


SPEC = Spec.load().document
MEDIA_EXAMPLES = media_examples(SPEC)
INLINE_EXAMPLES = [
    pytest.param(ptr, ex, id=f"{kind} {ptr}") for kind, ptr, ex in walk_inline_examples(SPEC, "#")
]


# ------------------------------------------------------------------ every example is valid


@pytest.mark.parametrize(("schema_pointer", "value"), MEDIA_EXAMPLES)
def test_response_example_matches_its_schema(
    sv: SpecValidator, schema_pointer: str, value: Any
) -> None:
    assert sv.errors(schema_pointer, value) == []


@pytest.mark.parametrize(("schema_pointer", "value"), INLINE_EXAMPLES)
def test_inline_example_matches_its_schema(
    sv: SpecValidator, schema_pointer: str, value: Any
) -> None:
    assert sv.errors(schema_pointer, value) == []


def test_examples_were_found() -> None:
    """Guards the collectors above: they must see the examples the spec is known to have."""
    assert len(MEDIA_EXAMPLES) >= 8
    assert len(INLINE_EXAMPLES) >= 100
    kinds = {kind for kind, _p, _e in walk_inline_examples(SPEC, "#")}
    assert {"parameter", "schema"} <= kinds


def test_an_invalid_example_would_be_caught(sv: SpecValidator) -> None:
    """The checker itself rejects wrong formats, patterns and types (format checking is on)."""
    assert sv.errors("#/components/schemas/CustomerActivityBase/properties/created_at", "later")
    assert sv.errors("#/components/schemas/Customer/properties/birthdate", "1990-13-45")
    assert sv.errors("#/components/schemas/ProgramListCursor/properties/next", "abc")
    assert sv.errors("#/components/schemas/Error", {"code": "404", "key": "x", "message": "y"})


def test_every_component_example_is_used_by_a_response(spec: dict[str, Any]) -> None:
    used = set()
    for _label, _pointer, media in iter_media_types(spec):
        for ex in media.get("examples", {}).values():
            if "$ref" in ex:
                used.add(ex["$ref"].rsplit("/", 1)[-1])
    assert set(spec["components"]["examples"]) == used


def test_every_response_body_has_an_example(spec: dict[str, Any]) -> None:
    missing = [
        label
        for label, _pointer, media in iter_media_types(spec)
        if "example" not in media and not media.get("examples")
    ]
    assert missing == []


def test_example_coverage_of_the_200_pages(example_value: ExampleValue) -> None:
    v1 = example_value("CustomerActivityPage")
    v1_types = [a["type"] for a in v1["data"]]
    assert len(set(v1_types)) >= 5
    assert "customer.redemption.succeeded" in v1_types
    assert any(t.startswith("customer.consents.") for t in v1_types)
    redemption = next(a for a in v1["data"] if a["type"] == "customer.redemption.succeeded")
    payload = redemption["data"]["data"]
    assert {"order", "voucher", "customer", "redemption", "campaign"} <= payload.keys()

    v2 = example_value("ProgramActivityPage")
    v2_types = [a["type"] for a in v2["data"]]
    assert len(set(v2_types)) >= 4
    assert any(t.endswith(".assigned") for t in v2_types)
    assert v2["cursor"] is not None


# ------------------------------------------------------ each activity matches its own variant

# union: (page example, fallback variant, a type no source documents)
UNIONS = {
    "CustomerActivity": ("CustomerActivityPage", "UnknownCustomerActivity", "customer.new.event"),
    "ProgramActivity": ("ProgramActivityPage", "UnknownProgramActivity", "vl.program.new_event"),
}


def activities(union: str) -> list[Any]:
    page = UNIONS[union][0]
    data: list[dict[str, Any]] = SPEC["components"]["examples"][page]["value"]["data"]
    return [pytest.param(union, a, id=f"{union}:{a['type']}") for a in data]


ALL_ACTIVITIES = activities("CustomerActivity") + activities("ProgramActivity")


@pytest.mark.parametrize(("union", "activity"), ALL_ACTIVITIES)
def test_example_activity_matches_only_its_mapped_variant(
    sv: SpecValidator, schemas: dict[str, Any], union: str, activity: dict[str, Any]
) -> None:
    mapping = schemas[union]["discriminator"]["mapping"]
    assert activity["type"] in mapping, "example uses an undocumented type"
    variant = ref_name(mapping[activity["type"]])
    assert sv.errors(f"#/components/schemas/{variant}", activity) == []
    assert sv.matching_members(union, activity) == [variant]
    assert sv.is_valid(union, activity)


@pytest.mark.parametrize(("union", "activity"), ALL_ACTIVITIES)
def test_example_with_undocumented_type_matches_only_unknown(
    sv: SpecValidator, schemas: dict[str, Any], union: str, activity: dict[str, Any]
) -> None:
    _page, unknown, new_type = UNIONS[union]
    assert new_type not in schemas[union]["discriminator"]["mapping"]
    mutated = {**activity, "type": new_type}
    assert sv.matching_members(union, mutated) == [unknown]
    assert sv.is_valid(union, mutated)
