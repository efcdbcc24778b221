"""Where to break a known event type's payload for the `malformed_known_type` fault."""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

from ..spec import Spec

# Tried in turn: the first whose removal the variant's schema rejects is the one the fault drops.
CANDIDATES = (("data", "data", "customer"), ("data", "customer"), ("data",))


def malformation_path(spec: Spec, variant_ref: str, fixture: Mapping[str, Any]) -> tuple[str, ...]:
    """The required `customer` the fixture carries, or its `data` (v2 activities and types
    whose payload the spec leaves free-form); checked against the spec, not assumed."""
    validator = spec.validator(variant_ref)
    for path in CANDIDATES:
        broken = copy.deepcopy(dict(fixture))
        node: Any = broken
        for key in path[:-1]:
            node = node.get(key) if isinstance(node, dict) else None
        if isinstance(node, dict) and path[-1] in node:
            del node[path[-1]]
            if not validator.is_valid(broken):
                return path
    return CANDIDATES[-1]
