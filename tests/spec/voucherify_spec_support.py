"""Helpers for the spec tests: load openapi/voucherify-activity.yaml and validate instances
against its schemas with jsonschema (Draft 2020-12), resolving `$ref`s inside the document.
Only project files are read."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = ROOT / "openapi" / "voucherify-activity.yaml"
DOC_URI = "urn:voucherify-activity"
SCHEMA_PREFIX = "#/components/schemas/"

# Type of the `example_value` fixture: name of a components/examples entry -> a copy of its value.
ExampleValue = Callable[[str], Any]


def load_spec() -> dict[str, Any]:
    with SPEC_PATH.open(encoding="utf-8") as fh:
        loaded: dict[str, Any] = yaml.safe_load(fh)
    return loaded


def escape_pointer_token(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def resolve_local_ref(doc: dict[str, Any], ref: str) -> Any:
    """Follow a same-document `#/...` reference (raises KeyError if it dangles)."""
    assert ref.startswith("#/"), f"only same-document refs are allowed, got {ref!r}"
    node: Any = doc
    for token in ref[2:].split("/"):
        node = node[token.replace("~1", "/").replace("~0", "~")]
    return node


def ref_name(ref: str) -> str:
    """`#/components/schemas/Foo` -> `Foo`."""
    assert ref.startswith(SCHEMA_PREFIX), ref
    return ref[len(SCHEMA_PREFIX) :]


class SpecValidator:
    """Validates instances against any JSON pointer of the spec document."""

    def __init__(self, doc: dict[str, Any]) -> None:
        self.doc = doc
        resource: Resource[Any] = DRAFT202012.create_resource(doc)
        self.registry: Registry[Any] = Registry().with_resource(DOC_URI, resource)

    def validator(self, pointer: str) -> Draft202012Validator:
        assert pointer.startswith("#/"), pointer
        return Draft202012Validator(
            {"$ref": DOC_URI + pointer},
            registry=self.registry,
            format_checker=Draft202012Validator.FORMAT_CHECKER,
        )

    def errors(self, pointer: str, instance: Any) -> list[str]:
        """Readable validation errors of `instance` against the schema at `pointer`."""
        return [
            f"{'/'.join(map(str, e.absolute_path)) or '<root>'}: {e.message}"
            for e in self.validator(pointer).iter_errors(instance)
        ]

    def is_valid(self, schema_name: str, instance: Any) -> bool:
        return bool(self.validator(SCHEMA_PREFIX + schema_name).is_valid(instance))

    def union_members(self, union: str) -> list[str]:
        one_of: list[dict[str, str]] = self.doc["components"]["schemas"][union]["oneOf"]
        return [ref_name(item["$ref"]) for item in one_of]

    def matching_members(self, union: str, instance: Any) -> list[str]:
        """The members of the `oneOf` union `union` that accept `instance`."""
        return [m for m in self.union_members(union) if self.is_valid(m, instance)]
