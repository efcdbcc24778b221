"""Flatten `allOf` compositions (with the `$ref`s inside them) into one schema."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from .spec import Spec, SpecError


def merge_all_of(
    spec: Spec, schema: Mapping[str, Any], stack: tuple[str, ...] = ()
) -> dict[str, Any]:
    """One schema equivalent to `schema`'s `allOf` parts for generation purposes.

    Properties declared by several parts are kept as an `allOf` of their declarations, `required`
    lists are united, `enum`s intersected; for other keywords the first part that sets one wins.
    """
    merged: dict[str, Any] = {}
    for part in _parts(spec, schema, stack):
        for key, value in part.items():
            if key == "properties":
                props = merged.setdefault("properties", {})
                for prop, sub in value.items():
                    props[prop] = {"allOf": [props[prop], sub]} if prop in props else sub
            elif key == "required":
                merged["required"] = list(dict.fromkeys([*merged.get("required", []), *value]))
            elif key == "enum" and "enum" in merged:
                merged["enum"] = [v for v in merged["enum"] if v in value]
            else:
                merged.setdefault(key, value)
    return merged


def _parts(spec: Spec, schema: Mapping[str, Any], stack: tuple[str, ...]) -> Iterator[Any]:
    ref = schema.get("$ref")
    if isinstance(ref, str):
        if ref in stack:
            raise SpecError(f"allOf recursion through {ref}")
        yield from _parts(spec, spec.pointer(ref), (*stack, ref))
    for sub in schema.get("allOf", ()):
        yield from _parts(spec, sub, stack)
    yield {k: v for k, v in schema.items() if k not in ("allOf", "$ref")}
