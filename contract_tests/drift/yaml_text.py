"""Minimal line-based edits of a YAML document, placed with the composed node tree's marks.

The text is composed once per batch of edits (libyaml, ~30 ms for the spec); each edit finds its
node by JSON pointer and becomes a `Change` of only the lines it must, in the document's own
style: a flow list such as `type: [string, 'null']` stays a flow list, a new property is indented
like its siblings. Anything
outside that (a block-style `type` list, a flow mapping...) raises `EditError` rather than
guessing.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import yaml

from contract_tests.schema_walk import unescape
from contract_tests.spec import YAML_LOADER

_PLAIN_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*")
_PLAIN_SCALAR = re.compile(r"[A-Za-z_][A-Za-z0-9_.-]*")
_RESERVED = frozenset({"y", "n", "yes", "no", "on", "off", "true", "false", "null", "~"})
# Annotations that may sit next to a `$ref` without changing what it accepts.
ANNOTATIONS = frozenset({"description", "example", "examples", "title", "deprecated"})
TYPE_ORDER = ("string", "number", "integer", "boolean", "object", "array", "null")


class EditError(Exception):
    pass


@dataclass(frozen=True, slots=True)
class Change:
    """Replace lines `start` to `end` (0-based, end excluded; equal: insert) with `lines`."""

    start: int
    end: int
    lines: tuple[str, ...]

    def clashes(self, other: Change) -> bool:
        if self.start == self.end == other.start == other.end:
            return True  # two insertions at one place: which comes first is unknown
        return self.start < other.end and other.start < self.end


class Document:
    """The text as lines and its composed node tree (read once per batch of changes)."""

    def __init__(self, text: str) -> None:
        self.lines = text.splitlines(keepends=True)
        root = yaml.compose(text, Loader=YAML_LOADER)
        if root is None:
            raise EditError("empty document")
        self.root: yaml.Node = root

    def find(self, pointer: str) -> yaml.Node:
        node = self.root
        for token in (unescape(part) for part in pointer.split("/")[1:] if pointer):
            if isinstance(node, yaml.MappingNode):
                pair = _pair(node, token)
                if pair is None:
                    raise EditError(f"{pointer}: no {token!r}")
                node = pair[1]
            elif isinstance(node, yaml.SequenceNode) and token.isdigit():
                node = node.value[int(token)]
            else:
                raise EditError(f"{pointer}: cannot step into {token!r}")
        return node


def apply(text: str, changes: Sequence[Change]) -> str:
    """`changes` (which must not clash) applied to `text`, bottom up."""
    lines = text.splitlines(keepends=True)
    for change in sorted(changes, key=lambda change: (change.start, change.end), reverse=True):
        lines[change.start : change.end] = change.lines
    return "".join(lines)


def add_properties(
    doc: Document, holder: str, properties: Sequence[tuple[str, list[str]]]
) -> Change:
    """Add `name:` + its schema lines under the `properties` of the mapping at `holder`."""
    lines = doc.lines
    node = _mapping(doc.find(holder), holder)
    pair = _pair(node, "properties")
    if pair is None:
        indent = _indent_of(node)
        at = _last_line(lines, node) + 1
        block = [f"{indent}properties:\n", *_property_lines(properties, indent + "  ")]
        return Change(at, at, tuple(block))
    value = pair[1]
    if not isinstance(value, yaml.MappingNode) or value.flow_style or not value.value:
        raise EditError(f"{holder}/properties is not a block mapping")
    at = _last_line(lines, value) + 1
    return Change(at, at, tuple(_property_lines(properties, _indent_of(value))))


def widen_type(doc: Document, pointer: str, types: Sequence[str]) -> Change:
    """Let the schema at `pointer` also accept `types` (JSON type names)."""
    node = _mapping(doc.find(pointer), pointer)
    keys = {str(key.value) for key, _ in node.value}
    if keys & {"enum", "const"}:
        raise EditError(f"{pointer} is an enum or a const: widen it by hand")
    type_pair = _pair(node, "type")
    if type_pair is not None:
        return _widen_type_keyword(doc.lines, pointer, type_pair[1], types)
    for keyword in ("oneOf", "anyOf"):
        pair = _pair(node, keyword)
        if pair is not None:
            branches = (f"type: {_type_name(kind)}" for kind in ordered_types(types))
            return insert_item(doc, f"{pointer}/{keyword}", None, *branches)
    ref = _pair(node, "$ref")
    if ref is not None and keys - {"$ref"} <= ANNOTATIONS:
        return _wrap_ref(doc.lines, pointer, ref, types)
    raise EditError(f"{pointer} has no `type`, `oneOf` or lone `$ref` to widen")


def drop_required(doc: Document, holder: str, name: str) -> Change:
    """Remove `name` from the `required` list of the mapping at `holder`."""
    pair = _pair(_mapping(doc.find(holder), holder), "required")
    value = pair[1] if pair is not None else None
    if not isinstance(value, yaml.SequenceNode):
        raise EditError(f"{holder} has no required list")
    names = [str(item.value) for item in value.value]
    if name not in names:
        raise EditError(f"{name!r} is not required at {holder}")
    if value.flow_style:
        line = _one_line(value, holder)
        if len(names) == 1:
            return Change(line, line + 1, ())
        kept = "[" + ", ".join(item for item in names if item != name) + "]"
        return _replace(doc.lines, value, kept)
    item = value.value[names.index(name)]
    line = int(item.start_mark.line)
    if item.end_mark.line != line:
        raise EditError(f"{holder}/required: {name!r} spans several lines")
    return Change(line, line + 1, ())


def insert_after_key(doc: Document, container: str, key: str, block: Sequence[str]) -> Change:
    """`block` (lines relative to the mapping's indent) right after the pair `key` of the block
    mapping at `container` (before the blank and comment lines that follow it)."""
    pair = _pair(_mapping(doc.find(container), container), key)
    if pair is None:
        raise EditError(f"{container}: no {key!r}")
    at = _last_line(doc.lines, pair[1]) + 1
    indent = " " * int(pair[0].start_mark.column)
    return Change(at, at, tuple(f"{indent}{line}\n" for line in block))


def insert_item(doc: Document, pointer: str, index: int | None, *texts: str) -> Change:
    """One `- text` line per text in the block list at `pointer`: before item `index` (and the
    comment lines right above it), or after the last item when `index` is None."""
    value = doc.find(pointer)
    if not isinstance(value, yaml.SequenceNode) or value.flow_style or not value.value:
        raise EditError(f"{pointer} is not a block list")
    first = value.value[0]
    line = doc.lines[first.start_mark.line]
    dash = line.rfind("-", 0, first.start_mark.column)
    if dash < 0 or line[:dash].strip():
        raise EditError(f"{pointer}: cannot place a new item")
    if index is None:
        at = _last_line(doc.lines, value) + 1
    else:
        at = int(value.value[index].start_mark.line)
        while at > first.start_mark.line and doc.lines[at - 1].lstrip().startswith("#"):
            at -= 1
    return Change(at, at, tuple(f"{' ' * dash}- {text}\n" for text in texts))


def scalar_text(value: str) -> str:
    """A string as a YAML scalar: plain when it reads back as that string, else quoted."""
    if _PLAIN_SCALAR.fullmatch(value) and value.lower() not in _RESERVED:
        return value
    return json.dumps(value)


def render_types(types: Sequence[str]) -> str:
    ordered = ordered_types(types)
    if len(ordered) == 1:
        return _type_name(ordered[0])
    return "[" + ", ".join(_type_name(kind) for kind in ordered) + "]"


def key_text(name: str) -> str:
    if _PLAIN_KEY.fullmatch(name) and name.lower() not in _RESERVED:
        return name
    return json.dumps(name)


def _widen_type_keyword(
    lines: list[str], pointer: str, value: yaml.Node, types: Sequence[str]
) -> Change:
    if isinstance(value, yaml.ScalarNode):
        current = [str(value.value)]
    elif isinstance(value, yaml.SequenceNode) and value.flow_style:
        current = [str(item.value) for item in value.value]
    else:
        raise EditError(f"{pointer}/type is not a name or a one-line list")
    _one_line(value, pointer)
    return _replace(lines, value, render_types([*current, *types]))


def _wrap_ref(
    lines: list[str], pointer: str, pair: tuple[yaml.Node, yaml.Node], types: Sequence[str]
) -> Change:
    key, value = pair
    line = _one_line(value, pointer)
    if key.start_mark.line != line:
        raise EditError(f"{pointer}: $ref spans several lines")
    indent = " " * key.start_mark.column
    ref_text = lines[line][value.start_mark.column : value.end_mark.column]
    wrapped = [f"{indent}oneOf:\n", f"{indent}  - $ref: {ref_text}\n"]
    wrapped += [f"{indent}  - type: {_type_name(kind)}\n" for kind in ordered_types(types)]
    return Change(line, line + 1, tuple(wrapped))


def _property_lines(properties: Sequence[tuple[str, list[str]]], indent: str) -> list[str]:
    out = []
    for name, body in properties:
        out.append(f"{indent}{key_text(name)}:\n")
        out += [f"{indent}  {line}\n" for line in body]
    return out


def _mapping(node: yaml.Node, pointer: str) -> yaml.MappingNode:
    if not isinstance(node, yaml.MappingNode) or node.flow_style:
        raise EditError(f"{pointer} is not a block mapping")
    return node


def _pair(node: yaml.MappingNode, key: str) -> tuple[yaml.Node, yaml.Node] | None:
    for key_node, value in node.value:
        if isinstance(key_node, yaml.ScalarNode) and key_node.value == key:
            return key_node, value
    return None


def _indent_of(node: yaml.MappingNode) -> str:
    return " " * int(node.value[0][0].start_mark.column)


def _last_line(lines: list[str], node: yaml.Node) -> int:
    """The last line holding the node's content (0-based), trailing blanks and comments left out."""
    end = node.end_mark
    before_end = lines[end.line][: end.column] if end.line < len(lines) else ""
    last = int(end.line) if before_end.strip() else int(end.line) - 1
    while last > node.start_mark.line and (
        not lines[last].strip() or lines[last].lstrip().startswith("#")
    ):
        last -= 1
    return last


def _one_line(node: yaml.Node, pointer: str) -> int:
    if node.start_mark.line != node.end_mark.line:
        raise EditError(f"{pointer}: the value spans several lines")
    return int(node.start_mark.line)


def _replace(lines: list[str], node: yaml.Node, new: str) -> Change:
    line = int(node.start_mark.line)
    text = lines[line]
    return Change(
        line, line + 1, (text[: node.start_mark.column] + new + text[node.end_mark.column :],)
    )


def ordered_types(types: Iterable[str]) -> list[str]:
    """The distinct type names in TYPE_ORDER, the order the spec writes them in."""
    return sorted(set(types), key=TYPE_ORDER.index)


def _type_name(kind: str) -> str:
    return "'null'" if kind == "null" else kind
