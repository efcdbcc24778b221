"""Compiled synthesis plans: one node per schema node, run once per activity to draw its value.

Nodes are plain objects with `__slots__` and a `generate(rng, ctx)` method; the compiler in
`synth` builds them. Binding nodes (`Object` with a binding, `BoundLeaf`, `EntityCopy`) take values
from the activity's entities, which is how payloads stay consistent with the feed. The context's
`Realism` decides how often a node strays from the documented shape (optional parts left out,
nulls, undocumented fields, date-times without milliseconds...); see `realism`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from random import Random
from typing import Any

from . import bindings, extras, vocab
from .randtext import between, pick
from .realism import DEFAULT, Realism, whole_seconds_iso
from .spec import Spec
from .timeutil import date_from_ms, iso_from_ms

# Objects nested deeper than this get their kept properties only (required, `id`, campaign
# references; plus what an entity supplies): the documented payloads nest vouchers in campaigns in
# rewards..., and filling every level would make activities ~5 KB where real ones are ~2 KB. Five
# levels reach a customer's referrals; realism leaving optional parts out keeps the ~2 KB.
FULL_DEPTH = 5


# How long an entity's snapshot stays the same: customers move, gain referrals, rename campaigns.
SNAPSHOT_PERIOD_MS = 90 * 86_400_000
# (plan node, drawn in full, entity-bound branches first, snapshot period, IDs of its entities)
MemoKey = tuple[int, bool, bool, int, tuple[str, ...]]


@dataclass
class SynthContext:
    """Per-activity inputs: the instant it happened and the entities it is about."""

    moment_ms: int
    entities: Mapping[str, Mapping[str, Any]]
    # Objects bound to an entity are drawn once per (plan node, entity, snapshot period) and then
    # reused, so a customer's address is the same in every activity of a quarter (what comes from
    # the entity, like the phone number, in all of them). Shared across a whole feed.
    memo: dict[MemoKey, Any] = field(default_factory=dict)
    depth: int = 0  # objects entered so far; see FULL_DEPTH
    realism: Realism = DEFAULT


class Node:
    """One compiled schema node."""

    __slots__ = ()

    def generate(self, rng: Random, ctx: SynthContext) -> Any:
        raise NotImplementedError

    def children(self) -> Sequence[Node]:
        return ()

    def entity(self) -> str | None:
        return None


class _Omit(Node):
    """A recursive reference: the property is left out."""

    __slots__ = ()


OMIT = _Omit()


class Const(Node):
    __slots__ = ("value",)

    def __init__(self, value: Any) -> None:
        self.value = value

    def generate(self, rng: Random, ctx: SynthContext) -> Any:
        return self.value


class Choice(Node):
    __slots__ = ("values",)

    def __init__(self, values: Sequence[Any]) -> None:
        self.values = tuple(values)

    def generate(self, rng: Random, ctx: SynthContext) -> Any:
        return pick(rng, self.values)


class Text(Node):
    __slots__ = ("draw", "max_length", "min_length")

    def __init__(self, draw: Callable[[Random], str], min_length: int, max_length: int | None):
        self.draw = draw
        self.min_length = min_length
        self.max_length = max_length

    def generate(self, rng: Random, ctx: SynthContext) -> Any:
        text = self.draw(rng)
        if len(text) < self.min_length:
            text += "x" * (self.min_length - len(text))
        if self.max_length is not None:
            text = text[: self.max_length]
        return text


class Instant(Node):
    """A date-time (or date) placed relative to the activity's instant, by property name."""

    __slots__ = ("date_only", "high_ms", "low_ms")

    def __init__(self, low_ms: int, high_ms: int, *, date_only: bool) -> None:
        self.low_ms = low_ms
        self.high_ms = high_ms
        self.date_only = date_only

    def generate(self, rng: Random, ctx: SynthContext) -> Any:
        moment = ctx.moment_ms + between(rng, self.low_ms, self.high_ms)
        if self.date_only:
            return date_from_ms(moment)
        text = iso_from_ms(moment)
        rate = ctx.realism.whole_seconds
        return whole_seconds_iso(text) if rate and rng.random() < rate else text


