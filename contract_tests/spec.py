"""The one reader of the OpenAPI document: the mock, the contract suite and the tests all use it.

Loaded once per process (`Spec.load()`), `$ref`s resolved by `referencing` against the document
registered under `SPEC_URI`, validators built once per pointer, and the lookups everyone needs:
operations and their parameters, response schemas, the activity union of each feed.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from enum import StrEnum
from functools import cache, cached_property
from pathlib import Path
from typing import Any, cast

import yaml
from jsonschema import Draft202012Validator, FormatChecker
from jsonschema.exceptions import best_match
from referencing import Registry, Resource
from referencing.exceptions import Unresolvable
from referencing.jsonschema import DRAFT202012

from contract_tests.schema_walk import Node, branches, deref, escape, json_type

SPEC_PATH = Path(__file__).resolve().parent.parent / "openapi" / "voucherify-activity.yaml"
# The document is registered under this URI so that `#/components/...` refs resolve in validators.
SPEC_URI = "urn:voucherify-activity"
SCHEMAS = "#/components/schemas/"
# libyaml when present: the pure-Python loader is ~10x slower.
YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

JsonObject = dict[str, Any]
Schema = Mapping[str, Any]


class SpecError(RuntimeError):
    """The spec lacks something its readers rely on (a broken `$ref`, a missing union...)."""


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

    @property
    def operation_id(self) -> str:
        return "listCustomerActivity" if self is Feed.CUSTOMER else "listProgramActivities"

    @classmethod
    def from_label(cls, label: str) -> Feed | None:
        try:
            return cls(label)
        except ValueError:
            return None

    @classmethod
    def from_short(cls, short: str) -> Feed | None:
        """The feed `short` (`v1`, `v2`) names, if any."""
        return next((feed for feed in cls if feed.short == short), None)

    @classmethod
    def of(cls, which: Feed | str) -> Feed:
        """`which` as a feed: a feed already, or its operationId."""
        if isinstance(which, Feed):
            return which
        for feed in cls:
            if feed.operation_id == which:
                return feed
        raise SpecError(f"no operation {which!r}")


# The operationIds (part of the spec's contract), for readers that name operations.
CUSTOMER_ACTIVITY_OPERATION = Feed.CUSTOMER.operation_id
PROGRAM_ACTIVITY_OPERATION = Feed.PROGRAM.operation_id


@dataclass(frozen=True)
class ActivityUnion:
    """The `oneOf` union of one feed: its `$ref`, the discriminator mapping (type -> `$ref`)
    and the one member the mapping leaves out (the `Unknown…` fallback)."""

    ref: str
    variants: Mapping[str, str]
    fallback: str

    def variant_of(self, event_type: object) -> str:
        """The `$ref` an activity of `event_type` must match (the fallback when unmapped)."""
        if not isinstance(event_type, str):
            return self.fallback
        return self.variants.get(event_type, self.fallback)


@dataclass(frozen=True)
class Spec:
    """The parsed document plus lookups; treat `document` as immutable."""

    document: JsonObject

    @classmethod
    def load(cls, path: Path = SPEC_PATH) -> Spec:
        """The parsed document, read once per process."""
        return _load(path.resolve())

    @cached_property
    def registry(self) -> Registry[Any]:
        resource: Resource[Any] = Resource.from_contents(
            self.document, default_specification=DRAFT202012
        )
        registry: Registry[Any] = Registry().with_resource(SPEC_URI, resource)
        return registry

    # -- references

    def pointer(self, ref: str) -> Any:
        """The node a local `$ref` (`#/a/b`) points at."""
        if not ref.startswith("#"):
            raise SpecError(f"only local $refs are supported, got {ref!r}")
        try:
            return self.registry.resolver().lookup(SPEC_URI + ref).contents
        except Unresolvable as error:
            raise SpecError(f"broken $ref {ref!r}") from error

    def refs(self) -> Iterator[tuple[str, str]]:
        """(JSON pointer of the node, its target) of every `$ref` in the document."""
        return _refs(self.document, "")

    def resolve(self, node: Any) -> Any:
        """Follow a chain of `$ref`s until a node without one (siblings are the caller's)."""
        seen: list[str] = []
        while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if ref in seen:
                raise SpecError(f"circular $ref chain {[*seen, ref]}")
            seen.append(ref)
            node = self.pointer(ref)
        return node

    def validator(self, target: Schema | str, *, formats: bool = False) -> Draft202012Validator:
        """A Draft 2020-12 validator for a local `$ref` (`#/…`), a component name (`Error`) or
        an inline schema of this document; the first two are built once. `formats`: also check
        `format`s (the contract check does not: the spec promises shapes, not RFC conformance)."""
        if not isinstance(target, str):
            return self._new_validator(_absolutise(target), formats)
        ref = target if target.startswith("#") else SCHEMAS + target
        validators = self._validators
        if (ref, formats) not in validators:
            self.pointer(ref)  # a broken ref fails here, by name, not at the first validation
            validators[ref, formats] = self._new_validator({"$ref": SPEC_URI + ref}, formats)
        return validators[ref, formats]

    @cached_property
    def _validators(self) -> dict[tuple[str, bool], Draft202012Validator]:
        return {}

    def _new_validator(self, schema: Schema, formats: bool) -> Draft202012Validator:
        checker = FormatChecker() if formats else None
        return Draft202012Validator(schema, registry=self.registry, format_checker=checker)

    # -- operations

    def operation(self, which: Feed | str) -> JsonObject:
        """The operation of a feed (or of an operationId)."""
        return cast(JsonObject, self.document["paths"][Feed.of(which).path]["get"])

    def parameters(self, which: Feed | str, location: str) -> dict[str, JsonObject]:
        """The operation's parameters in `location` (query/path/header), resolved, by name."""
        found: dict[str, JsonObject] = {}
        for raw in self.operation(which).get("parameters", []):
            parameter = self.resolve(raw)
            if parameter.get("in") == location:
                found[parameter["name"]] = parameter
        return found

    def response_schema(self, which: Feed | str, status: int | str) -> Any:
        """The JSON schema node of a documented response (`$ref`s to responses followed)."""
        response = self.resolve(self.operation(which)["responses"][str(status)])
        return response["content"]["application/json"]["schema"]

    def list_schema(self, feed: Feed) -> JsonObject:
        """The documented 200 body of a feed."""
        return cast(JsonObject, self.resolve(self.response_schema(feed, 200)))

    def list_node(self, feed: Feed) -> Node:
        """The documented 200 body of a feed with its pointer, where a schema walk starts."""
        paths = Node("", self.document).child("paths")
        response = deref(self, paths.child(feed.path, "get", "responses", "200"))
        return response.child("content", "application/json", "schema")

    def activity_union(self, feed: Feed) -> JsonObject:
        """The schema of a feed's activity union (`data.items` of its 200 body)."""
        return cast(JsonObject, self.resolve(self.list_schema(feed)["properties"]["data"]["items"]))

    def union(self, which: Feed | str) -> ActivityUnion:
        """The activity union of a feed: its `$ref`, mapping and fallback."""
        return self._unions[Feed.of(which)]

    @cached_property
    def _unions(self) -> dict[Feed, ActivityUnion]:
        unions = {}
        for feed in Feed:
            items = self.list_schema(feed)["properties"]["data"]["items"]
            union = self.resolve(items)
            mapping = union.get("discriminator", {}).get("mapping")
            if not isinstance(items.get("$ref"), str) or not mapping:
                raise SpecError(f"{feed.operation_id}: data.items must $ref a union with a mapping")
            members = [option["$ref"] for option in union["oneOf"]]
            fallbacks = [ref for ref in members if ref not in mapping.values()]
            strays = sorted({ref for ref in mapping.values() if ref not in members})
            if len(fallbacks) != 1 or strays:
                raise SpecError(
                    f"{feed.operation_id}: the union's mapping must name every member of its oneOf"
                    f" but one, the fallback; unmapped: {', '.join(fallbacks) or 'none'}"
                    + (f"; mapped but not in the oneOf: {', '.join(strays)}" if strays else "")
                    + " (`python scripts/regenerate.py` names what else is wrong)"
                )
            unions[feed] = ActivityUnion(items["$ref"], dict(mapping), fallbacks[0])
        return unions

    def documented_types(self, feed: Feed) -> frozenset[str]:
        """Event types the discriminator maps; anything else is undocumented."""
        return self._documented_types[feed]

    @cached_property
    def _documented_types(self) -> dict[Feed, frozenset[str]]:
        return {feed: frozenset(self.union(feed).variants) for feed in Feed}

    @cached_property
    def _shapes(self) -> dict[tuple[int, object, str], _Shape]:
        return {}

    def error_body_problems(self, body: object) -> list[str]:
        """Why `body` is not a documented error body (empty when it is one)."""
        return [
            f"{'/'.join(str(part) for part in error.absolute_path) or '(body)'}: {error.message}"
            for error in self.validator("Error").iter_errors(body)
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
        union = self.union(feed)
        problems = []
        for index, item in enumerate(items):
            kind = item.get("type") if isinstance(item, dict) else None
            error = best_match(self.validator(union.variant_of(kind)).iter_errors(item))
            if error is not None:
                where = "/".join(str(part) for part in error.absolute_path) or "(activity)"
                item_id = item.get("id") if isinstance(item, dict) else None
                problems.append(f"data[{index}] ({kind}, {item_id}): {where}: {error.message}")
                if len(problems) >= limit:
                    break
        return problems

    def undocumented_fields(self, feed: Feed, body: object) -> Iterator[str]:
        """JSON paths (indices as `[]`) of object keys the documented schema does not declare."""
        yield from _UndocumentedFields(self).walk(body, self.list_node(feed), "")

    def undocumented_item_fields(self, feed: Feed, activity: object) -> Iterator[str]:
        """Like `undocumented_fields`, for one activity of the page's `data`."""
        items = deref(self, self.list_node(feed)).child("properties", "data", "items")
        yield from _UndocumentedFields(self).walk(activity, items, "data[]")


@cache
def _load(path: Path) -> Spec:
    return Spec(load_document(path))


def load_document(path: Path = SPEC_PATH) -> JsonObject:
    """Parse the YAML spec."""
    try:
        with path.open("rb") as stream:
            document = yaml.load(stream, Loader=YAML_LOADER)
    except FileNotFoundError as error:
        raise SpecError(f"spec not found at {path}") from error
    except yaml.YAMLError as error:  # its text says what and where (line, column)
        raise SpecError(f"{path} is not valid YAML:\n{error}") from error
    if not isinstance(document, dict):
        raise SpecError(f"{path} is not an OpenAPI document")
    return document


def startup_problem(path: Path = SPEC_PATH) -> str | None:
    """Why the spec at `path` cannot drive the mock or the check (unreadable, not YAML, no
    activity unions), for a command line to print before it starts; None if it can."""
    try:
        spec = Spec.load(path)
        for where, ref in spec.refs():
            try:
                spec.pointer(ref)
            except SpecError as error:
                raise SpecError(f"{error} at {where or '/'}") from error
        for feed in Feed:
            spec.union(feed)
    except SpecError as error:
        return str(error)
    except (KeyError, TypeError, AttributeError) as error:  # a part the readers rely on is gone
        return f"{path} lacks what the activity feeds need ({type(error).__name__}: {error})"
    return None


def _refs(node: Any, where: str) -> Iterator[tuple[str, str]]:
    """(JSON pointer, target) of every `$ref` in `node`."""
    if isinstance(node, Mapping):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                yield where, value
            else:
                yield from _refs(value, f"{where}/{escape(str(key))}")
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from _refs(item, f"{where}/{index}")


def _absolutise(node: Any) -> Any:
    """Rewrite local `$ref`s of an inline schema so they resolve against the registered spec."""
    if isinstance(node, Mapping):
        return {
            key: SPEC_URI + value
            if key == "$ref" and isinstance(value, str) and value.startswith("#")
            else _absolutise(value)
            for key, value in node.items()
        }
    if isinstance(node, list):
        return [_absolutise(item) for item in node]
    return node


class _UndocumentedFields:
    """Walks an instance alongside its schema; objects with declared properties are closed.

    An object schema without `properties` (e.g. `metadata: {type: object}`) is free-form on
    purpose and never reported. Subschemas are chosen by `schema_walk.branches` (a discriminated
    `oneOf` through its mapping, an unmapped value through the `Unknown…` fallback). The merged
    view of each (schema, discriminator value, JSON type) is computed once per spec.
    """

    def __init__(self, spec: Spec) -> None:
        self._spec = spec

    def walk(self, instance: object, node: Node, path: str) -> Iterator[str]:
        if isinstance(instance, dict):
            shape = self._shape(instance, node)
            for name, value in instance.items():
                child = f"{path}.{name}" if path else name
                subschema = shape.properties.get(name)
                if subschema is not None:
                    if isinstance(value, dict | list):
                        yield from self.walk(value, subschema, child)
                elif shape.closed:
                    yield child
        elif isinstance(instance, list):
            items = self._shape(instance, node).items
            if items is not None:
                for element in instance:
                    if isinstance(element, dict | list):
                        yield from self.walk(element, items, f"{path}[]")

    def _shape(self, instance: object, node: Node) -> _Shape:
        key = (id(node.schema), _discriminator_value(instance), json_type(instance))
        cache = self._spec._shapes
        shape = cache.get(key)
        if shape is None:
            shape = _Shape.merge(branches(self._spec, instance, node))
            cache[key] = shape
        return shape


@dataclass(frozen=True, slots=True)
class _Shape:
    properties: dict[str, Node]
    closed: bool
    items: Node | None

    @classmethod
    def merge(cls, nodes: list[Node]) -> _Shape:
        properties: dict[str, Node] = {}
        closed = False
        items = None
        for branch in nodes:
            declared = branch.schema.get("properties")
            if isinstance(declared, dict):
                closed = closed or bool(declared)
                for name in declared:
                    properties.setdefault(name, branch.child("properties", name))
            extra = branch.schema.get("additionalProperties")
            if extra is True or isinstance(extra, dict):
                closed = False
            if items is None and isinstance(branch.schema.get("items"), dict):
                items = branch.child("items")
        return cls(properties, closed, items)


def _discriminator_value(instance: object) -> object:
    """What a discriminated union switches on (`type` in both feeds); part of the shape's key."""
    value = instance.get("type") if isinstance(instance, dict) else None
    return value if isinstance(value, str) else None
