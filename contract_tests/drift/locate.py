"""Where in the spec a JSON path of a response lives: the schema nodes, as JSON pointers.

Walks a sample response alongside the operation's 200 schema (`contract_tests.schema_walk`). At
the last step of the path it reports the branches of the object holding it and the property
schemas that declare it, each with its pointer into the document, which is what a spec edit needs.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from contract_tests.schema_walk import Node, branches
from contract_tests.spec import Feed, Spec

_ITEM = None  # a path step into every item of an array


@dataclass(frozen=True, slots=True)
class Hit:
    """The last step of a path in one sample: the holder's branches and what declares the name."""

    holders: list[Node]
    declared: list[Node]
    present: bool
    value: Any


def hits(spec: Spec, feed: Feed, page: Any, path: str) -> list[Hit]:
    """Every place `path` (indices collapsed, `data[].x`) reaches in `page`."""
    steps = parse(path)
    if not steps or not isinstance(steps[-1], str):
        return []
    positions = [(page, spec.list_node(feed))]
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
