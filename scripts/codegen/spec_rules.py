"""What the generated client needs of the spec, checked before anything is generated.

The generator takes some broken specs without a word and writes a package that is broken in
turn: a dangling `$ref` comes out as a message naming an object's address, not the reference;
a discriminated union whose variants' `type` consts are not one per documented type (a
duplicate, an `enum` where a `const` belongs, a `type` left out of `required`) loses its
dispatch, and the package no longer imports; a mapping entry that no variant's const matches
parses that documented type as the fallback, even with `validate=True`. Each rule below names
the schema and the value at fault.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import Any

SCHEMAS = "#/components/schemas/"


def problems(document: dict[str, Any]) -> list[str]:
    """Everything wrong with `document` that these rules know of (empty when nothing is)."""
    found = [f"{where}: $ref {ref!r} {why}" for where, ref, why in _dangling(document)]
    if found:  # the union rules follow references
        return found
    schemas = document.get("components", {}).get("schemas", {})
    for name, schema in schemas.items():
        if isinstance(schema, dict) and isinstance(schema.get("discriminator"), dict):
            found += [f"{name}: {problem}" for problem in _union_problems(schema, schemas)]
    return found


def _dangling(document: dict[str, Any]) -> Iterator[tuple[str, str, str]]:
    for where, ref in _refs(document, "#"):
        if not ref.startswith("#"):
            yield where, ref, "points outside the document (the generator reads this one file)"
        elif _target(document, ref) is None:
            yield where, ref, "points at nothing"


def _refs(node: Any, where: str) -> Iterator[tuple[str, str]]:
    if isinstance(node, dict):
        if isinstance(node.get("$ref"), str):
            yield where, node["$ref"]
        for key, child in node.items():
            yield from _refs(child, f"{where}/{key}")
    elif isinstance(node, list):
        for index, child in enumerate(node):
            yield from _refs(child, f"{where}/{index}")


def _target(document: dict[str, Any], ref: str) -> Any:
    node: Any = document
    for step in ref.removeprefix("#").split("/")[1:]:
        step = step.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and step in node:
            node = node[step]
        elif isinstance(node, list) and step.isdigit() and int(step) < len(node):
            node = node[int(step)]
        else:
            return None
    return node


def _union_problems(union: dict[str, Any], schemas: dict[str, Any]) -> list[str]:
    tag = union["discriminator"].get("propertyName")
    mapping = union["discriminator"].get("mapping") or {}
    members = [option.get("$ref", "") for option in union.get("oneOf", [])]
    if not isinstance(tag, str) or not members:
        return ["a discriminator needs a propertyName and a oneOf of $refs"]
    found = []
    consts: dict[str, str] = {}  # member -> its tag const
    fallbacks = []
    for ref in members:
        name = ref.removeprefix(SCHEMAS)
        if not ref.startswith(SCHEMAS):
            found.append(f"oneOf member {ref or '(inline)'!r} is not a $ref to a named schema")
            continue
        const, required = _tag_of(schemas[name], tag, schemas)
        if not required:
            found.append(f"{name} does not list {tag!r} in `required`")
        if const is None:
            fallbacks.append(name)
        else:
            consts[name] = const
    if len(fallbacks) > 1:
        found.append(
            f"only one variant may go without a {tag!r} const (the fallback); "
            f"these do: {', '.join(fallbacks)}"
        )
    for const, count in Counter(consts.values()).items():
        if count > 1:
            owners = [name for name, value in consts.items() if value == const]
            found.append(f"{tag} {const!r} is the const of {' and '.join(owners)}")
    for key, ref in mapping.items():
        name = ref.removeprefix(SCHEMAS)
        if ref not in members:
            found.append(f"mapping {key!r} -> {ref!r} is not a member of the oneOf")
        elif consts.get(name) != key:
            has = f"whose {tag} const is {consts[name]!r}" if name in consts else "with no const"
            found.append(f"mapping {key!r} -> {name}, {has}")
    found += [
        f"{name} ({tag} {const!r}) has no mapping entry"
        for name, const in consts.items()
        if mapping.get(const) != SCHEMAS + name
    ]
    for name in fallbacks:
        found += _enum_problems(name, schemas[name], tag, set(consts.values()), schemas)
    return found


def _tag_of(schema: Any, tag: str, schemas: dict[str, Any]) -> tuple[str | None, bool]:
    """The `tag` property's const in `schema` (through `allOf` and `$ref`s), and whether it is
    required there."""
    const, required = None, False
    for part in _parts(schema, schemas):
        prop = part.get("properties", {}).get(tag)
        if isinstance(prop, dict) and "const" in prop:
            const = prop["const"]
        required = required or tag in part.get("required", [])
    return const, required


def _parts(schema: Any, schemas: dict[str, Any]) -> Iterator[dict[str, Any]]:
    if not isinstance(schema, dict):
        return
    if isinstance(schema.get("$ref"), str):
        yield from _parts(schemas.get(schema["$ref"].removeprefix(SCHEMAS)), schemas)
        return
    yield schema
    for part in schema.get("allOf", []):
        yield from _parts(part, schemas)


def _enum_problems(
    name: str, fallback: Any, tag: str, documented: set[str], schemas: dict[str, Any]
) -> list[str]:
    """The fallback's tag is `not` the enum of documented types: that enum must be the consts."""
    for part in _parts(fallback, schemas):
        excluded = part.get("properties", {}).get(tag, {}).get("not", {})
        ref = excluded.get("$ref") if isinstance(excluded, dict) else None
        if not isinstance(ref, str):
            continue
        values = schemas.get(ref.removeprefix(SCHEMAS), {}).get("enum", [])
        enum = ref.removeprefix(SCHEMAS)
        found = [f"{enum} lists {value!r} twice" for value, n in Counter(values).items() if n > 1]
        found += [
            f"{enum} lists {value!r}, which no variant's {tag} const is (so {name} refuses it)"
            for value in sorted(set(values) - documented)
        ]
        found += [
            f"{enum} lacks {value!r}, so {name} would also take that documented {tag}"
            for value in sorted(documented - set(values))
        ]
        return found
    return []
