"""The document is valid OpenAPI 3.1 and keeps the conventions the project relies on."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from openapi_spec_validator import validate

from contract_tests.spec import Spec

from .voucherify_spec_support import SPEC_PATH, ref_name


def test_openapi_spec_validator_accepts_the_document(spec: dict[str, Any]) -> None:
    validate(spec)  # raises on any error


def test_document_is_openapi_3_1(spec: dict[str, Any]) -> None:
    assert str(spec["openapi"]).startswith("3.1.")


def walk(node: Any, path: str = "#") -> Iterator[tuple[str, Any]]:
    yield path, node
    if isinstance(node, dict):
        for key, value in node.items():
            yield from walk(value, f"{path}/{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from walk(value, f"{path}/{i}")


def test_no_openapi_3_0_nullable(spec: dict[str, Any]) -> None:
    offenders = [p for p, n in walk(spec) if isinstance(n, dict) and "nullable" in n]
    assert offenders == []


def test_every_ref_resolves_inside_the_document() -> None:
    refs = list(Spec.load().refs())
    assert len(refs) > 100
    for _where, ref in refs:
        Spec.load().pointer(ref)  # raises SpecError when dangling


def reachable_schemas(spec: dict[str, Any], start: Any) -> set[str]:
    schemas: dict[str, Any] = spec["components"]["schemas"]
    seen: set[str] = set()
    stack = [start]
    while stack:
        for _p, n in walk(stack.pop()):
            if isinstance(n, dict) and str(n.get("$ref", "")).startswith("#/components/schemas/"):
                name = ref_name(n["$ref"])
                if name not in seen:
                    seen.add(name)
                    stack.append(schemas[name])
    return seen


def test_no_response_object_forbids_additional_properties(spec: dict[str, Any]) -> None:
    """The live API adds fields: nothing reachable from a response may be closed."""
    operations = [op for item in spec["paths"].values() for op in item.values()]
    names = reachable_schemas(spec, spec["components"]["responses"]) | reachable_schemas(
        spec, [op["responses"] for op in operations]
    )
    assert {"CustomerActivity", "ProgramActivity", "Customer", "Error"} <= names
    closed = [
        f"{name}{p[1:]}"
        for name in sorted(names)
        for p, n in walk(spec["components"]["schemas"][name])
        if isinstance(n, dict) and n.get("additionalProperties") is False
    ]
    assert closed == []


def test_program_path_parameter_is_named_id(spec: dict[str, Any]) -> None:
    operation = spec["paths"]["/v2/loyalties/programs/{id}/activities"]["get"]
    params = [Spec.load().pointer(p["$ref"]) if "$ref" in p else p for p in operation["parameters"]]
    assert [p["name"] for p in params if p["in"] == "path"] == ["id"]


ID_FIELD = re.compile(r"^(id|.*_id)$")
# ID fields whose prefix no source documents; they deliberately carry no example.
ID_WITHOUT_EXAMPLE = {
    "ReferralTier.id",
    "OrderItem.id",
    "EarningRule.automation_id",
}


def test_id_fields_have_prefixed_examples(schemas: dict[str, Any]) -> None:
    missing, unprefixed = [], []
    for name, schema in schemas.items():
        for p, node in walk(schema):
            if not (isinstance(node, dict) and isinstance(node.get("properties"), dict)):
                continue
            for prop, sub in node["properties"].items():
                if not ID_FIELD.match(prop) or not isinstance(sub, dict) or "$ref" in sub:
                    continue
                types = sub.get("type")
                if "string" not in (types if isinstance(types, list) else [types]):
                    continue
                label = f"{name}{p[1:]}.{prop}"
                if "example" not in sub:
                    if f"{name}.{prop}" not in ID_WITHOUT_EXAMPLE:
                        missing.append(label)
                elif not re.match(r"^[a-z0-9]+[_-]", str(sub["example"])):
                    unprefixed.append(f"{label}={sub['example']}")
    assert missing == []
    assert unprefixed == []


def test_spec_is_self_contained() -> None:
    # every $ref is same-document (test_every_ref_resolves_inside_the_document); the text
    # points at no file outside the project either
    text = SPEC_PATH.read_text(encoding="utf-8")
    assert "../" not in text
    assert "shared/" not in text
