"""spec.patch: every proposed edit applied to the spec text, as one unified diff for `git apply`.

Edits are merged first (one insertion per schema, one widened type per property) and applied to
the text in passes (edits on the same lines wait for the next pass). The result is checked against
the same edits applied to the parsed document: the patch changes exactly what the proposals say,
or the edit is left out and reported.
"""

from __future__ import annotations

import copy
import dataclasses
import difflib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import yaml

from contract_tests.drift.proposals import (
    DESCRIPTION,
    AddEventType,
    AddProperty,
    DropRequired,
    Edit,
    WidenType,
    location,
)
from contract_tests.drift.yaml_text import (
    Change,
    Document,
    EditError,
    add_properties,
    apply,
    drop_required,
    insert_after_key,
    insert_item,
    ordered_types,
    render_types,
    scalar_text,
    widen_type,
)
from contract_tests.schema_walk import unescape
from contract_tests.spec import YAML_LOADER

SPEC_RELATIVE = "openapi/voucherify-activity.yaml"
SCHEMAS = "/components/schemas"
REF = "#/components/schemas/"
# Free-form payloads an observed event type may need that the spec does not hold yet.
FREE_FORM_PAYLOADS: dict[str, dict[str, Any]] = {
    "OpenProgramEventData": {
        "type": "object",
        "description": "Payload of an event type Voucherify does not document; kept as a free-form "
        "object.",
    }
}


@dataclass
class SpecPatch:
    diff: str
    applied: list[Edit] = field(default_factory=list)
    failed: dict[tuple[str, str], str] = field(default_factory=dict)
    """Why an edit was left out, by its `location`."""

    def failure(self, edit: Edit) -> str | None:
        return self.failed.get(location(edit))


def build(text: str, edits: Iterable[Edit], relative: str = SPEC_RELATIVE) -> SpecPatch:
    merged = merge(edits)
    original = yaml.load(text, Loader=YAML_LOADER)
    patched, applied, failed = _apply_all(text, merged)
    if applied and yaml.load(patched, Loader=YAML_LOADER) != _expected(original, applied):
        # Some edit did not land as intended: redo them one by one, checking each.
        patched, applied, failed = _apply_checked(text, original, merged)
    diff = "".join(
        difflib.unified_diff(
            text.splitlines(keepends=True),
            patched.splitlines(keepends=True),
            f"a/{relative}",
            f"b/{relative}",
        )
    )
    header = f"diff --git a/{relative} b/{relative}\n" if diff else ""
    return SpecPatch(header + diff, applied, {location(edit): why for edit, why in failed.items()})


def merge(edits: Iterable[Edit]) -> list[Edit]:
    """One edit per property (types united), in document-independent, stable order."""
    added: dict[tuple[str, str], set[str]] = {}
    widened: dict[str, set[str]] = {}
    dropped: set[tuple[str, str]] = set()
    types: dict[tuple[str, str], AddEventType] = {}
    examples: dict[tuple[str, str], str] = {}
    for edit in edits:
        if isinstance(edit, AddEventType):
            earlier = types.get((edit.union, edit.event_type))
            if earlier is not None and earlier.first_seen < edit.first_seen:
                edit = dataclasses.replace(edit, first_seen=earlier.first_seen)
            types[(edit.union, edit.event_type)] = edit
        elif isinstance(edit, AddProperty):
            added.setdefault((edit.holder, edit.name), set()).update(edit.types)
            if edit.example is not None:
                examples.setdefault((edit.holder, edit.name), edit.example)
        elif isinstance(edit, WidenType):
            widened.setdefault(edit.target, set()).update(edit.types)
        else:
            dropped.add((edit.holder, edit.name))
    result: list[Edit] = [
        AddProperty(holder, name, frozenset(kinds), examples.get((holder, name)))
        for (holder, name), kinds in sorted(added.items())
    ]
    result += [WidenType(target, frozenset(kinds)) for target, kinds in sorted(widened.items())]
    result += [DropRequired(holder, name) for holder, name in sorted(dropped)]
    result += [types[key] for key in sorted(types)]
    return result


