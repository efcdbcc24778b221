"""What the contract check needs to know about the OpenAPI document, read from the document."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from functools import cache, cached_property
from pathlib import Path
from typing import Any, cast

import yaml
from jsonschema import Draft202012Validator
from jsonschema.exceptions import best_match
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

SPEC_PATH = Path(__file__).resolve().parent.parent / "openapi" / "voucherify-activity.yaml"
_DOCUMENT_URI = "urn:voucherify-activity"

JsonObject = dict[str, Any]


class Feed(StrEnum):
    """The two operations, named by the feed they list."""

    CUSTOMER = "GET /v1/customers/{customerId}/activity"
    PROGRAM = "GET /v2/loyalties/programs/{id}/activities"

    @property
    def path(self) -> str:
        return self.value.split(" ", 1)[1]

    @property
    def path_parameter(self) -> str:
        return "customerId" if self is Feed.CUSTOMER else "id"

    @property
    def short(self) -> str:
        return "v1" if self is Feed.CUSTOMER else "v2"

    @classmethod
    def from_label(cls, label: str) -> Feed | None:
        try:
            return cls(label)
        except ValueError:
            return None


@dataclass(frozen=True)
class Spec:
    document: JsonObject

    @classmethod
    def load(cls, path: Path = SPEC_PATH) -> Spec:
        """The parsed document, read once per process (treat it as immutable)."""
        return _load(path.resolve())

    @cached_property
    def _registry(self) -> Registry[Any]:
        resource: Resource[Any] = Resource.from_contents(
            self.document, default_specification=DRAFT202012
        )
        registry: Registry[Any] = Registry().with_resource(_DOCUMENT_URI, resource)
        return registry

    def resolve(self, schema: JsonObject) -> JsonObject:
        """Follow `$ref`s (local to the document) until a schema without one."""
        while "$ref" in schema:
            pointer = str(schema["$ref"])
            if not pointer.startswith("#/"):
                raise ValueError(f"only local $refs are supported, got {pointer!r}")
            node: Any = self.document
            for part in pointer[2:].split("/"):
                node = node[part.replace("~1", "/").replace("~0", "~")]
            schema = cast(JsonObject, node)
        return schema

    def list_schema(self, feed: Feed) -> JsonObject:
        """The documented 200 body of a feed."""
        operation = self.document["paths"][feed.path]["get"]
        content = self.resolve(operation["responses"]["200"])["content"]
        return self.resolve(content["application/json"]["schema"])

    def activity_union(self, feed: Feed) -> JsonObject:
        return self.resolve(self.list_schema(feed)["properties"]["data"]["items"])

    def documented_types(self, feed: Feed) -> frozenset[str]:
        """Event types the discriminator maps; anything else is undocumented."""
        return self._documented_types[feed]

    @cached_property
    def _documented_types(self) -> dict[Feed, frozenset[str]]:
        return {
            feed: frozenset(self.activity_union(feed)["discriminator"]["mapping"]) for feed in Feed
        }

    def documented_statuses(self, feed: Feed) -> frozenset[int]:
        responses = self.document["paths"][feed.path]["get"]["responses"]
        return frozenset(int(code) for code in responses if code.isdigit())

    def validator(self, component: str) -> Draft202012Validator:
        """A JSON Schema validator for `#/components/schemas/<component>`."""
        schema = {"$ref": f"{_DOCUMENT_URI}#/components/schemas/{component}"}
        return Draft202012Validator(schema, registry=self._registry)

    @cached_property
    def _shapes(self) -> dict[tuple[int, object, str], _Shape]:
        return {}

    @cached_property
    def error_validator(self) -> Draft202012Validator:
        return self.validator("Error")

    def error_body_problems(self, body: object) -> list[str]:
        """Why `body` is not a documented error body (empty when it is one)."""
        return [
            f"{'/'.join(str(part) for part in error.absolute_path) or '(body)'}: {error.message}"
            for error in self.error_validator.iter_errors(body)
        ]

    def activity_problems(self, feed: Feed, body: object, limit: int = 5) -> list[str]:
        """Why activities of a page do not match the variant their `type` maps to.

        Schema validators report a failing `oneOf` as a whole; this names the activity and the
        field, e.g. `data[3] (vl.program.updated, laprg_…): created_at: 17… is not of type
        'string'`.
        """
        items = body.get("data") if isinstance(body, dict) else None
        if not isinstance(items, list):
            return []
        union = self.activity_union(feed)
        mapping: dict[str, str] = union["discriminator"]["mapping"]
        fallback = next(
            option["$ref"] for option in union["oneOf"] if option["$ref"] not in mapping.values()
        )
        problems = []
        for index, item in enumerate(items):
            kind = item.get("type") if isinstance(item, dict) else None
            ref = mapping.get(kind, fallback) if isinstance(kind, str) else fallback
            error = best_match(self._variant_validator(ref).iter_errors(item))
            if error is not None:
                where = "/".join(str(part) for part in error.absolute_path) or "(activity)"
                item_id = item.get("id") if isinstance(item, dict) else None
                problems.append(f"data[{index}] ({kind}, {item_id}): {where}: {error.message}")
                if len(problems) >= limit:
                    break
        return problems

    def _variant_validator(self, ref: str) -> Draft202012Validator:
        validators = self._variant_validators
        if ref not in validators:
            validators[ref] = self.validator(ref.rsplit("/", 1)[-1])
        return validators[ref]

    @cached_property
    def _variant_validators(self) -> dict[str, Draft202012Validator]:
        return {}

    def undocumented_fields(self, feed: Feed, body: object) -> Iterator[str]:
        """JSON paths (indices as `[]`) of object keys the documented schema does not declare."""
        yield from _UndocumentedFields(self).walk(body, self.list_schema(feed), "")

    def undocumented_item_fields(self, feed: Feed, activity: object) -> Iterator[str]:
        """Like `undocumented_fields`, for one activity of the page's `data`."""
        yield from _UndocumentedFields(self).walk(activity, self.activity_union(feed), "data[]")


