"""Realistic JSON payloads built from the spec itself, so every variant the spec gains is tested.

`example_for(name)` walks the component schema `name` and fills in every property (required or
not), preferring the spec's own `example` values, so the client parses the richest body the
spec allows. It follows `$ref`, merges `allOf`, takes the first non-null branch of `oneOf` and
stops descending into optional properties past a depth limit (the spec may be recursive).
"""

from __future__ import annotations

import copy
import functools
from collections.abc import Mapping
from typing import Any

from contract_tests.spec import SCHEMAS, Spec

MAX_DEPTH = 12
DATE_TIME = "2024-03-05T10:20:30.456Z"


def schemas() -> Mapping[str, Any]:
    components: Mapping[str, Any] = Spec.load().document["components"]["schemas"]
    return components


def discriminator_mapping(union: str) -> dict[str, str]:
    """`{type value: variant schema name}` of the union `union` (e.g. CustomerActivity)."""
    mapping: Mapping[str, str] = schemas()[union]["discriminator"]["mapping"]
    return {tag: ref.removeprefix(SCHEMAS) for tag, ref in mapping.items()}


def fallback_variant(union: str) -> str:
    """The one `oneOf` member the discriminator mapping leaves out (the Unknown… fallback)."""
    members = {entry["$ref"].removeprefix(SCHEMAS) for entry in schemas()[union]["oneOf"]}
    (fallback,) = members - set(discriminator_mapping(union).values())
    return str(fallback)


def example_for(name: str) -> Any:
    return copy.deepcopy(_example_cached(name))


@functools.cache
def _example_cached(name: str) -> Any:
    return _build(schemas()[name], depth=0)


def _resolve(schema: Mapping[str, Any]) -> Mapping[str, Any]:
    resolved: Mapping[str, Any] = Spec.load().resolve(schema)
    return resolved


def _merged(schema: Mapping[str, Any]) -> dict[str, Any]:
    """Flatten `allOf` into one object schema (properties and required lists combined)."""
    schema = _resolve(schema)
    merged: dict[str, Any] = {key: value for key, value in schema.items() if key != "allOf"}
    for part in schema.get("allOf", []):
        flat = _merged(part)
        merged.setdefault("properties", {}).update(flat.get("properties", {}))
        merged["required"] = [*merged.get("required", []), *flat.get("required", [])]
        for key, value in flat.items():
            if key not in ("properties", "required"):
                merged.setdefault(key, value)
    return merged


def _types(schema: Mapping[str, Any]) -> list[str]:
    declared = schema.get("type")
    if declared is None:
        return ["object"] if "properties" in schema else []
    return [declared] if isinstance(declared, str) else list(declared)


def _build(schema: Mapping[str, Any], depth: int) -> Any:
    schema = _merged(schema)
    if "const" in schema:
        return schema["const"]
    if "enum" in schema:
        return next(value for value in schema["enum"] if value is not None)
    for key in ("oneOf", "anyOf"):
        if key in schema:
            branches = [b for b in schema[key] if _resolve(b).get("type") != "null"]
            return _build(branches[0], depth) if branches else None
    kinds = [kind for kind in _types(schema) if kind != "null"]
    kind = kinds[0] if kinds else "object"
    example = schema.get("example")
    if kind == "string":
        if schema.get("format") == "date-time":
            return DATE_TIME
        if schema.get("format") == "date":
            return DATE_TIME[:10]
        return example if isinstance(example, str) else "text"
    if kind == "integer":
        return example if isinstance(example, int) and not isinstance(example, bool) else 7
    if kind == "number":
        return example if isinstance(example, int | float) else 7.5
    if kind == "boolean":
        return True
    if kind == "array":
        return [_build(schema.get("items", {}), depth + 1)]
    return _build_object(schema, depth)


def _build_object(schema: Mapping[str, Any], depth: int) -> dict[str, Any]:
    required = set(schema.get("required", []))
    properties: Mapping[str, Any] = schema.get("properties", {})
    built = {
        name: _build(sub, depth + 1)
        for name, sub in properties.items()
        if name in required or depth < MAX_DEPTH
    }
    extra = schema.get("additionalProperties")
    if isinstance(extra, Mapping):
        built["extra_key"] = _build(extra, depth + 1)
    elif not properties and extra is not False:
        built["free_form"] = {"nested": [1, "two", None]}
    return built