def property_schema(types: frozenset[str], example: str | None = None) -> dict[str, Any]:
    kinds = ordered_types(types - {"null"})
    schema: dict[str, Any] = {}
    if kinds:
        schema["type"] = _type_value([*kinds, "null"])
        if "array" in kinds:
            schema["items"] = {}
    schema["description"] = DESCRIPTION
    if example is not None:
        schema["example"] = example
    return schema


def _apply_all(text: str, edits: list[Edit]) -> tuple[str, list[Edit], dict[Edit, str]]:
    """Every edit, in as few passes as clashing ones need (one composition of the text each)."""
    applied: list[Edit] = []
    failed: dict[Edit, str] = {}
    pending = _groups(edits)
    while pending:
        doc = Document(text)
        batch: list[Change] = []
        later: list[list[Edit]] = []
        for group in pending:
            try:
                changes = _changes(doc, group)
            except EditError as exc:
                failed.update((edit, str(exc)) for edit in group)
                continue
            if any(change.clashes(other) for change in changes for other in batch):
                later.append(group)
                continue
            batch += changes
            applied += group
        text = apply(text, batch)
        pending = later
    return text, applied, failed


def _apply_checked(
    text: str, original: Any, edits: list[Edit]
) -> tuple[str, list[Edit], dict[Edit, str]]:
    applied: list[Edit] = []
    failed: dict[Edit, str] = {}
    for edit in edits:
        try:
            candidate = apply(text, _changes(Document(text), [edit]))
        except EditError as exc:
            failed[edit] = str(exc)
            continue
        if yaml.load(candidate, Loader=YAML_LOADER) != _expected(original, [*applied, edit]):
            failed[edit] = "the edit would change more than intended; make it by hand"
            continue
        text, applied = candidate, [*applied, edit]
    return text, applied, failed


def _groups(edits: list[Edit]) -> list[list[Edit]]:
    """New properties of one schema go in together; every other edit on its own."""
    groups: dict[str, list[Edit]] = {}
    single: list[list[Edit]] = []
    for edit in edits:
        if isinstance(edit, AddProperty):
            groups.setdefault(edit.holder, []).append(edit)
        else:
            single.append([edit])
    return [*groups.values(), *single]


def _changes(doc: Document, group: list[Edit]) -> list[Change]:
    first = group[0]
    if isinstance(first, AddEventType):
        return _event_type_changes(doc, first)
    if isinstance(first, AddProperty):
        properties = [
            (edit.name, _schema_lines(property_schema(edit.types, edit.example)))
            for edit in group
            if isinstance(edit, AddProperty)
        ]
        return [add_properties(doc, first.holder, properties)]
    if isinstance(first, WidenType):
        return [widen_type(doc, first.target, sorted(first.types))]
    return [drop_required(doc, first.holder, first.name)]


def _event_type_changes(doc: Document, edit: AddEventType) -> list[Change]:
    """The variant after the last one, its `oneOf` member before the fallback, its mapping entry
    and enum value last, and the free-form payload after the fallback if the spec has none."""
    union = f"{SCHEMAS}/{edit.union}"
    members = doc.find(f"{union}/oneOf")
    refs = [
        str(item.value[0][1].value) if isinstance(item, yaml.MappingNode) and item.value else ""
        for item in getattr(members, "value", [])
    ]
    if REF + edit.fallback not in refs or refs.index(REF + edit.fallback) == 0:
        raise EditError(f"{union}/oneOf: no variant before {edit.fallback}")
    at = refs.index(REF + edit.fallback)
    mapping = doc.find(f"{union}/discriminator/mapping")
    if not isinstance(mapping, yaml.MappingNode) or not mapping.value:
        raise EditError(f"{union}: no discriminator mapping to extend")
    last_key = str(mapping.value[-1][0].value)
    ref = f"'{REF}{edit.variant}'"
    changes = [
        insert_after_key(doc, SCHEMAS, refs[at - 1][len(REF) :], _variant_lines(edit)),
        insert_item(doc, f"{union}/oneOf", at, f"$ref: {ref}"),
        insert_after_key(
            doc,
            f"{union}/discriminator/mapping",
            last_key,
            [f"{scalar_text(edit.event_type)}: {ref}"],
        ),
        insert_item(doc, f"{SCHEMAS}/{edit.enum}/enum", None, scalar_text(edit.event_type)),
    ]
    schemas = doc.find(SCHEMAS)
    names = {str(key.value) for key, _ in getattr(schemas, "value", [])}
    if edit.variant in names:
        raise EditError(f"a schema {edit.variant} exists already")
    if edit.payload not in names:
        if edit.payload not in FREE_FORM_PAYLOADS:
            raise EditError(f"no schema {edit.payload} for the payload")
        payload = FREE_FORM_PAYLOADS[edit.payload]
        lines = [f"{edit.payload}:", f"  type: {payload['type']}"]
        lines.append(f"  description: {payload['description']}")
        changes.append(insert_after_key(doc, SCHEMAS, edit.fallback, lines))
    return changes