@cache
def _load(path: Path) -> Spec:
    # libyaml's loader when present: the pure-Python one takes ~0.6 s on this document.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with path.open(encoding="utf-8") as stream:
        return Spec(cast(JsonObject, yaml.load(stream, Loader=loader)))


class _UndocumentedFields:
    """Walks an instance alongside its schema; objects with declared properties are closed.

    An object schema without `properties` (e.g. `metadata: {type: object}`) is free-form on
    purpose and never reported. A discriminated `oneOf` is followed through its mapping, an
    unmapped value through the branch the mapping leaves out (the `Unknown…` fallback). The merged
    view of each (schema, discriminator value) is computed once per spec.
    """

    def __init__(self, spec: Spec) -> None:
        self._spec = spec

    def walk(self, instance: object, schema: JsonObject, path: str) -> Iterator[str]:
        if isinstance(instance, dict):
            shape = self._shape(instance, schema)
            for name, value in instance.items():
                child = f"{path}.{name}" if path else name
                subschema = shape.properties.get(name)
                if subschema is not None:
                    if isinstance(value, dict | list):
                        yield from self.walk(value, subschema, child)
                elif shape.closed:
                    yield child
        elif isinstance(instance, list):
            items = self._shape(instance, schema).items
            if items is not None:
                for element in instance:
                    if isinstance(element, dict | list):
                        yield from self.walk(element, items, f"{path}[]")

    def _shape(self, instance: object, schema: JsonObject) -> _Shape:
        key = (id(schema), _discriminator_value(instance), _json_type(instance))
        cache = self._spec._shapes
        shape = cache.get(key)
        if shape is None:
            shape = _Shape.merge(self._branches(instance, schema))
            cache[key] = shape
        return shape

    def _branches(self, instance: object, schema: JsonObject) -> list[JsonObject]:
        """The schema and every subschema that applies to `instance` (allOf, chosen oneOf/anyOf)."""
        schema = self._spec.resolve(schema)
        result = [schema]
        for part in schema.get("allOf", []):
            result += self._branches(instance, part)
        options = schema.get("oneOf") or schema.get("anyOf")
        if options:
            for option in self._choose(instance, schema, options):
                result += self._branches(instance, option)
        return result

    def _choose(
        self, instance: object, schema: JsonObject, options: list[JsonObject]
    ) -> list[JsonObject]:
        discriminator = schema.get("discriminator")
        if isinstance(discriminator, dict) and isinstance(instance, dict):
            mapping: dict[str, str] = discriminator.get("mapping", {})
            value = instance.get(discriminator["propertyName"])
            if isinstance(value, str) and value in mapping:
                return [{"$ref": mapping[value]}]
            mapped = set(mapping.values())
            return [option for option in options if option.get("$ref") not in mapped]
        return [
            option for option in options if _json_type_fits(instance, self._spec.resolve(option))
        ]


@dataclass(frozen=True, slots=True)
class _Shape:
    properties: dict[str, JsonObject]
    closed: bool
    items: JsonObject | None

    @classmethod
    def merge(cls, branches: list[JsonObject]) -> _Shape:
        properties: dict[str, JsonObject] = {}
        closed = False
        items = None
        for branch in branches:
            declared = branch.get("properties")
            if isinstance(declared, dict):
                closed = closed or bool(declared)
                for name, subschema in declared.items():
                    properties.setdefault(name, subschema)
            extra = branch.get("additionalProperties")
            if extra is True or isinstance(extra, dict):
                closed = False
            if items is None and isinstance(branch.get("items"), dict):
                items = branch["items"]
        return cls(properties, closed, items)


def _discriminator_value(instance: object) -> object:
    """What a discriminated union switches on (`type` in both feeds); part of the shape's key."""
    value = instance.get("type") if isinstance(instance, dict) else None
    return value if isinstance(value, str) else None


def _json_type(instance: object) -> str:
    return {
        dict: "object",
        list: "array",
        str: "string",
        bool: "boolean",
        type(None): "null",
    }.get(type(instance), "number")


def _json_type_fits(instance: object, schema: JsonObject) -> bool:
    declared = schema.get("type")
    if declared is None:
        return True
    kinds = declared if isinstance(declared, list) else [declared]
    actual = _json_type(instance)
    return actual in kinds or (actual == "number" and "integer" in kinds)
