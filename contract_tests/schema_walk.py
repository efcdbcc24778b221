"""Which schema nodes of the spec apply to a JSON instance, each with its pointer into the document.

Walks the way the validator does: `$ref`s followed, every `allOf` part taken, the `oneOf` /
`anyOf` branch chosen by the discriminator mapping (an unmapped value by the branch the mapping
leaves out) or by the JSON type. The spec's undocumented-field scan and the drift locator both
walk with it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # spec.py imports this module
    from contract_tests.spec import Spec

SCHEMAS = "/components/schemas/"

# By exact type: a decoded value is one of these (bool is not looked up as an int).
_JSON_TYPES: dict[type, str] = {
    type(None): "null",
    bool: "boolean",
    int: "integer",
    float: "number",
    str: "string",
    list: "array",
}


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
    """The node a local `$ref` (`#/a/b`) points at."""
    return Node(ref.removeprefix("#"), spec.pointer(ref))


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


def json_type(value: object) -> str:
    """The JSON Schema type of a decoded JSON value (`integer` for whole numbers)."""
    return _JSON_TYPES.get(type(value), "object")


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
