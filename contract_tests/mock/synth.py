"""Schema-driven synthesis: compile a schema of the spec into a plan that draws realistic values.

Nothing here knows an event type. `Compiler.compile` walks a schema (`$ref`, `allOf` merged,
`oneOf`/`anyOf` choices, `const`, `enum`, formats, patterns, bounds, examples), fills optional
properties too, and asks `bindings` which values must come from the activity's entities. Each
property also learns here what realism may do to it (left out, nulled: `Prop.kept`, `nullable`),
objects whether they may carry undocumented fields. Plans are compiled once per schema and then
run per activity (see `plan`).
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Mapping
from random import Random
from typing import Any

from . import bindings, extras, randtext, source_shape, vocab
from .plan import (
    OMIT,
    Acceptor,
    Array,
    Boolean,
    BoundLeaf,
    Choice,
    Const,
    EntityCopy,
    Instant,
    Integer,
    MapOf,
    Metadata,
    Node,
    Nullable,
    Number,
    Object,
    OneOf,
    Prop,
    SynthContext,
    Text,
)
from .realism import KEPT_NAMES
from .regex_gen import UnsupportedPattern, compile_pattern
from .schema_merge import merge_all_of
from .spec import Spec, SpecError

MS_PER_DAY = 86_400_000

_ID_SHAPED = re.compile(r"([a-z][a-z0-9]*[_-])([A-Za-z0-9]{6,})", re.ASCII)
_HEX = frozenset("0123456789abcdef")


class Compiler:
    """Compiles schema nodes of one spec into plans; compiled `$ref` targets are shared."""

    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        self._memo: dict[tuple[str, str, str], Node] = {}
        extras.check_undocumented(spec)

    def compile(self, schema: Any, name: str = "", parent: str = "") -> Node:
        return self._compile(schema, name, parent, ())

    def compile_activity(self, ref: str) -> Object:
        """A plan for one activity variant; its root binds to the builder's activity fields."""
        node = self._compile({"$ref": ref}, bindings.ACTIVITY, "", ())
        if not isinstance(node, Object):
            raise SpecError(f"{ref} is not an object schema")
        return node

    # ── dispatch ─────────────────────────────────────────────────────────────────
    def _compile(self, schema: Any, name: str, parent: str, stack: tuple[str, ...]) -> Node:
        if not isinstance(schema, Mapping):
            return self._untyped(name, parent)
        ref = schema.get("$ref")
        if isinstance(ref, str):
            if ref in stack:
                return OMIT
            if len(schema) > 1:  # 3.1 allows siblings of $ref: they narrow the target
                rest = {k: v for k, v in schema.items() if k != "$ref"}
                return self._compile({"allOf": [{"$ref": ref}, rest]}, name, parent, stack)
            key = (ref, name, parent)
            if key not in self._memo:
                self._memo[key] = self._compile(self.spec.pointer(ref), name, parent, (*stack, ref))
            return self._memo[key]
        if "allOf" in schema:
            return self._compile(merge_all_of(self.spec, schema, stack), name, parent, stack)
        return self._compile_flat(schema, name, parent, stack)

    def _compile_flat(
        self, schema: Mapping[str, Any], name: str, parent: str, stack: tuple[str, ...]
    ) -> Node:
        if "const" in schema:
            return Const(schema["const"])
        if "enum" in schema:
            values = [v for v in schema["enum"] if v is not None] or [None]
            return self._bind_leaf(Choice(values), schema, name)
        for keyword in ("oneOf", "anyOf"):
            if keyword in schema:
                return self._choice(schema, keyword, name, parent, stack)
        types = schema.get("type")
        listed = list(types) if isinstance(types, list) else [types] if types else []
        concrete = [t for t in listed if t != "null"] or [self._infer_type(schema)]
        node = self._typed(concrete[0], schema, name, parent, stack)
        if "null" in listed and concrete[0] is not None and node.entity() is None:
            return Nullable(node)  # entity-bound values are never replaced by null
        return node

    def _typed(
        self,
        kind: str | None,
        schema: Mapping[str, Any],
        name: str,
        parent: str,
        stack: tuple[str, ...],
    ) -> Node:
        if kind == "object":
            return self._object(schema, name, parent, stack)
        if kind == "array":
            return self._array(schema, name, stack)
        if kind == "string":
            return self._bind_leaf(self._string(schema, name, parent), schema, name)
        if kind == "integer":
            return self._integer(schema, name)
        if kind == "number":
            return self._number(schema)
        if kind == "boolean":
            return (
                Const(schema["example"]) if isinstance(schema.get("example"), bool) else Boolean()
            )
        if kind == "null":
            return Const(None)
        return self._untyped(name, parent)

    @staticmethod
    def _infer_type(schema: Mapping[str, Any]) -> str | None:
        if "properties" in schema or "additionalProperties" in schema:
            return "object"
        if "items" in schema:
            return "array"
        if {"pattern", "format", "minLength", "maxLength"} & schema.keys():
            return "string"
        return None

    def _untyped(self, name: str, parent: str) -> Node:
        if name.endswith("metadata"):
            return Metadata()
        return Text(vocab.text_for(name, parent), 0, None)

    # ── composition ──────────────────────────────────────────────────────────────
    def _choice(
        self,
        schema: Mapping[str, Any],
        keyword: str,
        name: str,
        parent: str,
        stack: tuple[str, ...],
    ) -> Node:
        rest = {k: v for k, v in schema.items() if k != keyword}
        branches = []
        nullable = False
        for branch in schema[keyword]:
            if self.spec.resolve(branch) == {"type": "null"}:
                nullable = True
                continue
            target = {"allOf": [rest, branch]} if rest else branch
            node = self._compile(target, name, parent, stack)
            if node is not OMIT:
                branches.append(node)
        if not branches:
            return Const(None)
        node = branches[0] if len(branches) == 1 else OneOf(branches)
        return Nullable(node) if nullable and node.entity() is None else node

    # ── objects and arrays ───────────────────────────────────────────────────────
    def _object(
        self, schema: Mapping[str, Any], name: str, parent: str, stack: tuple[str, ...]
    ) -> Node:
        properties: Mapping[str, Any] = schema.get("properties", {})
        required = list(schema.get("required", []))
        if not properties:
            extra = schema.get("additionalProperties")
            if isinstance(extra, Mapping) and extra:
                return MapOf(self._compile(extra, vocab.singular(name), name, stack))
            if extra is False:
                return Const({})
            if name in bindings.ENTITY_BY_PROPERTY:
                return EntityCopy(bindings.ENTITY_BY_PROPERTY[name], self._free_object(name))
            return self._free_object(name)
        props: list[Prop] = []
        for prop_name, sub in properties.items():
            node = self._compile(sub, prop_name, name, stack)
            if node is OMIT:
                if prop_name not in required:
                    continue
                node = self._untyped(prop_name, name)
            accepts = Acceptor(self.spec, sub)
            props.append(_prop(prop_name, node, accepts, prop_name in required, accepts(None)))
        for prop_name in required:  # required but undefined: a spec defect, still honour it
            if prop_name not in properties:
                props.append(_prop(prop_name, self._untyped(prop_name, name), _always(), True))
        return Object(
            props,
            self._object_binding(name, properties),
            extra=extras.extra_for(name, parent, properties) if _allows_extras(schema) else None,
            finish=source_shape.shape if source_shape.is_source(properties) else None,
        )

    @staticmethod
    def _object_binding(name: str, properties: Mapping[str, Any]) -> str | None:
        if name == bindings.ACTIVITY:
            return bindings.ACTIVITY
        if name in bindings.ENTITY_BY_PROPERTY:
            return bindings.ENTITY_BY_PROPERTY[name]
        marker = properties.get("object")
        if isinstance(marker, Mapping) and marker.get("const") in bindings.ENTITY_BY_OBJECT_CONST:
            return bindings.ENTITY_BY_OBJECT_CONST[marker["const"]]
        return None

    def _free_object(self, name: str) -> Node:
        """A free-form object: metadata-like maps get key/values, named objects a stub."""
        if name.endswith("metadata"):
            return Metadata()
        owner = vocab.singular(name)
        if owner not in vocab.ID_PREFIXES:
            return Const({})
        return Object(
            [
                _prop("id", Text(vocab.text_for("id", owner), 0, None), _always()),
                _prop("name", Text(vocab.text_for("name", owner), 0, None), _always()),
                _prop("object", Const(owner), _always()),
                _prop("created_at", _instant("created_at", date_only=False), _always()),
            ],
            None,
        )

    def _array(self, schema: Mapping[str, Any], name: str, stack: tuple[str, ...]) -> Node:
        item = self._compile(schema.get("items", {}), vocab.singular(name), name, stack)
        low = int(schema.get("minItems", 0))
        high = int(schema.get("maxItems", max(low, 3)))
        if item is OMIT:
            return Const([])
        return Array(
            item,
            max(low, min(1, high)),
            min(high, max(low, 3)),
            unique=bool(schema.get("uniqueItems")),
            may_be_empty=low == 0,
        )

    # ── scalars ──────────────────────────────────────────────────────────────────
    def _string(self, schema: Mapping[str, Any], name: str, parent: str) -> Node:
        fmt = schema.get("format")
        if fmt in ("date-time", "date"):
            return _instant(name, date_only=fmt == "date")
        example = _example(schema)
        pattern = schema.get("pattern")
        if isinstance(pattern, str):
            return self._patterned(pattern, example, schema)
        if isinstance(example, str):
            return _from_example(example)
        low, high = int(schema.get("minLength", 0)), schema.get("maxLength")
        by_format = _FORMATS.get(fmt) if isinstance(fmt, str) else None
        return Text(by_format or vocab.text_for(name, parent), low, high)

    def _patterned(self, pattern: str, example: Any, schema: Mapping[str, Any]) -> Node:
        regex = re.compile(pattern)
        candidates: list[Node] = []
        if isinstance(example, str) and regex.search(example):
            candidates.append(_from_example(example))
        with contextlib.suppress(UnsupportedPattern):
            candidates.append(Text(compile_pattern(pattern), 0, None))
        probe = Random(0)
        for node in candidates:  # the first candidate whose samples match wins
            if all(regex.search(node.generate(probe, _PROBE)) for _ in range(5)):
                return node
        raise SpecError(f"cannot generate strings for pattern {pattern!r} (schema {schema})")

    def _integer(self, schema: Mapping[str, Any], name: str) -> Node:
        low, high = _heuristic_range(name)
        step = int(schema.get("multipleOf", 1)) or 1
        s_low = _bound(schema, "minimum", "exclusiveMinimum", +1)
        s_high = _bound(schema, "maximum", "exclusiveMaximum", -1)
        if s_low is not None:
            low = max(low, int(s_low))
            high = max(high, low)
        if s_high is not None:
            high = min(high, int(s_high))
            low = min(low, high)
        return Integer(low, high, step)

    @staticmethod
    def _number(schema: Mapping[str, Any]) -> Node:
        low = _bound(schema, "minimum", "exclusiveMinimum", +0.01)
        high = _bound(schema, "maximum", "exclusiveMaximum", -0.01)
        low_f = float(low) if low is not None else 0.0
        high_f = float(high) if high is not None else max(low_f, 0.0) + 100.0
        return Number(low_f, max(low_f, high_f))

    def _bind_leaf(self, node: Node, schema: Mapping[str, Any], name: str) -> Node:
        target = bindings.LEAF_BINDINGS.get(name)
        if target is None and name in bindings.ENTITY_BY_PROPERTY:
            # `customer: "cust_..."` names the entity by ID; `campaign: "Spring Sale"` by name.
            example = _example(schema)
            by_name = isinstance(example, str) and _ID_SHAPED.fullmatch(example) is None
            target = (bindings.ENTITY_BY_PROPERTY[name], "name" if by_name else "id")
        if target is None:
            return node
        return BoundLeaf(target[0], target[1], node, Acceptor(self.spec, schema))


