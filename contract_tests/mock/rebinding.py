"""An evidence fixture rebound to a feed: what the fixture names, and the copy that names ours.

A fixture (contract_tests/evidence) names its customer (v1: its payload's `customer`) or its
program (v2: `data.program`), maybe a campaign it is about (its payload's `campaign`, else its
voucher's `campaign_id`) and that campaign's voucher (its payload's `voucher`). Rebinding copies
the fixture with each of those values replaced, wherever it occurs as a whole string (a value or
a key: per-campaign loyalty is keyed by the campaign's name), by the feed's customer or program,
the activity's related campaign and the feed's voucher in it. Everything else stays as the
evidence has it: nulls, absent parts, undocumented fields, other people's vouchers.

The copy is made on the fixture's JSON text (a string token is replaced only where it is the
whole string), once per feed and related campaign. The activity's `id`, `created_at` and
`group_id` differ per activity: they are slots of that text (`Template`), filled in directly.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

Json = dict[str, Any]
SLOTS = ("id", "created_at", "group_id")
IDENTITY = ("id", "name", "source_id")  # the fields that say who a customer or program is
_SLOT = re.compile(r'"\\u0000(\w+)\\u0000"')


def encode(value: Any) -> bytes:
    """Compact, deterministic JSON (key order is the fixture's)."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode()


@dataclass(frozen=True)
class Campaign:
    id: str
    name: str
    campaign_type: str


@dataclass(frozen=True)
class Fixture:
    """One envelope variant of an event type's fixture, and what it names."""

    activity: Json
    text: str  # the activity encoded, with slots (see `with_slots`)
    owner: Mapping[str, str]  # identity field -> the fixture's value (strings only)
    campaign: Campaign | None  # the campaign the activity is about
    voucher: Mapping[str, str]  # the campaign's voucher: id / code -> the fixture's value

    @property
    def whole_seconds(self) -> bool:
        """Its `created_at` has no fractional seconds."""
        return "." not in str(self.activity["created_at"])


def read(activity: Json, payload: Json, owner: Any, campaigns: Mapping[str, Campaign]) -> Fixture:
    """What `activity` names; `payload` is its event data, `owner` its customer or program
    object, `campaigns` the campaigns the fixtures show (by id)."""
    campaign = payload.get("campaign")
    voucher = payload.get("voucher")
    campaign_id = next(
        (
            holder[key]
            for holder, key in ((campaign, "id"), (voucher, "campaign_id"))
            if isinstance(holder, Mapping) and isinstance(holder.get(key), str)
        ),
        None,
    )
    related = campaigns.get(campaign_id) if campaign_id else None
    in_it = related is not None and _strings(voucher, ("campaign_id",)) == {
        "campaign_id": related.id
    }
    return Fixture(
        activity=activity,
        text=with_slots(activity),
        owner=_strings(owner, IDENTITY),
        campaign=related,
        voucher=_strings(voucher, ("id", "code")) if in_it else {},
    )


def campaigns_shown(fixtures: Iterable[Json]) -> dict[str, Campaign]:
    """Every campaign object with an id, a name and a type in the fixtures, by id."""
    found: dict[str, Campaign] = {}
    for node in _objects(list(fixtures)):
        if node.get("object") == "campaign":
            named = _strings(node, ("id", "name", "campaign_type"))
            if len(named) == 3:
                found.setdefault(named["id"], Campaign(**named))
    return found


@dataclass(frozen=True)
class Template:
    """An encoded activity with slots: `parts[0] slot[0] parts[1] ... parts[-1]`."""

    parts: tuple[str, ...]
    slots: tuple[str, ...]

    @classmethod
    def of(cls, fixture: Fixture, renames: Mapping[str, str]) -> Template:
        pieces = _SLOT.split(renamed(fixture.text, renames))
        return cls(tuple(pieces[0::2]), tuple(pieces[1::2]))

    def fill(self, values: Mapping[str, str]) -> bytes:
        out = [self.parts[0]]
        for slot, part in zip(self.slots, self.parts[1:], strict=True):
            out += (json.dumps(values[slot]), part)
        return "".join(out).encode()


def with_slots(activity: Json) -> str:
    """`activity` encoded, its `id`, `created_at` and (string) `group_id` left as slots."""
    marked = dict(activity)
    for slot in SLOTS:
        if slot == "id" or isinstance(marked.get(slot), str):
            marked[slot] = f"\x00{slot}\x00"
    return encode(marked).decode()


def renamed(text: str, renames: Mapping[str, str]) -> str:
    """Encoded JSON `text` with every string (value or key) in `renames` replaced: the JSON
    string tokens are matched whole, so a longer string containing one is left alone."""
    if not renames:
        return text
    tokens = {json.dumps(old, ensure_ascii=False): json.dumps(new) for old, new in renames.items()}
    pattern = re.compile(r"(?<!\\)(?:" + "|".join(map(re.escape, tokens)) + ")")
    return pattern.sub(lambda match: tokens[match.group()], text)


def _strings(node: Any, fields: tuple[str, ...]) -> dict[str, str]:
    if not isinstance(node, Mapping):
        return {}
    return {field: node[field] for field in fields if isinstance(node.get(field), str)}


def _objects(node: Any) -> Iterator[Mapping[str, Any]]:
    if isinstance(node, Mapping):
        yield node
        node = list(node.values())
    if isinstance(node, list):
        for item in node:
            yield from _objects(item)
