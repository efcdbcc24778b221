"""Where to break a known event type's payload for the `malformed_known_type` fault."""

from __future__ import annotations

from collections import deque
from collections.abc import Mapping
from typing import Any

from .schema_merge import merge_all_of
from .spec import Spec

TARGET = "customer"
_TOP_LEVEL_KEEP = ("id", "type", "created_at")


def malformation_path(spec: Spec, variant_ref: str) -> tuple[str, ...]:
    """Keys leading to a required `customer` (breadth first through required properties).

    Variants without one lose their first required top-level property other than id/type/
    created_at (`data`), which breaks them just as surely.
    """
    root = merge_all_of(spec, {"$ref": variant_ref})
    queue: deque[tuple[Mapping[str, Any], tuple[str, ...]]] = deque([(root, ())])
    while queue:
        schema, path = queue.popleft()
        properties = schema.get("properties", {})
        for name in schema.get("required", []):
            if name == TARGET:
                return (*path, name)
            sub = properties.get(name)
            if isinstance(sub, Mapping):
                merged = merge_all_of(spec, sub)
                if "properties" in merged:
                    queue.append((merged, (*path, name)))
    required = [name for name in root.get("required", []) if name not in _TOP_LEVEL_KEEP]
    if "data" in required:
        return ("data",)
    return (required[0],) if required else ("type",)