_PROBE = SynthContext(moment_ms=1_700_000_000_000, entities={})

_FORMATS: dict[str, Callable[[Random], str]] = {
    "email": vocab.email,
    "uri": lambda rng: (
        f"https://example.com/{randtext.pick(rng, vocab.WORDS)}/{randtext.between(rng, 1, 9999)}"
    ),
    "url": lambda rng: (
        f"https://example.com/{randtext.pick(rng, vocab.WORDS)}/{randtext.between(rng, 1, 9999)}"
    ),
    "uuid": lambda rng: "-".join(
        randtext.random_string(rng, randtext.HEX, n) for n in (8, 4, 4, 4, 12)
    ),
    "ipv4": lambda rng: f"203.0.113.{randtext.between(rng, 1, 254)}",
    "hostname": lambda rng: f"{randtext.pick(rng, vocab.WORDS)}.example.com",
}

# Where a date-time falls relative to its activity, by property name (milliseconds).
_INSTANT_WINDOWS: tuple[tuple[tuple[str, ...], tuple[int, int]], ...] = (
    (("birthdate", "birthday"), (-60 * 365 * MS_PER_DAY, -18 * 365 * MS_PER_DAY)),
    (("created_at", "date_created", "joined_at"), (-400 * MS_PER_DAY, -MS_PER_DAY)),
    (("start_date", "starts_at", "valid_from", "activated_at", "start_at"),
     (-200 * MS_PER_DAY, -10 * MS_PER_DAY)),
    (("end_date", "ends_at", "expiration_date", "expires_at", "valid_until", "end_at"),
     (30 * MS_PER_DAY, 400 * MS_PER_DAY)),
)  # fmt: skip
_NEAR_EVENT = (-5_000, 0)  # `updated_at`, `date`, ...: moments before the event itself


