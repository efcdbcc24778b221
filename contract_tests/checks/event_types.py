"""`no_undocumented_event_types`: a feed lists only event types the spec documents."""

from __future__ import annotations

from typing import Any


def undocumented_types(body: Any, documented: frozenset[str]) -> list[tuple[str, str | None]]:
    """(type, activity id) of every activity whose `type` the spec does not document."""
    if not isinstance(body, dict) or not isinstance(body.get("data"), list):
        return []
    found = []
    for item in body["data"]:
        if (
            isinstance(item, dict)
            and isinstance(item.get("type"), str)
            and item["type"] not in documented
        ):
            item_id = item.get("id")
            found.append((item["type"], item_id if isinstance(item_id, str) else None))
    return found
