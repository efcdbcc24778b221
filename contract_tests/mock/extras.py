"""Undocumented fields the mock adds to its activities, as the live API does when it grows.

Voucherify adds fields to its payloads without notice, at every level (the activity, its `data`,
embedded objects), and an added field sits in one place: vouchers gain a field, not every object
a random one. So each object plan gets at most one extra field, fixed by where it sits (activity
root, `data`, one nested object plan in `NESTED_SHARE`); realism decides in which instances it
shows. Names start with `x_` so nobody mistakes them for documented ones, and
`check_undocumented` proves against the spec that no schema declares any of them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from random import Random
from typing import Any

from . import bindings
from .randtext import HEX, between, pick, random_string
from .spec import Spec, SpecError

Extra = tuple[str, Callable[[Random], Any]]

_REGIONS = ("eu-1", "eu-2", "us-1", "as-1")
_FLAGS = ("new_ledger", "async_rewards", "tier_v2", "bulk_publication")

ROOT: Extra = ("x_region", lambda rng: pick(rng, _REGIONS))  # on the activity itself
DATA: Extra = ("x_schema_revision", lambda rng: between(rng, 1, 40))  # on its `data`
NESTED: tuple[Extra, ...] = (
    ("x_trace_id", lambda rng: random_string(rng, HEX, 16)),
    ("x_feature_flags", lambda rng: sorted({pick(rng, _FLAGS), pick(rng, _FLAGS)})),
    ("x_legacy_ref", lambda rng: None),
    ("x_sync", lambda rng: {"state": pick(rng, ("done", "queued")), "tries": between(rng, 0, 3)}),
    ("x_score", lambda rng: round(rng.random(), 3)),
)
NESTED_SHARE = 3
NAMES = frozenset(name for name, _ in (ROOT, DATA, *NESTED))


def extra_for(name: str, parent: str, properties: Iterable[str]) -> Extra | None:
    """The undocumented field of the object plan for property `name` of `parent`, if any."""
    if name == bindings.ACTIVITY:
        return ROOT
    if name == "data" and parent == bindings.ACTIVITY:
        return DATA
    where = f"{parent}/{name}/{','.join(properties)}".encode()
    digest = hashlib.sha256(where).digest()  # stable across runs, unlike hash()
    return NESTED[digest[1] % len(NESTED)] if digest[0] % NESTED_SHARE == 0 else None


def check_undocumented(spec: Spec) -> None:
    """Fail loudly if the spec declares one of the extra names (it would no longer be extra)."""
    clash = NAMES & set(_declared_names(spec.document))
    if clash:
        raise SpecError(f"the spec declares the mock's undocumented field(s) {sorted(clash)}")


def _declared_names(node: Any) -> Iterator[str]:
    if isinstance(node, Mapping):
        properties = node.get("properties")
        if isinstance(properties, Mapping):
            yield from (str(name) for name in properties)
        for value in node.values():
            yield from _declared_names(value)
    elif isinstance(node, list):
        for item in node:
            yield from _declared_names(item)