def _instant(name: str, *, date_only: bool) -> Instant:
    low, high = next((w for names, w in _INSTANT_WINDOWS if name in names), _NEAR_EVENT)
    return Instant(low, high, date_only=date_only)


def _example(schema: Mapping[str, Any]) -> Any:
    if "example" in schema:
        return schema["example"]
    examples = schema.get("examples")
    return examples[0] if isinstance(examples, list) and examples else None


def _from_example(example: str) -> Node:
    """ID-shaped examples become fresh IDs of the same shape; other examples are used as is."""
    match = _ID_SHAPED.fullmatch(example)
    if match is None or not _looks_random(match.group(2)):
        return Const(example)  # e.g. `tier_structure`, `program_reward`: words, not IDs
    prefix, suffix = match.groups()
    if set(suffix) <= _HEX:
        alphabet = randtext.HEX
    elif suffix == suffix.lower():
        alphabet = randtext.LOWER_ALNUM
    else:
        alphabet = randtext.ALNUM
    length = len(suffix)
    return Text(lambda rng: prefix + randtext.random_string(rng, alphabet, length), 0, None)


def _looks_random(suffix: str) -> bool:
    """IDs mix digits or letter cases; words (`structure`) do neither."""
    has_digit = any(c.isdigit() for c in suffix)
    return has_digit or (suffix != suffix.lower() and suffix != suffix.upper())