class Integer(Node):
    __slots__ = ("high", "low", "step")

    def __init__(self, low: int, high: int, step: int) -> None:
        self.low, self.high, self.step = low, high, step

    def generate(self, rng: Random, ctx: SynthContext) -> Any:
        first = -(-self.low // self.step) * self.step
        if first > self.high:
            return self.low
        return first + self.step * between(rng, 0, (self.high - first) // self.step)


class Number(Node):
    __slots__ = ("high", "low")

    def __init__(self, low: float, high: float) -> None:
        self.low, self.high = low, high

    def generate(self, rng: Random, ctx: SynthContext) -> Any:
        value = round(self.low + (self.high - self.low) * rng.random(), 2)
        rate = ctx.realism.integral
        if rate and rng.random() < rate:  # `5` where the schema says number: JSON has no float
            whole = round(value)
            if self.low <= whole <= self.high:
                return whole
        return min(max(value, self.low), self.high)


class Boolean(Node):
    __slots__ = ()

    def generate(self, rng: Random, ctx: SynthContext) -> Any:
        return rng.random() < 0.5


class Nullable(Node):
    __slots__ = ("inner",)

    def __init__(self, inner: Node) -> None:
        self.inner = inner

    def generate(self, rng: Random, ctx: SynthContext) -> Any:
        rate = ctx.realism.null
        return None if rate and rng.random() < rate else self.inner.generate(rng, ctx)

    def children(self) -> Sequence[Node]:
        return (self.inner,)


class OneOf(Node):
    __slots__ = ("_bound", "branches")

    def __init__(self, branches: Sequence[Node]) -> None:
        self.branches = tuple(branches)
        self._bound: tuple[Node, ...] | None = None

    def generate(self, rng: Random, ctx: SynthContext) -> Any:
        return self.branch(rng, ctx).generate(rng, ctx)

    def branch(self, rng: Random, ctx: SynthContext) -> Node:
        if ctx.realism.entity_branches:
            if self._bound is None:  # after compilation: branches may be filled in late
                self._bound = tuple(b for b in self.branches if shows_entity_ids(b))
            if self._bound:
                return pick(rng, self._bound)
        return pick(rng, self.branches)

    def children(self) -> Sequence[Node]:
        return self.branches


class Array(Node):
    __slots__ = ("high", "item", "low", "may_be_empty", "unique")

    def __init__(
        self, item: Node, low: int, high: int, *, unique: bool, may_be_empty: bool = False
    ) -> None:
        self.item, self.low, self.high, self.unique = item, low, high, unique
        self.may_be_empty = may_be_empty  # no `minItems`: real lists are often `[]`

    def generate(self, rng: Random, ctx: SynthContext) -> Any:
        rate = ctx.realism.empty_array
        if self.may_be_empty and rate and rng.random() < rate:
            return []
        count = between(rng, self.low, self.high)
        item = self.item
        if isinstance(item, BoundLeaf):  # the same entity's name three times says nothing more
            count = min(count, max(1, self.low))
        if self.unique and isinstance(item, Choice | Const):
            pool = item.values if isinstance(item, Choice) else (item.value,)
            return rng.sample(pool, min(count, len(pool)))
        if isinstance(item, OneOf):  # real lists are homogeneous: one branch for all items
            item = item.branch(rng, ctx)
        return [item.generate(rng, ctx) for _ in range(count)]

    def children(self) -> Sequence[Node]:
        return (self.item,)


class Metadata(Node):
    __slots__ = ()

    def generate(self, rng: Random, ctx: SynthContext) -> Any:
        rate = ctx.realism.empty_metadata
        return {} if rate and rng.random() < rate else vocab.metadata(rng)


class MapOf(Node):
    """An object that only has `additionalProperties`: a few keys with drawn values."""

    __slots__ = ("value",)

    def __init__(self, value: Node) -> None:
        self.value = value

    def generate(self, rng: Random, ctx: SynthContext) -> Any:
        keys = sorted({pick(rng, vocab.WORDS), pick(rng, vocab.WORDS)})
        return {key: self.value.generate(rng, ctx) for key in keys}

    def children(self) -> Sequence[Node]:
        return (self.value,)


class Acceptor:
    """Does a schema accept a value? Answers are cached: entity values repeat a lot."""

    __slots__ = ("_answers", "_schema", "_spec", "_validator")

    def __init__(self, spec: Spec | None, schema: Any) -> None:
        self._spec, self._schema = spec, schema
        self._validator: Any = None
        self._answers: dict[Any, bool] = {}

    @classmethod
    def constant(cls, answer: bool) -> Acceptor:
        """An acceptor that needs no schema (properties the compiler made up itself)."""
        acceptor = cls(None, None)
        acceptor._validator = _Constant(answer)
        return acceptor

    def __call__(self, value: Any) -> bool:
        key = value if isinstance(value, str | int | float | bool | None) else None
        if key is not None and key in self._answers:
            return self._answers[key]
        if self._validator is None:
            assert self._spec is not None
            self._validator = self._spec.validator(self._schema)
        answer = bool(self._validator.is_valid(value))
        if key is not None:
            self._answers[key] = answer
        return answer


class BoundLeaf(Node):
    """A scalar copied from an entity field when present and acceptable, else drawn."""

    __slots__ = ("accepts", "fallback", "field", "kind")

    def __init__(self, kind: str, field: str, fallback: Node, accepts: Acceptor) -> None:
        self.kind, self.field, self.fallback, self.accepts = kind, field, fallback, accepts

    def generate(self, rng: Random, ctx: SynthContext) -> Any:
        entity = ctx.entities.get(self.kind)
        if entity is not None and self.field in entity and self.accepts(entity[self.field]):
            return entity[self.field]
        return self.fallback.generate(rng, ctx)

    def children(self) -> Sequence[Node]:
        return (self.fallback,)

    def entity(self) -> str | None:
        return self.kind


class EntityCopy(Node):
    """A free-form object named after an entity (`customer: {type: object}`): the entity itself."""

    __slots__ = ("fallback", "kind")

    def __init__(self, kind: str, fallback: Node) -> None:
        self.kind, self.fallback = kind, fallback

    def generate(self, rng: Random, ctx: SynthContext) -> Any:
        entity = ctx.entities.get(self.kind)
        return dict(entity) if entity is not None else self.fallback.generate(rng, ctx)

    def children(self) -> Sequence[Node]:
        return (self.fallback,)

    def entity(self) -> str | None:
        return self.kind


@dataclass(frozen=True, slots=True)
class Prop:
    name: str
    node: Node
    accepts: Acceptor
    required: bool = False
    # Drawn even below FULL_DEPTH, never left out or nulled by realism: required properties,
    # `id` / `object` (a present object always says what it is), references to the related
    # campaign (the v1 campaign filters are judged by what an activity shows).
    kept: bool = False
    nullable: bool = False  # the property's schema accepts null

    @property
    def nulled_here(self) -> bool:
        """Nullable, but its node never draws null itself (entity-bound values, null enums)."""
        return self.nullable and not isinstance(self.node, Nullable)


# Completes an object after its properties are drawn (e.g. `source_shape.shape`).
Finish = Callable[[dict[str, Any], Random, SynthContext, "Object"], None]


class Object(Node):
    __slots__ = ("_all", "_depends", "_kept", "binding", "extra", "finish", "props")

    def __init__(
        self,
        props: Sequence[Prop],
        binding: str | None,
        *,
        extra: extras.Extra | None = None,  # the undocumented field it sometimes carries
        finish: Finish | None = None,
    ) -> None:
        self.props = tuple(props)
        self.binding = binding
        self.extra = extra
        self.finish = finish
        self._depends: tuple[str, ...] | None = None
        # (name, bound generate, may be left out, may be nulled here) per property: the unbound
        # path below is the hottest loop of a build.
        self._all = tuple(
            (p.name, p.node.generate, not p.kept, not p.kept and p.nulled_here) for p in self.props
        )
        self._kept = tuple(entry for entry in self._all if not entry[2])

    def child(self, name: str) -> Node:
        for prop in self.props:
            if prop.name == name:
                return prop.node
        raise KeyError(name)

    def generate(self, rng: Random, ctx: SynthContext) -> Any:
        entity = ctx.entities.get(self.binding) if self.binding else None
        if entity is not None:
            return self._generate_bound(rng, ctx, entity)
        realism = ctx.realism
        omit, null = realism.omit, realism.null
        props = self._all if ctx.depth < FULL_DEPTH else self._kept
        ctx.depth += 1
        out: dict[str, Any] = {}
        if omit or null:
            draw = rng.random
            for name, generate, optional, nulled_here in props:
                if optional and draw() < omit:
                    continue
                out[name] = None if nulled_here and draw() < null else generate(rng, ctx)
        else:
            for name, generate, _, _ in props:
                out[name] = generate(rng, ctx)
        return self._complete(out, rng, ctx)

    def _generate_bound(
        self, rng: Random, ctx: SynthContext, entity: Mapping[str, Any]
    ) -> dict[str, Any]:
        if self.binding == bindings.ACTIVITY:  # the builder's own fields: no check, no memo
            return self._fill(rng, ctx, entity, trusted=True)
        full = ctx.depth < FULL_DEPTH
        memo_key = (
            id(self),
            full,
            ctx.realism.entity_branches,
            ctx.moment_ms // SNAPSHOT_PERIOD_MS,
            self._memo_ids(ctx),
        )
        clean = ctx.memo.get(memo_key)
        if clean is None:
            # Drawn once with every part in place, then varied per activity (`vary`): a snapshot
            # may lack the customer's phone in one activity, never show another number.
            realism = ctx.realism
            ctx.realism = realism.values_only()
            try:
                clean = ctx.memo[memo_key] = self._fill(rng, ctx, entity, trusted=False)
            finally:
                ctx.realism = realism
        return self.vary(clean, rng, ctx)

    def _fill(
        self, rng: Random, ctx: SynthContext, entity: Mapping[str, Any], *, trusted: bool
    ) -> dict[str, Any]:
        full = ctx.depth < FULL_DEPTH
        realism = ctx.realism
        out: dict[str, Any] = {}
        ctx.depth += 1
        for prop in self.props:
            name = prop.name
            if not prop.kept and realism.omit and rng.random() < realism.omit:
                continue
            if name in entity and (trusted or prop.accepts(entity[name])):
                value = entity[name]
            elif full or prop.kept:
                value = prop.node.generate(rng, ctx)
            else:
                continue
            if not prop.kept and realism.null and prop.nulled_here and rng.random() < realism.null:
                value = None
            out[name] = value
        return self._complete(out, rng, ctx)

    def vary(self, clean: Mapping[str, Any], rng: Random, ctx: SynthContext) -> dict[str, Any]:
        """A copy of a value drawn by this plan with this activity's omissions, nulls, extras."""
        realism = ctx.realism
        if not (realism.omit or realism.null or realism.extra):
            return dict(clean)
        out: dict[str, Any] = {}
        ctx.depth += 1
        for prop in self.props:
            name = prop.name
            if name not in clean:
                continue
            if not prop.kept:
                if realism.omit and rng.random() < realism.omit:
                    continue
                if realism.null and prop.nullable and rng.random() < realism.null:
                    out[name] = None
                    continue
            out[name] = vary_value(prop.node, clean[name], rng, ctx)
        return self._complete(out, rng, ctx)

    def _complete(self, out: dict[str, Any], rng: Random, ctx: SynthContext) -> dict[str, Any]:
        """Shape the drawn object, maybe add an undocumented field; closes the depth level."""
        if self.finish is not None:
            self.finish(out, rng, ctx, self)
        ctx.depth -= 1
        rate = ctx.realism.extra
        if self.extra is not None and rate and rng.random() < rate:
            name, draw = self.extra
            if name not in out:
                out[name] = draw(rng)
        return out

    def _memo_ids(self, ctx: SynthContext) -> tuple[str, ...]:
        """IDs of every entity this subtree draws from: a memoized customer object that also
        shows a `campaign_id` must differ per campaign."""
        if self._depends is None:
            self._depends = tuple(sorted(entities_used(self) | {self.binding or ""}))
        return tuple(str(ctx.entities.get(kind, {}).get("id")) for kind in self._depends)

    def children(self) -> Sequence[Node]:
        return tuple(prop.node for prop in self.props)

    def entity(self) -> str | None:
        return self.binding


def non_null(node: Node) -> Node:
    """The node a `Nullable` wraps (any other node itself)."""
    return node.inner if isinstance(node, Nullable) else node


def vary_value(node: Node, value: Any, rng: Random, ctx: SynthContext) -> Any:
    """`value` (drawn by `node`) varied the way `Object.vary` varies objects, at any depth."""
    node = non_null(node)
    if isinstance(value, dict):
        if isinstance(node, MapOf):
            return {key: vary_value(node.value, item, rng, ctx) for key, item in value.items()}
        target = _object_for(node, value)
        return value if target is None else target.vary(value, rng, ctx)
    if isinstance(value, list) and isinstance(node, Array):
        return [vary_value(node.item, item, rng, ctx) for item in value]
    return value


def _object_for(node: Node, value: Mapping[str, Any]) -> Object | None:
    """The object plan that drew `value`: the node, or the one `oneOf` branch it fits."""
    if isinstance(node, Object):
        return node
    if not isinstance(node, OneOf):
        return None
    fitting = [
        branch
        for branch in map(non_null, node.branches)
        if isinstance(branch, Object)
        and value.keys() <= {prop.name for prop in branch.props} | extras.NAMES
    ]
    return fitting[0] if len(fitting) == 1 else None


def entities_used(root: Node) -> frozenset[str]:
    """The entity kinds a plan binds to anywhere (decides which activities relate to a campaign)."""
    return frozenset(
        kind for node in _walk(root) if (kind := node.entity()) and kind != bindings.ACTIVITY
    )


def shows_entity_ids(root: Node) -> bool:
    """Does a plan show an entity by ID anywhere (a bound object, an `..._id` copied from one)?"""
    return any(
        (isinstance(node, BoundLeaf) and node.field == "id")
        or (
            isinstance(node, Object | EntityCopy) and node.entity() not in (None, bindings.ACTIVITY)
        )
        for node in _walk(root)
    )


def _walk(root: Node) -> Iterator[Node]:
    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        yield node
        stack.extend(node.children())


class _Constant:
    __slots__ = ("answer",)

    def __init__(self, answer: bool) -> None:
        self.answer = answer

    def is_valid(self, value: Any) -> bool:
        return self.answer
