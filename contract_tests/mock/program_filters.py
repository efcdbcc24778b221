"""The v2 `filters` deepObject parameter: parsed from bracketed keys, typed by its schema, applied.

Accepted key forms (values are strings until the schema types them):

    filters[junction]=AND|OR
    filters[id|type][conditions][$is|$is_not]=value
    filters[id|type][conditions][$in|$not_in][0]=a&...[1]=b     indexed arrays
    filters[id|type][conditions][$in]=a                          a single un-indexed value
    filters[...][$in][]=a&filters[...][$in][]=b                  or repeated / `[]` keys
    filters[created_at][conditions][$before|$after]=<date-time>  strict bounds
    filters[created_at][conditions][$more_than|$less_than]=<days> relative to the app's clock

The object is validated against the spec's `ProgramActivityFilters` schema without the
constraints Voucherify does not document (`UNDOCUMENTED`: the id pattern, array sizes, closed
objects, a non-empty `conditions`, the day counts' minimum), so a bad `junction` or type value is
a 400 `invalid_query_params` but an unknown field or operator is ignored, the permissive reading
of a documentation that does not say. A value the mock cannot apply (a `$before` that is no
date-time, a day count that is no integer) or cannot read (a value where an object belongs) is
still a 400. A leaf given twice takes its last value. Conditions on one field are ANDed (so
`$after` + `$before` is a range); `junction` combines the fields.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from jsonschema.exceptions import best_match

from ..spec import PROGRAM_ACTIVITY_OPERATION, Spec, SpecError
from .errors import invalid_query
from .feed import StoredActivity
from .params import INTEGER
from .timeutil import US_PER_DAY, InvalidInstant, parse_instant

MAX_INDEX_DIGITS = 4
# Keywords of our spec's filter schemas that seed 002 (the endpoint's page) does not document: it
# names the fields, the id / type operators, the type values and the junction values, no more.
UNDOCUMENTED = frozenset(
    {
        "pattern",
        "minItems",
        "maxItems",
        "minProperties",
        "minimum",
        "additionalProperties",
        "required",
    }
)
_SEGMENT = re.compile(r"\[([^\[\]]*)\]")

# How each filterable field is read from an activity.
FIELDS: dict[str, Callable[[StoredActivity], Any]] = {
    "id": lambda activity: activity.id,
    "type": lambda activity: activity.type,
    "created_at": lambda activity: activity.created_us,
}


@dataclass(frozen=True, slots=True)
class Condition:
    field: str
    operator: str
    operand: Any  # str, frozenset[str] or an instant in epoch microseconds

    def test(self, value: Any) -> bool:
        op, operand = self.operator, self.operand
        if op == "$is":
            return bool(value == operand)
        if op == "$is_not":
            return bool(value != operand)
        if op == "$in":
            return value in operand
        if op == "$not_in":
            return value not in operand
        if op in ("$before", "$more_than"):  # created before the instant / more than N days ago
            return bool(value < operand)
        return bool(value > operand)  # $after, $less_than


@dataclass(frozen=True, slots=True)
class ProgramFilter:
    junction: str = "AND"
    # One tuple of ANDed conditions per field, in query order.
    fields: tuple[tuple[Condition, ...], ...] = field(default=())

    def predicate(self) -> Callable[[StoredActivity], bool] | None:
        if not self.fields:
            return None
        readers = [(FIELDS[conditions[0].field], conditions) for conditions in self.fields]

        def field_matches(activity: StoredActivity, entry: Any) -> bool:
            reader, conditions = entry
            value = reader(activity)
            return all(condition.test(value) for condition in conditions)

        if self.junction == "OR":
            return lambda activity: any(field_matches(activity, entry) for entry in readers)
        return lambda activity: all(field_matches(activity, entry) for entry in readers)


OPERATORS = frozenset(
    {"$is", "$is_not", "$in", "$not_in", "$before", "$after", "$more_than", "$less_than"}
)


class ProgramFilters:
    """Parser for the `filters` parameter of the v2 operation, built from its schema."""

    def __init__(self, spec: Spec) -> None:
        deep = [
            p
            for p in spec.parameters(PROGRAM_ACTIVITY_OPERATION, "query").values()
            if p.get("style") == "deepObject"
        ]
        if len(deep) != 1:
            raise SpecError(f"{PROGRAM_ACTIVITY_OPERATION} must have one deepObject parameter")
        parameter = deep[0]
        self.name: str = parameter["name"]
        self.spec = spec
        self.schema = documented(spec, parameter["schema"])
        self.validator = spec.validator(self.schema)
        self.operators = {
            name: frozenset(
                field_schema.get("properties", {}).get("conditions", {}).get("properties", {})
            )
            for name, field_schema in self.schema.get("properties", {}).items()
            if name in FIELDS
        }

    def parse(self, pairs: list[tuple[str, str]], now_us: int) -> ProgramFilter:
        tree = _Tree()
        for key, value in pairs:
            if key == self.name or key.startswith(self.name + "["):
                tree.insert(self._segments(key), value)
        if tree.empty():
            return ProgramFilter()
        document = self._typed(tree, self.schema, self.name)
        problem = best_match(self.validator.iter_errors(document))
        if problem is not None:
            where = self.name + "".join(f"[{part}]" for part in problem.absolute_path)
            raise invalid_query(f"{where}: {problem.message}"[:300])
        return _interpret(self.name, document, self.operators, now_us)

    def _segments(self, key: str) -> list[str]:
        rest = key[len(self.name) :]
        segments = _SEGMENT.findall(rest)
        if not segments or "".join(f"[{s}]" for s in segments) != rest:
            raise invalid_query(
                f"{key[:100]!r}: use deepObject keys such as "
                f"{self.name}[type][conditions][$is]=vl.program.created"
            )
        return segments

    def _typed(self, node: _Tree, schema: Any, where: str) -> Any:
        """The tree as JSON values, shaped by `schema` (arrays, integers)."""
        schema = self.spec.resolve(schema)
        kind = schema.get("type") if isinstance(schema, Mapping) else None
        if kind == "array":
            return [
                self._scalar(text, schema.get("items", {}), f"{where}[{i}]")
                for i, text in enumerate(node.array_values(where))
            ]
        if node.children:
            if node.values:
                raise invalid_query(f"{where} is given both as a value and as an object")
            properties = schema.get("properties", {}) if isinstance(schema, Mapping) else {}
            return {
                key: self._typed(child, properties.get(key, {}), f"{where}[{key}]")
                for key, child in node.children.items()
            }
        return self._scalar(node.values[-1], schema, where)

    def _scalar(self, text: str, schema: Any, where: str) -> Any:
        schema = self.spec.resolve(schema)
        if isinstance(schema, Mapping) and schema.get("type") == "integer":
            if not INTEGER.fullmatch(text):
                raise invalid_query(f"{where}: {text[:100]!r} is not an integer")
            return int(text)
        return text


class _Tree:
    """Bracketed keys as a tree: each node has raw values, children, or (wrongly) both."""

    __slots__ = ("children", "values")

    def __init__(self) -> None:
        self.values: list[str] = []
        self.children: dict[str, _Tree] = {}

    def empty(self) -> bool:
        return not self.values and not self.children

    def insert(self, segments: list[str], value: str) -> None:
        node = self
        for segment in segments:
            node = node.children.setdefault(segment, _Tree())
        node.values.append(value)

    def array_values(self, where: str) -> list[str]:
        """Values of an array node: `[0]`/`[1]`... children, `[]` children or repeated keys."""
        if not self.children:
            return self.values
        if self.values:
            raise invalid_query(f"{where} mixes indexed and un-indexed values")
        ordered: list[tuple[int, str]] = []
        for index, child in self.children.items():
            if child.children:
                raise invalid_query(f"{where}[{index}] must be a value")
            if index == "":
                ordered.extend((10**MAX_INDEX_DIGITS, text) for text in child.values)
                continue
            if not index.isdigit() or len(index) > MAX_INDEX_DIGITS or not index.isascii():
                raise invalid_query(f"{where}[{index[:20]}]: array indexes are 0, 1, 2...")
            ordered.append((int(index), child.values[-1]))
        return [text for _, text in sorted(ordered, key=lambda pair: pair[0])]


def _interpret(
    root: str,
    document: Mapping[str, Any],
    operators: Mapping[str, frozenset[str]],
    now_us: int,
) -> ProgramFilter:
    """The filter; fields and operators the mock does not know are ignored, as is an empty field."""
    junction = str(document.get("junction", "AND"))
    fields = []
    for name, spec in document.items():
        if name not in FIELDS or not isinstance(spec, Mapping):
            continue
        conditions = tuple(
            _condition(f"{root}[{name}][conditions][{operator}]", name, operator, operand, now_us)
            for operator, operand in (spec.get("conditions") or {}).items()
            if operator in operators.get(name, ())
        )
        if conditions:
            fields.append(conditions)
    return ProgramFilter(junction=junction, fields=tuple(fields))


def documented(spec: Spec, schema: Any) -> Any:
    """`schema` with its `$ref`s inlined and the `UNDOCUMENTED` keywords left out."""
    node = spec.resolve(schema)
    if isinstance(node, list):
        return [documented(spec, item) for item in node]
    if not isinstance(node, Mapping):
        return node
    relaxed: dict[str, Any] = {}
    for key, value in node.items():
        if key in UNDOCUMENTED:
            continue
        if key == "properties" and isinstance(value, Mapping):
            relaxed[key] = {name: documented(spec, sub) for name, sub in value.items()}
        else:
            relaxed[key] = documented(spec, value)
    return relaxed


def _condition(where: str, name: str, operator: str, operand: Any, now_us: int) -> Condition:
    if operator not in OPERATORS:
        raise invalid_query(f"{where} is not supported by the mock")
    if operator in ("$in", "$not_in"):
        return Condition(name, operator, frozenset(operand))
    if operator in ("$before", "$after"):
        try:
            return Condition(name, operator, parse_instant(operand))
        except InvalidInstant as exc:
            raise invalid_query(f"{where}: {str(exc)[:200]}") from exc
    if operator in ("$more_than", "$less_than"):
        return Condition(name, operator, now_us - int(operand) * US_PER_DAY)
    return Condition(name, operator, operand)
