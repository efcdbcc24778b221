"""Helpers for the spec tests, on top of the project's one spec reader (`contract_tests.spec`):
validate instances against any pointer of the document, with formats checked."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from contract_tests.spec import SCHEMAS, SPEC_PATH, Spec

__all__ = ["SPEC_PATH", "ExampleValue", "SpecValidator", "escape_pointer_token", "ref_name"]

# Type of the `example_value` fixture: name of a components/examples entry -> a copy of its value.
ExampleValue = Callable[[str], Any]


def escape_pointer_token(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def ref_name(ref: str) -> str:
    """`#/components/schemas/Foo` -> `Foo`."""
    assert ref.startswith(SCHEMAS), ref
    return ref[len(SCHEMAS) :]


class SpecValidator:
    """Validates instances against any JSON pointer of the spec document (formats checked)."""

    def __init__(self, spec: Spec) -> None:
        self.spec = spec

    def errors(self, pointer: str, instance: Any) -> list[str]:
        """Readable validation errors of `instance` against the schema at `pointer`."""
        assert pointer.startswith("#/"), pointer
        return [
            f"{'/'.join(map(str, e.absolute_path)) or '<root>'}: {e.message}"
            for e in self.spec.validator(pointer, formats=True).iter_errors(instance)
        ]

    def is_valid(self, schema_name: str, instance: Any) -> bool:
        return bool(self.spec.validator(SCHEMAS + schema_name, formats=True).is_valid(instance))

    def union_members(self, union: str) -> list[str]:
        one_of: list[dict[str, str]] = self.spec.pointer(SCHEMAS + union)["oneOf"]
        return [ref_name(item["$ref"]) for item in one_of]

    def matching_members(self, union: str, instance: Any) -> list[str]:
        """The members of the `oneOf` union `union` that accept `instance`."""
        return [m for m in self.union_members(union) if self.is_valid(m, instance)]
