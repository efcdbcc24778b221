"""Read-only access to the OpenAPI document: loading, `$ref` resolution, the lookups the mock needs.

The mock derives everything it can from the spec (event types, variant schemas, parameter
constraints, filter grammar) so that extending the spec extends the mock without code changes.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import yaml
from jsonschema import Draft202012Validator
from referencing import Registry
from referencing.jsonschema import DRAFT202012

SPEC_PATH = Path(__file__).resolve().parents[2] / "openapi" / "voucherify-activity.yaml"

# The document is registered under this URI so `#/components/...` refs resolve inside validators.
SPEC_URI = "urn:voucherify-activity-spec"

Schema = Mapping[str, Any]

# The two operations the mock serves (their operationIds are part of the spec's contract).
CUSTOMER_ACTIVITY_OPERATION = "listCustomerActivity"
PROGRAM_ACTIVITY_OPERATION = "listProgramActivities"


class SpecError(RuntimeError):
    """The spec lacks something the mock relies on (a broken `$ref`, a missing union...)."""


@dataclass(frozen=True)
class ActivityUnion:
    """The `oneOf` union of one feed: its `$ref` and the discriminator mapping (type -> `$ref`)."""

    ref: str
    variants: Mapping[str, str]

    @property
    def event_types(self) -> tuple[str, ...]:
        return tuple(self.variants)


class Spec:
    """An OpenAPI document plus helpers; treat the wrapped mapping as immutable."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document = document
        self.registry: Registry[Any] = Registry().with_resource(
            SPEC_URI, DRAFT202012.create_resource(document)
        )

    # ── references ──────────────────────────────────────────────────────────────
    def pointer(self, ref: str) -> Any:
        """The node a local `$ref` (`#/a/b`) points at."""
        if not ref.startswith("#"):
            raise SpecError(f"only local $refs are supported, got {ref!r}")
        node: Any = self.document
        for raw in ref[1:].split("/")[1:] if ref != "#" else []:
            part = unquote(raw).replace("~1", "/").replace("~0", "~")
            if isinstance(node, Mapping) and part in node:
                node = node[part]
            elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
                node = node[int(part)]
            else:
                raise SpecError(f"broken $ref {ref!r}")
        return node

    def resolve(self, node: Any) -> Any:
        """Follow a chain of pure `$ref`s (siblings of `$ref` are the caller's concern)."""
        seen: list[str] = []
        while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if ref in seen:
                raise SpecError(f"circular $ref chain {[*seen, ref]}")
            seen.append(ref)
            node = self.pointer(ref)
        return node

    def validator(self, schema_or_ref: Schema | str) -> Draft202012Validator:
        """A Draft 2020-12 validator for a schema node (or a local `$ref`) of this document."""
        schema: Schema = (
            {"$ref": SPEC_URI + schema_or_ref}
            if isinstance(schema_or_ref, str)
            else _absolutise(schema_or_ref)
        )
        return Draft202012Validator(schema, registry=self.registry)

    # ── operations ──────────────────────────────────────────────────────────────
    def operation(self, operation_id: str) -> Mapping[str, Any]:
        for path_item in self.document.get("paths", {}).values():
            for operation in path_item.values():
                if isinstance(operation, Mapping) and operation.get("operationId") == operation_id:
                    return operation
        raise SpecError(f"no operation {operation_id!r}")

    def parameters(self, operation_id: str, location: str) -> dict[str, Mapping[str, Any]]:
        """The operation's parameters in `location` (query/path/header), resolved, by name."""
        found: dict[str, Mapping[str, Any]] = {}
        for raw in self.operation(operation_id).get("parameters", []):
            parameter = self.resolve(raw)
            if parameter.get("in") == location:
                found[parameter["name"]] = parameter
        return found

    def response_schema(self, operation_id: str, status: str) -> Any:
        """The JSON schema node of a response (`$ref`s to components/responses followed)."""
        response = self.resolve(self.operation(operation_id)["responses"][status])
        return response["content"]["application/json"]["schema"]

    def activity_union(self, operation_id: str) -> ActivityUnion:
        """The activity union behind `data.items` of the operation's 200 response."""
        envelope = self.resolve(self.response_schema(operation_id, "200"))
        items = envelope["properties"]["data"]["items"]
        ref = items.get("$ref")
        union = self.resolve(items)
        mapping = union.get("discriminator", {}).get("mapping")
        if not isinstance(ref, str) or not mapping:
            raise SpecError(f"{operation_id}: data.items must $ref a union with a mapping")
        return ActivityUnion(ref=ref, variants=dict(mapping))


def _absolutise(node: Any) -> Any:
    """Rewrite local `$ref`s of an inline schema so they resolve against the registered spec."""
    if isinstance(node, Mapping):
        return {
            key: (
                SPEC_URI + value if key == "$ref" and isinstance(value, str) else _absolutise(value)
            )
            for key, value in node.items()
        }
    if isinstance(node, list):
        return [_absolutise(item) for item in node]
    return node


def load_document(path: Path = SPEC_PATH) -> dict[str, Any]:
    """Parse the YAML spec (libyaml when available: the pure-Python loader is ~10x slower)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        with path.open("rb") as stream:
            document = yaml.load(stream, Loader=loader)
    except FileNotFoundError as exc:
        raise SpecError(f"spec not found at {path}") from exc
    if not isinstance(document, dict):
        raise SpecError(f"{path} is not an OpenAPI document")
    return document


@functools.cache
def default_spec() -> Spec:
    """The project's spec, parsed once per process."""
    return Spec(load_document())
