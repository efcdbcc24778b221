"""Which query strings break a constraint Voucherify documents, judged on the wire.

`negative_data_rejection` may only expect a 4xx where the documentation promises one: a range,
an enum, a documented pattern or format. Our spec carries more (array sizes, an id pattern and
closed objects in the v2 `filters`, the `created_at` operators), useful for our own client but
promised by nobody, so negative cases that break only those are not sent (`suite/negative_scope`).

The judge reads the query as a server following only the documentation may read it, taking the
permissive reading wherever the documentation is silent:
- unknown parameters and unknown `filters[...]` keys break nothing;
- a parameter given several times breaks a constraint only if every one of its values does (the
  server may read any of them);
- an empty `cursor` is the `null` the documentation allows (no cursor), an empty
  `starting_after_id` or `campaign_id` is a string it puts no constraint on.

Each constraint names its source: "seed 000" is Voucherify's *List Customer Activity* page,
"seed 002" its *List Loyalty Program Activities* (BETA) page.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from contract_tests.spec import Feed, Spec

Validity = Callable[[str], bool]
_INTEGER = re.compile(r"[+-]?\d+", re.ASCII)
_CURSOR = re.compile(r"lcrsapr_[a-f0-9]+", re.ASCII)
_INDEX = re.compile(r"\[\d+\]", re.ASCII)
TYPE_CONDITIONS = "filters[type][conditions]"


@dataclass(frozen=True, slots=True)
class Constraint:
    key: str
    """The query key (a deepObject leaf is written `filters[junction]`)."""
    rule: str
    source: str
    valid: Validity
    spec_keywords: frozenset[str] = frozenset()
    """The keywords of the spec's parameter schema this constraint accounts for."""
    items: bool = False
    """An array leaf (`…[$in][0]`, `…[$in][1]`…): any invalid item breaks it."""


@dataclass(frozen=True, slots=True)
class Violation:
    key: str
    values: tuple[str, ...]
    rule: str
    source: str

    def describe(self) -> str:
        shown = ", ".join(repr(value[:60]) for value in self.values[:3])
        return f"{self.key}={shown}: {self.rule} ({self.source})"


def is_integer_between(low: int, high: int) -> Validity:
    return lambda text: bool(_INTEGER.fullmatch(text)) and low <= int(text) <= high


def is_one_of(values: Iterable[str]) -> Validity:
    allowed = frozenset(values)
    return lambda text: text in allowed


def is_date_time(text: str) -> bool:
    """Any ISO 8601 / RFC 3339 date-time reading: only what no reading accepts breaks it."""
    try:
        datetime.fromisoformat(text.upper().replace("Z", "+00:00"))
    except ValueError:
        return False
    return True


def is_cursor(text: str) -> bool:
    return bool(_CURSOR.fullmatch(text))


def constraints(spec: Spec, feed: Feed) -> dict[str, Constraint]:
    """The documented constraints of one operation's query, enum values read from the spec."""
    limit = Constraint(
        "limit",
        "an integer from 1 to 100",
        'seed 000 / seed 002: "1 <= x <= 100"',
        is_integer_between(1, 100),
        frozenset({"type", "minimum", "maximum", "default"}),
    )
    order = _enum(spec, "order", "ActivityOrder", 'seed 000 / seed 002: "created_at, -created_at"')
    if feed is Feed.PROGRAM:
        types = _enum_values(spec, "ProgramActivityType")
        return _by_key(
            limit,
            order,
            Constraint(
                "cursor",
                "matches ^lcrsapr_[a-f0-9]+$ (empty: no cursor)",
                "seed 002: cursor pattern ^lcrsapr_[a-f0-9]+$",
                lambda text: text == "" or is_cursor(text),
                frozenset({"type", "pattern"}),
            ),
            Constraint(
                "filters[junction]",
                "AND or OR",
                'seed 002: "Logical junction ... AND, OR"',
                is_one_of(("AND", "OR")),
            ),
            *(
                Constraint(
                    f"{TYPE_CONDITIONS}[{operator}]",
                    "a documented program activity type",
                    'seed 002: "Filter by activity type ... Valid values: vl.program.created, …"',
                    is_one_of(types),
                    items=operator in ("$in", "$not_in"),
                )
                for operator in ("$is", "$is_not", "$in", "$not_in")
            ),
        )
    date_time = Constraint(
        "start_date",
        "an ISO 8601 date-time",
        'seed 000: "string<date-time> … ISO 8601 format"',
        is_date_time,
        frozenset({"type", "format"}),
    )
    return _by_key(
        limit,
        order,
        date_time,
        replace(date_time, key="end_date"),
        _enum(spec, "campaign_type", "CampaignType", 'seed 000: campaign_type "Available options"'),
        _enum(spec, "category", "ActivityCategory", 'seed 000: category "ACTION, EFFECT"'),
        _enum(spec, "type", "CustomerActivityType", 'seed 000: type "Available options"'),
    )


def violations(spec: Spec, feed: Feed, pairs: Sequence[tuple[str, str]]) -> list[Violation]:
    """The documented constraints `pairs` (the decoded query string, in order) break."""
    table = constraints(spec, feed)
    given: dict[str, list[str]] = defaultdict(list)
    for key, value in pairs:
        given[_leaf(key, table)].append(value)
    found = []
    for key, values in given.items():
        constraint = table.get(key)
        if constraint is None:
            continue
        broken = (
            any(not constraint.valid(v) for v in values)
            if constraint.items
            else all(not constraint.valid(v) for v in values)
        )
        if broken:
            bad = tuple(v for v in values if not constraint.valid(v))
            found.append(Violation(key, bad, constraint.rule, constraint.source))
    return found


def _leaf(key: str, table: Mapping[str, Constraint]) -> str:
    """`…[$in][3]` counts as an item of `…[$in]`; other keys stand for themselves."""
    if key.startswith(TYPE_CONDITIONS) and _INDEX.search(key):
        array = _INDEX.sub("", key, count=1)
        if array in table and table[array].items and key == array + _INDEX.findall(key)[0]:
            return array
        return key  # a nested or oddly indexed key: not a documented form
    if key in table and table[key].items:
        return f"{key} (un-indexed)"  # arrays are documented in their indexed form only
    return key


def _enum(spec: Spec, key: str, schema: str, source: str) -> Constraint:
    values = _enum_values(spec, schema)
    return Constraint(
        key,
        f"one of the {len(values)} documented values",
        source,
        is_one_of(values),
        frozenset({"$ref", "enum", "type"}),
    )


def _enum_values(spec: Spec, schema: str) -> tuple[str, ...]:
    return tuple(spec.resolve({"$ref": f"#/components/schemas/{schema}"})["enum"])


def _by_key(*items: Constraint) -> dict[str, Constraint]:
    return {item.key: item for item in items}