def _heuristic_range(name: str) -> tuple[int, int]:
    if any(word in name for word in ("amount", "price", "total", "balance", "value", "cost")):
        return 500, 50_000
    if "points" in name:
        return 10, 5_000
    if any(word in name for word in ("percent", "discount")):
        return 5, 50
    if any(word in name for word in ("count", "quantity", "qty", "number")):
        return 1, 12
    return 0, 1_000


def _bound(schema: Mapping[str, Any], inclusive: str, exclusive: str, nudge: float) -> Any:
    if isinstance(schema.get(exclusive), int | float) and not isinstance(
        schema.get(exclusive), bool
    ):
        return schema[exclusive] + nudge
    value = schema.get(inclusive)
    return value if isinstance(value, int | float) and not isinstance(value, bool) else None


def _always() -> Acceptor:
    return Acceptor.constant(True)


def _prop(
    name: str, node: Node, accepts: Acceptor, required: bool = False, nullable: bool = False
) -> Prop:
    """A property and what realism may do to it (see `Prop.kept`)."""
    kept = required or name in KEPT_NAMES or node.entity() == bindings.CAMPAIGN
    return Prop(name, node, accepts, required, kept=kept, nullable=nullable)


def _allows_extras(schema: Mapping[str, Any]) -> bool:
    """Undocumented properties validate: neither `additionalProperties` nor
    `unevaluatedProperties` is false."""
    return schema.get("additionalProperties") is not False and (
        schema.get("unevaluatedProperties") is not False
    )
