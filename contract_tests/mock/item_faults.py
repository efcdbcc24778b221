"""Payload damage for the activity and envelope faults; applied to a page's bytes, never to the
dataset."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from .faults import Faults
from .rebinding import encode

UNKNOWN_TYPES = {
    "customer": "customer.loyalty.points.teleported",
    "program": "vl.program.teleported",
}
RISK_SCORE = b',"risk_score":0.42}'
# A number where the spec has a string (or null): drift the spec's tolerant part can absorb.
RETYPED_GROUP_ID = 7_405_512
_FIRST_ITEM = {"wrong_field_type", "unknown_event_type", "malformed_known_type", "retyped_group_id"}


def damage(
    items: Sequence[bytes],
    faults: Faults,
    *,
    feed_kind: str,
    malformations: Mapping[str, tuple[str, ...]],
) -> list[bytes]:
    """`items` with the active payload faults (single-item ones hit the first item)."""
    out = list(items)
    if not out:
        return out
    if _FIRST_ITEM & faults.active:
        first: dict[str, Any] = json.loads(out[0])
        if "malformed_known_type" in faults:
            _drop(first, malformations.get(str(first.get("type")), ("data",)))
        if "unknown_event_type" in faults:
            first["type"] = UNKNOWN_TYPES[feed_kind]
        if "wrong_field_type" in faults:
            first["created_at"] = 1_700_000_000_000
        if "retyped_group_id" in faults:
            first["group_id"] = RETYPED_GROUP_ID
        out[0] = encode(first)
    if "undocumented_field" in faults:
        out = [item[:-1] + RISK_SCORE for item in out]
    return out


def _drop(document: dict[str, Any], path: tuple[str, ...]) -> None:
    """Remove the deepest key of `path` that exists."""
    node: Any = document
    for key in path[:-1]:
        if not isinstance(node, dict) or not isinstance(node.get(key), dict):
            break
        node = node[key]
    else:
        node.pop(path[-1], None)
        return
    node.pop(key, None)


def damage_envelope(body: bytes, faults: Faults, *, feed_kind: str) -> bytes:
    """The `wrong_envelope_type` fault: v1 `has_more` as a string, v2 `cursor` as a bare string."""
    if "wrong_envelope_type" not in faults:
        return body
    page: dict[str, Any] = json.loads(body)
    if feed_kind == "customer":
        page["has_more"] = str(page["has_more"]).lower()
    else:
        cursor = page["cursor"]
        page["cursor"] = cursor["next"] if isinstance(cursor, dict) else ""
    return encode(page)
