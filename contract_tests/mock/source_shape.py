"""An event source carries what its channel implies: a user for the dashboard, a key for the API.

Voucherify's v1 `event_source` and v2 `source` objects (`{channel, user, api_key}`) do not fill
every part: an action in the dashboard (`USER_PORTAL`) names the user, an API call the API key,
an internal job neither, and a source without a known channel has nothing to add. The schema
allows any combination; this keeps the mock's combinations the plausible ones.
"""

from __future__ import annotations

from collections.abc import Mapping
from random import Random
from typing import Any

from .plan import Object, SynthContext, non_null

CHANNEL = "channel"
PARTS = ("user", "api_key")
IMPLIED: Mapping[str, tuple[str, ...]] = {
    "USER_PORTAL": ("user",),
    "API": ("api_key",),
    "CLIENT_API": ("api_key",),
    "INTERNAL": (),
}


def is_source(properties: Mapping[str, Any]) -> bool:
    """An object schema shaped like an event source (recognized by its properties)."""
    return CHANNEL in properties and all(part in properties for part in PARTS)


def implied_parts(channel: Any) -> tuple[str, ...]:
    """The parts a source with this channel carries (none for an unknown or null channel)."""
    return IMPLIED.get(channel, ()) if isinstance(channel, str) else ()


def shape(out: dict[str, Any], rng: Random, ctx: SynthContext, node: Object) -> None:
    """Drop the parts the channel does not imply; draw an implied part that is missing or null."""
    wanted = implied_parts(out.get(CHANNEL))
    for part in PARTS:
        if part not in wanted:
            out.pop(part, None)
        elif not isinstance(out.get(part), Mapping):
            out[part] = non_null(node.child(part)).generate(rng, ctx)