def _variant_lines(edit: AddEventType) -> list[str]:
    return [
        f"{edit.variant}:",
        "  x-observed:",
        f"    first_seen: '{edit.first_seen}'",
        f"    reason: {json.dumps(edit.reason)}",
        "  allOf:",
        f"    - $ref: '{REF}{edit.base}'",
        "    - type: object",
        "      required: [type, data]",
        "      properties:",
        "        type:",
        f"          const: {scalar_text(edit.event_type)}",
        "        data:",
        f"          $ref: '{REF}{edit.payload}'",
    ]


def variant_schema(edit: AddEventType) -> dict[str, Any]:
    """The variant as the parsed document holds it after the patch."""
    return {
        "x-observed": {"first_seen": edit.first_seen, "reason": edit.reason},
        "allOf": [
            {"$ref": REF + edit.base},
            {
                "type": "object",
                "required": ["type", "data"],
                "properties": {
                    "type": {"const": edit.event_type},
                    "data": {"$ref": REF + edit.payload},
                },
            },
        ],
    }


def _schema_lines(schema: dict[str, Any]) -> list[str]:
    lines = []
    if "type" in schema:
        kinds = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        lines.append(f"type: {render_types(kinds)}")
    if "items" in schema:
        lines.append("items: {}")
    lines.append(f"description: {schema['description']}")
    if "example" in schema:
        lines.append(f"example: {json.dumps(schema['example'])}")  # JSON strings are YAML too
    return lines


def _expected(original: Any, edits: list[Edit]) -> Any:
    document = copy.deepcopy(original)
    for edit in edits:
        if isinstance(edit, AddEventType):
            schemas = document["components"]["schemas"]
            schemas[edit.variant] = variant_schema(edit)
            if edit.payload not in schemas:
                schemas[edit.payload] = copy.deepcopy(FREE_FORM_PAYLOADS[edit.payload])
            union = schemas[edit.union]
            members = union["oneOf"]
            members.insert(
                members.index({"$ref": REF + edit.fallback}), {"$ref": REF + edit.variant}
            )
            union["discriminator"]["mapping"][edit.event_type] = REF + edit.variant
            schemas[edit.enum]["enum"].append(edit.event_type)
        elif isinstance(edit, AddProperty):
            node = _node(document, edit.holder)
            node.setdefault("properties", {})[edit.name] = property_schema(edit.types, edit.example)
        elif isinstance(edit, WidenType):
            _widen(_node(document, edit.target), edit.types)
        else:
            node = _node(document, edit.holder)
            node["required"] = [name for name in node["required"] if name != edit.name]
            if not node["required"]:
                del node["required"]
    return document


def _widen(node: dict[str, Any], types: frozenset[str]) -> None:
    if "type" in node:
        current = node["type"] if isinstance(node["type"], list) else [node["type"]]
        node["type"] = _type_value([*current, *types])
        return
    branches = [{"type": kind} for kind in ordered_types(types)]
    for keyword in ("oneOf", "anyOf"):
        if keyword in node:
            node[keyword] += branches
            return
    node["oneOf"] = [{"$ref": node.pop("$ref")}, *branches]


def _type_value(kinds: list[str]) -> str | list[str]:
    ordered = ordered_types(kinds)
    return ordered[0] if len(ordered) == 1 else ordered


def _node(document: Any, pointer: str) -> Any:
    node = document
    for token in pointer.split("/")[1:]:
        token = unescape(token)
        node = node[int(token)] if isinstance(node, list) else node[token]
    return node
