"""Where in the spec a JSON path of a response lives: the schema nodes, as JSON pointers.

Walks a sample response alongside the operation's 200 schema, the way the validator does: `$ref`s
followed, every `allOf` part taken, the `oneOf` / `anyOf` branch chosen by the discriminator
mapping (an unmapped value by the branch the mapping leaves out) or by the JSON type. At the last
step of the path it reports the branches of the object holding it and the property schemas that
declare it, each with its pointer into the document, which is what a spec edit needs.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from contract_tests.drift.subject import json_type
from contract_tests.spec import Feed, Spec

SCHEMAS = "/components/schemas/"
_ITEM = None  # a path step into every item of an array


@dataclass(frozen=True, slots=True)
class Node:
    pointer: str
    """JSON pointer into the document, e.g. `/components/schemas/Customer/properties/name`."""
    schema: Any

    @property
    def component(self) -> str | None:
        """The component schema the node belongs to (`Customer`), if any."""
        if not self.pointer.startswith(SCHEMAS):
            return None
        return unescape(self.pointer[len(SCHEMAS) :].split("/", 1)[0])

    def child(self, *tokens: str | int) -> Node:
        node: Any = self.schema
        pointer = self.pointer
        for token in tokens:
            node = node[token]
            pointer += "/" + escape(str(token))
        return Node(pointer, node)


@dataclass(frozen=True, slots=True)
class Hit:
    """The last step of a path in one sample: the holder's branches and what declares the name."""

    holders: list[Node]
    declared: list[Node]
    present: bool
    value: Any


def page_root(spec: Spec, feed: Feed) -> Node:
    operation = Node("", spec.document).child("paths", feed.path, "get", "responses", "200")
    response = deref(spec, operation)
    return response.child("content", "application/json", "schema")


def hits(spec: Spec, feed: Feed, page: Any, path: str) -> list[Hit]:
    """Every place `path` (indices collapsed, `data[].x`) reaches in `page`."""
    steps = parse(path)
    if not steps or not isinstance(steps[-1], str):
        return []
    positions = [(page, page_root(spec, feed))]
    for step in steps[:-1]:
        positions = [moved for position in positions for moved in _advance(spec, position, step)]
    name = steps[-1]
    found = []
    for instance, node in positions:
        if not isinstance(instance, dict):
            continue
        holders = branches(spec, instance, node)
        declared = [
            branch.child("properties", name)
            for branch in holders
            if isinstance(branch.schema.get("properties"), dict)
            and name in branch.schema["properties"]
        ]
        found.append(Hit(holders, declared, name in instance, instance.get(name)))
    return found


def parse(path: str) -> list[str | None]:
    """`data[].data.tags[]` -> `["data", None, "data", "tags", None]`."""
    steps: list[str | None] = []
    for segment in path.split("."):
        name = segment
        items = 0
        while name.endswith("[]"):
            name, items = name[:-2], items + 1
        if name:
            steps.append(name)
        steps += [_ITEM] * items
    return steps


def _advance(
    spec: Spec, position: tuple[Any, Node], step: str | None
) -> Iterator[tuple[Any, Node]]:
    instance, node = position
    if step is _ITEM:
        if not isinstance(instance, list):
            return
        for branch in branches(spec, instance, node):
            if isinstance(branch.schema.get("items"), dict | bool):
                items = branch.child("items")
                for element in instance:
                    yield element, items
                return
        return
    if not isinstance(instance, dict) or step not in instance:
        return
    for branch in branches(spec, instance, node):
        properties = branch.schema.get("properties")
        if isinstance(properties, dict) and step in properties:
            yield instance[step], branch.child("properties", step)
            return


def branches(spec: Spec, instance: Any, node: Node) -> list[Node]:
    """`node` and every subschema that applies to `instance` ($ref, allOf, the chosen oneOf)."""
    schema = node.schema
    if not isinstance(schema, dict):
        return []
    found = [node]
    if "$ref" in schema:
        found += branches(spec, instance, target(spec, str(schema["$ref"])))
    for index, _ in enumerate(schema.get("allOf", [])):
        found += branches(spec, instance, node.child("allOf", index))
    for keyword in ("oneOf", "anyOf"):
        options = schema.get(keyword)
        if isinstance(options, list):
            for index in _choose(spec, instance, schema, options):
                found += branches(spec, instance, node.child(keyword, index))
    return found


def deref(spec: Spec, node: Node) -> Node:
    while isinstance(node.schema, dict) and "$ref" in node.schema:
        node = target(spec, str(node.schema["$ref"]))
    return node


def target(spec: Spec, ref: str) -> Node:
    if not ref.startswith("#/"):
        raise ValueError(f"only local $refs are supported, got {ref!r}")
    tokens = [unescape(token) for token in ref[2:].split("/")]
    return Node("", spec.document).child(*tokens)


def accepted_types(spec: Spec, node: Node) -> set[str]:
    """The JSON types a schema lets through (`number` covers `integer`); empty: any type."""
    resolved = deref(spec, node)
    schema = resolved.schema
    if not isinstance(schema, dict):
        return set()
    if "type" in schema:
        declared = schema["type"]
        kinds = {str(kind) for kind in declared} if isinstance(declared, list) else {str(declared)}
        return kinds | ({"integer"} if "number" in kinds else set())
    if "const" in schema:
        return {json_type(schema["const"])}
    if isinstance(schema.get("enum"), list):
        return {json_type(value) for value in schema["enum"]}
    for keyword in ("oneOf", "anyOf"):
        options = schema.get(keyword)
        if isinstance(options, list):
            union: set[str] = set()
            for index, _ in enumerate(options):
                branch = accepted_types(spec, resolved.child(keyword, index))
                if not branch:
                    return set()
                union |= branch
            return union
    parts = [
        accepted_types(spec, resolved.child("allOf", index))
        for index, _ in enumerate(schema.get("allOf", []))
    ]
    typed = [kinds for kinds in parts if kinds]
    return set.intersection(*typed) if typed else set()


def _choose(spec: Spec, instance: Any, schema: dict[str, Any], options: list[Any]) -> list[int]:
    discriminator = schema.get("discriminator")
    if isinstance(discriminator, dict) and isinstance(instance, dict):
        mapping: dict[str, str] = discriminator.get("mapping", {})
        value = instance.get(discriminator.get("propertyName", ""))
        refs = [option.get("$ref") if isinstance(option, dict) else None for option in options]
        if isinstance(value, str) and value in mapping:
            return [index for index, ref in enumerate(refs) if ref == mapping[value]]
        mapped = set(mapping.values())
        return [index for index, ref in enumerate(refs) if ref not in mapped]
    actual = json_type(instance)
    chosen = []
    for index, option in enumerate(options):
        kinds = accepted_types(spec, Node("", option)) if isinstance(option, dict) else set()
        if not kinds or actual in kinds or (actual == "integer" and "number" in kinds):
            chosen.append(index)
    return chosen


def escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def unescape(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")
