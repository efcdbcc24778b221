"""Compiled synthesis plans: one node per schema node, run once per activity to draw its value.

Nodes are plain objects with `__slots__` and a `generate(rng, ctx)` method; the compiler in
`synth` builds them. Binding nodes (`Object` with a binding, `BoundLeaf`, `EntityCopy`) take values
from the activity's entities, which is how payloads stay consistent with the feed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from random import Random
from typing import Any

from . import bindings, vocab
from .randtext import between, pick
from .spec import Spec
from .timeutil import date_from_ms, iso_from_ms

NULL_RATE = 0.15  # how often a nullable property is null
# Objects nested deeper than this get their required properties only (plus what an entity
# supplies): the documented payloads nest vouchers in campaigns in rewards..., and filling every
# level would make activities ~5 KB where real ones are ~2 KB.
FULL_DEPTH = 4


@dataclass
class SynthContext:
    """Per-activity inputs: the instant it happened and the entities it is about."""

    moment_ms: int
    entities: Mapping[str, Mapping[str, Any]]
    # Objects bound to an entity are drawn once per (plan node, entity) and then reused, so a
    # customer's phone number is the same in every activity. Shared across a whole feed.
    memo: dict[tuple[int, bool, tuple[str, ...]], Any] = field(default_factory=dict)
    depth: int = 0  # objects entered so far; see FULL_DEPTH


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
        return date_from_ms(moment) if self.date_only else iso_from_ms(moment)


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
        return None if rng.random() < NULL_RATE else self.inner.generate(rng, ctx)

    def children(self) -> Sequence[Node]:
        return (self.inner,)


class OneOf(Node):
    __slots__ = ("branches",)

    def __init__(self, branches: Sequence[Node]) -> None:
        self.branches = tuple(branches)

    def generate(self, rng: Random, ctx: SynthContext) -> Any:
        return pick(rng, self.branches).generate(rng, ctx)

    def children(self) -> Sequence[Node]:
        return self.branches


class Array(Node):
    __slots__ = ("high", "item", "low", "unique")

    def __init__(self, item: Node, low: int, high: int, *, unique: bool) -> None:
        self.item, self.low, self.high, self.unique = item, low, high, unique

    def generate(self, rng: Random, ctx: SynthContext) -> Any:
        count = between(rng, self.low, self.high)
        if self.unique and isinstance(self.item, Choice | Const):
            pool = self.item.values if isinstance(self.item, Choice) else (self.item.value,)
            return rng.sample(pool, min(count, len(pool)))
        return [self.item.generate(rng, ctx) for _ in range(count)]

    def children(self) -> Sequence[Node]:
        return (self.item,)


class Metadata(Node):
    __slots__ = ()

    def generate(self, rng: Random, ctx: SynthContext) -> Any:
        return vocab.metadata(rng)


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


class Object(Node):
    __slots__ = ("_all", "_depends", "_required", "binding", "props")

    def __init__(self, props: Sequence[Prop], binding: str | None) -> None:
        self.props = tuple(props)
        self.binding = binding
        self._depends: tuple[str, ...] | None = None
        # (name, bound generate) pairs: the unbound path below is the hottest loop of a build.
        self._all = tuple((prop.name, prop.node.generate) for prop in self.props)
        self._required = tuple(
            (prop.name, prop.node.generate) for prop in self.props if prop.required
        )

    def child(self, name: str) -> Node:
        for prop in self.props:
            if prop.name == name:
                return prop.node
        raise KeyError(name)

    def generate(self, rng: Random, ctx: SynthContext) -> Any:
        entity = ctx.entities.get(self.binding) if self.binding else None
        if entity is not None:
            return self._generate_bound(rng, ctx, entity)
        props = self._all if ctx.depth < FULL_DEPTH else self._required
        ctx.depth += 1
        out = {name: generate(rng, ctx) for name, generate in props}
        ctx.depth -= 1
        return out

    def _generate_bound(
        self, rng: Random, ctx: SynthContext, entity: Mapping[str, Any]
    ) -> dict[str, Any]:
        full = ctx.depth < FULL_DEPTH
        trusted = self.binding == bindings.ACTIVITY  # the builder's own fields need no check
        memo_key = None if trusted else (id(self), full, self._memo_ids(ctx))
        if memo_key is not None and memo_key in ctx.memo:
            return ctx.memo[memo_key]  # type: ignore[no-any-return]
        out: dict[str, Any] = {}
        ctx.depth += 1
        for prop in self.props:
            name = prop.name
            if name in entity and (trusted or prop.accepts(entity[name])):
                out[name] = entity[name]
            elif full or prop.required:
                out[name] = prop.node.generate(rng, ctx)
        ctx.depth -= 1
        if memo_key is not None:
            ctx.memo[memo_key] = out
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


def entities_used(root: Node) -> frozenset[str]:
    """The entity kinds a plan binds to anywhere (decides which activities relate to a campaign)."""
    return frozenset(
        kind for node in _walk(root) if (kind := node.entity()) and kind != bindings.ACTIVITY
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
