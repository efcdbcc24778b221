"""The msgspec fast path: pages decoded and checked in C, then built into the models.

With msgspec installed (the `fast` extra) the strict structs that regenerate.py writes into
_wire.py decode a page (`validate=True`: every payload too; by default each payload stays raw
JSON until first read), and their generated `to_model` builds the models. Whatever a struct
refuses goes to the generated `from_dict` (a page: `None` is returned and the caller parses it;
a payload: parsed there), so a page comes out equal with or without msgspec (one known
difference: in date-times msgspec rounds digits past the microsecond where
`datetime.fromisoformat` truncates; both read the same spellings, see _decoding.parse_datetime).

Two bounded adaptations keep realistic pages on the fast path. A struct that meets an
undocumented key *learns* it (a field of its own, whose value goes into `additional_properties`
as from_dict puts it); a field that comes with another type is *widened* (it takes any value,
checked with `msgspec.convert` against its own type, else decided by `tolerate_value` as from_dict
decides). Both derive structs from the generated ones with `msgspec.defstruct(bases=...)`, and
the structs holding them up to the pages, from the tables of _wire.py (docs/client.md).
"""

from __future__ import annotations

import functools
import importlib
import re
import threading
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from ._collector import without_collector
from ._deviations import NotTolerated, _paths_to, pending, set_root, tolerate_value
from ._json import loads, optional_module
from ._lazy import Deferred
from .types import UNSET

if TYPE_CHECKING:
    from ._wire import Wire

__all__ = ["PayloadParser", "available", "decode_page", "deferred"]

P = TypeVar("P")
T = TypeVar("T")


_msgspec = optional_module("msgspec")

# What msgspec raises for a body its structs do not take (the caller then uses from_dict, whose
# decoder names the problem: a hostile body nested too deeply becomes a ResponseDecodeError).
_REFUSALS: tuple[type[Exception], ...] = (
    (_msgspec.ValidationError, _msgspec.DecodeError, RecursionError) if _msgspec is not None else ()
)


def available() -> bool:
    """Whether msgspec is installed, so that pages can take the fast path."""
    return _msgspec is not None


@functools.cache
def _wire() -> Any:
    # The generated structs need msgspec: imported on first use, never without it.
    return importlib.import_module("._wire", __package__)


def decode_page(page_type: type[P], content: bytes | str, *, lazy: bool) -> P | None:
    """`content` parsed into `page_type`, or None if the fast path cannot take it (msgspec
    missing, or anything the structs refuse). `lazy`: payloads parsed on first access."""
    if _msgspec is None or page_type not in _wire().PAGES:
        return None
    return _built_from(_wire().PAGES[page_type][lazy], content)  # type: ignore[no-any-return]


def _built_from(struct: type[Wire], content: Any) -> Any:
    """`content` decoded by `struct` and built into its model, adapting the structs to what they
    refused on the way (a few times at most); None if the fast path cannot take it."""
    for _ in range(ADAPTATIONS_PER_PAGE + 1):
        generation = _generation
        try:
            wire = _decoder(struct).decode(content)
        except _REFUSALS as refusal:
            if not _adapt(struct, refusal, content, generation):
                return None
            continue
        set_root(wire)  # deviations of widened fields are located from here
        try:
            return type(wire).to_model(wire)
        except (Refused, NotTolerated):  # strict: from_dict raises the error naming the field
            return None
    return None


class Refused(Exception):
    """Raised while building models for what a struct could not check itself."""


def deferred(parse: Callable[[Any], T], raw: Any) -> Deferred[T]:
    """A payload left as raw JSON: checked to be an object now, parsed on first access."""
    if memoryview(raw)[0] != 123:  # not `{`: from_dict says what is wrong
        raise Refused
    return Deferred(parse, raw)


class PayloadParser(Generic[T]):
    """Parses a deferred payload (its raw JSON) into `model`, as `Deferred` asks on first access;
    what its struct refuses goes to the generated `from_dict`, whose errors `Deferred` turns
    into an ActivityDecodeError."""

    __slots__ = ("_model", "_struct")

    def __init__(self, model: type[T], struct: type[Wire]) -> None:
        self._model = model
        self._struct = struct

    def __call__(self, raw: Any) -> T:
        return without_collector(self._parse, raw)  # the payload is a tree too (_collector)

    def _parse(self, raw: Any) -> T:
        built = _built_from(self._struct, raw)
        if built is not None:
            return built  # type: ignore[no-any-return]
        decoded = loads(bytes(memoryview(raw)))
        set_root(decoded)  # deviations found in it are located from here
        return self._model.from_dict(decoded)  # type: ignore[attr-defined,no-any-return]

    def __repr__(self) -> str:
        return f"<payload parser for {self._model.__name__}>"


# -- the structs in use: the generated ones, or those derived from them

MAX_LEARNED_KEYS = 256  # then pages with other new keys go to from_dict (bounded rebuilds)
MAX_WIDENED = 64
ADAPTATIONS_PER_PAGE = 2  # rebuilds per page at most (one scan usually finds every key)

_lock = threading.RLock()
# Per model (its eager and lazy structs alike):
_learned: dict[type, tuple[str, ...]] = {}  # model -> undocumented JSON keys
_widened: dict[type, tuple[str, ...]] = {}  # model -> JSON keys of any value
_current: dict[type[Wire], type[Wire]] = {}  # generated struct -> the one derived from it
# generated struct -> what its derived struct was made of (see _recipe), kept to reuse it
_recipes: dict[type[Wire], tuple[Any, ...]] = {}
_decoders: dict[type[Wire], Any] = {}
_generation = 0  # how many rebuilds so far: a decode knows whether its structs are still current


def _decoder(struct: type[Wire]) -> Any:
    decoder = _decoders.get(struct)
    if decoder is None:
        with _lock:
            decoder = _decoders[struct] = _msgspec.json.Decoder(_current.get(struct, struct))
    return decoder


def _adapt(root: type[Wire], refusal: Exception, content: Any, generation: int) -> bool:
    """After a refusal by the structs of `generation`: learn the undocumented keys of
    `content`, or widen the field it names; False if it was something else, or nothing new, or
    a bound is reached. Threads may decode at once; each decision is taken under the lock, so a
    key is learned and a field widened once (a field widened twice would check its value twice,
    the second time the stand-in of the first)."""
    try:
        decoded = loads(content if isinstance(content, bytes | str) else bytes(memoryview(content)))
    except ValueError:
        return False
    with _lock:
        if _generation != generation:
            return True  # rebuilt by another thread since this decode began: decode again
        if _UNKNOWN_KEY.match(str(refusal)) is not None:
            return _learn(root, decoded)
        return _widen(root, str(refusal), decoded)


def rebuild() -> None:
    """Derive the structs that learned keys or widened fields, and every struct holding one up
    to the pages, from the generated ones; decoders are made afresh."""
    global _generation
    with _lock:
        _generation += 1
        parents = _parents()
        dirty: set[type[Wire]] = set()
        stack = [s for s, m in _wire().MODELS.items() if m in _learned or m in _widened]
        while stack:
            struct = stack.pop()
            if struct not in dirty:
                dirty.add(struct)
                stack.extend(parents.get(struct, ()))
        derived: dict[type[Wire], type[Wire]] = {}
        recipes: dict[type[Wire], tuple[Any, ...]] = {}

        def resolve(struct: type[Wire]) -> type[Wire]:
            if struct in dirty and struct not in derived:
                recipes[struct] = recipe = _recipe(struct, resolve)
                # A struct made of the same as last time is kept: deriving one and its decoder
                # cost most of a rebuild (msgspec reads the annotations again), once per page
                # that teaches a new key, for every struct that learned one before.
                same = _recipes.get(struct) == recipe  # _recipes has _current's keys
                derived[struct] = _current[struct] if same else _derive(struct, resolve)
            return derived.get(struct, struct)

        for struct in dirty:
            resolve(struct)
        for struct in [s for s in _decoders if _current.get(s) is not derived.get(s)]:
            del _decoders[struct]
        _current.clear()
        _current.update(derived)
        _recipes.clear()
        _recipes.update(recipes)


@functools.cache
def _parents() -> dict[type[Wire], set[type[Wire]]]:
    """Each generated struct -> the generated structs with a field that holds it."""
    parents: dict[type[Wire], set[type[Wire]]] = {}
    for parent, shapes in _wire().SHAPES.items():
        for shape in shapes.values():
            for child in _structs_in(shape):
                parents.setdefault(child, set()).add(parent)
    return parents


def _recipe(struct: type[Wire], resolve: Callable[[type[Wire]], type[Wire]]) -> tuple[Any, ...]:
    """What `_derive` makes `struct`'s derived struct of: its model's learned keys and widened
    fields, and the structs in use for its children."""
    model = _wire().MODELS[struct]
    children = [
        resolve(child)
        for shape in _wire().SHAPES.get(struct, {}).values()
        for child in _structs_in(shape)
    ]
    return (_learned.get(model, ()), _widened.get(model, ()), *children)


@functools.cache
def _declared(struct: type[Wire]) -> dict[str, Any]:
    """Field -> msgspec's FieldInfo of a generated struct (evaluating its annotations is slow)."""
    return {info.name: info for info in _msgspec.structs.fields(struct)}


def _derive(struct: type[Wire], resolve: Callable[[type[Wire]], type[Wire]]) -> type[Wire]:
    shapes: dict[str, Any] = _wire().SHAPES.get(struct, {})
    declared = _declared(struct)
    model = _wire().MODELS[struct]
    widened = [_keys(struct)[key] for key in _widened.get(model, ())]
    widened.sort(key=struct.__struct_fields__.index)  # checked in from_dict's order
    fields: list[tuple[Any, ...]] = []
    for slot, shape in shapes.items():
        if slot not in widened:  # around derived children
            default = () if declared[slot].required else (UNSET,)
            fields.append((slot, _built(shape, resolve), *default))
    checks = []
    for slot in widened:
        own = _built(shapes[slot], resolve) if slot in shapes else declared[slot].type
        checks.append((slot, declared[slot].encode_name, own, declared[slot].required))
        fields.append((slot, Any, UNSET))  # any value, even none
    learned = [(f"undocumented_{n}", key) for n, key in enumerate(sorted(_learned.get(model, ())))]
    fields.extend((slot, Any, UNSET) for slot, _ in learned)
    to_model: Callable[[Any], Any] = struct.to_model
    if checks:
        to_model = _widened_to_model(to_model, model, checks)
    if learned:
        to_model = _learning_to_model(to_model, tuple(learned))
    namespace = {"to_model": to_model}
    config = struct.__struct_config__
    return _msgspec.defstruct(  # type: ignore[no-any-return]
        struct.__name__,
        fields,
        bases=(struct,),
        module=struct.__module__,
        namespace=namespace,
        rename={field: key for key, field in _keys(struct).items()} | dict(learned),
        forbid_unknown_fields=True,  # unknown keys go to from_dict, which keeps them
        kw_only=True,
        gc=False,
        tag_field=config.tag_field,
        tag=config.tag,
    )


def _learning_to_model(
    generated: Callable[[Any], Any], learned: tuple[tuple[str, str], ...]
) -> Callable[[Any], Any]:
    """The generated `to_model`, then the learned keys' values into its `additional_properties`
    (in key order, as from_dict keeps them; the absent ones left out). Learning is this
    module's alone: the generated converters never ask whether their struct learned a key."""

    def to_model(self: Any) -> Any:
        made = generated(self)
        found = made.additional_properties
        for slot, key in learned:  # a loop: cheaper than a comprehension, once per object
            value = getattr(self, slot)
            if value is not UNSET:
                found[key] = value
        return made

    return to_model


def _widened_to_model(
    generated: Callable[[Any], Any], model: Any, checks: list[tuple[str, str, Any, bool]]
) -> Callable[[Any], Any]:
    """The generated `to_model`, after the widened fields are checked (and, failing, tolerated)."""

    def to_model(self: Any) -> Any:
        kept = []
        found = pending()
        start = len(found) if found is not None else 0
        for slot, key, own, required in checks:
            value = getattr(self, slot)
            if value is UNSET and not required:
                continue
            try:
                if value is UNSET:
                    raise _msgspec.ValidationError
                setattr(self, slot, _msgspec.convert(value, own))  # now of its own type
            except _msgspec.ValidationError:
                kept.append((slot, tolerate_value(model, key, slot, value, self)))
                setattr(self, slot, _STAND_IN)
        built = generated(self)
        for slot, value in kept:
            setattr(built, slot, value)
        if kept and found is not None and len(found) > start + len(kept):
            _in_field_order(self, found, start)  # the children recorded some too
        return built

    return to_model


def _in_field_order(wire: Wire, found: list[Any], start: int) -> None:
    """Sort the deviations recorded since `start` while building `wire` by the field of `wire`
    they are under, as from_dict (which parses fields in order) records them."""
    keys = _keys(type(wire))
    order = {field: n for n, field in enumerate(type(wire).__struct_fields__)}

    def field_of(entry: tuple[Any, ...]) -> int:
        container, path = entry[0], entry[1]
        if container is wire:
            return order[keys[path[0]]]
        for field, n in order.items():
            if _paths_to(getattr(wire, field), {id(container)}):
                return n
        return len(order)

    found[start:] = sorted(found[start:], key=field_of)


class _StandIn:
    """Holds the place of a tolerated value while the generated `to_model` runs (which then gets
    the value set on the model): every generated conversion turns it into nothing."""

    def __iter__(self) -> Iterator[Any]:
        return iter(())

    def items(self) -> tuple[()]:
        return ()

    def to_model(self) -> None:
        return None


_STAND_IN = _StandIn()


def _built(shape: Any, resolve: Callable[[type[Wire]], type[Wire]]) -> Any:
    """The msgspec type that `shape` (see _wire.SHAPES) describes, with the structs in use."""
    if _is_struct(shape):
        return resolve(shape)
    if not isinstance(shape, tuple):
        return shape  # None or Absent
    if shape[0] == "list":
        return list[_built(shape[1], resolve)]  # type: ignore[misc]
    if shape[0] == "map":
        return dict[str, _built(shape[1], resolve)]  # type: ignore[misc]
    return functools.reduce(lambda a, b: a | b, [_built(member, resolve) for member in shape])


def _structs_in(shape: Any) -> Iterator[type[Wire]]:
    if _is_struct(shape):
        yield shape
    elif isinstance(shape, tuple):
        for member in shape:
            yield from _structs_in(member)


def _is_struct(shape: Any) -> bool:
    return isinstance(shape, type) and shape in _wire().MODELS


@functools.cache
def _keys(struct: type[Wire]) -> dict[str, str]:
    """JSON key -> field of `struct`."""
    return dict(zip(struct.__struct_encode_fields__, struct.__struct_fields__, strict=True))


def _narrow(shape: Any, node: Any) -> Any:
    """The member of `shape` that the JSON value `node` is (by `type` tag among structs)."""
    if not isinstance(shape, tuple) or shape[0] in ("list", "map"):
        return shape
    if isinstance(node, dict):
        variants = _variants(shape)
        if variants is not None:
            tag = node.get("type")
            return variants.get(tag) if isinstance(tag, str) else None
    for member in shape:
        narrowed = _narrow(member, node)
        if _is_struct(narrowed) or (isinstance(narrowed, tuple) and narrowed[0] == "map"):
            if isinstance(node, dict):
                return narrowed
        elif isinstance(narrowed, tuple) and narrowed[0] == "list" and isinstance(node, list):
            return narrowed
    return None


@functools.cache
def _variants(shape: tuple[Any, ...]) -> dict[str, type[Wire]] | None:
    """`type` tag -> struct, of a union of several structs (None for another union)."""
    structs = [member for member in shape if _is_struct(member)]
    return {s.__struct_config__.tag: s for s in structs} if len(structs) > 1 else None


# -- undocumented keys

_UNKNOWN_KEY = re.compile(r"^Object contains unknown field `.*` - at `\$.*`$")


def _learn(root: type[Wire], decoded: Any) -> bool:
    """Teach the structs every undocumented key of `decoded` at once (one rebuild); under the
    lock (_adapt)."""
    found: dict[type[Wire], set[str]] = {}
    _scan(root, decoded, found)
    room = MAX_LEARNED_KEYS - sum(map(len, _learned.values()))
    models = {_wire().MODELS[s]: keys for s, keys in found.items()}
    new = [(m, k) for m, keys in models.items() for k in sorted(keys - set(_learned.get(m, ())))]
    if not new or len(new) > room:
        return False
    for model, key in new:
        _learned[model] = (*_learned.get(model, ()), key)
    rebuild()
    return True


def _scan(shape: Any, node: Any, found: dict[type[Wire], set[str]]) -> None:
    """Collect, per struct, the keys of `node` (JSON that `shape` describes) it does not declare.
    Only declared fields are entered, so the walk is as deep as the structs, not as the body."""
    shape = _narrow(shape, node)
    if _is_struct(shape) and isinstance(node, dict):
        keys, shapes = _keys(shape), _wire().SHAPES.get(shape, {})
        tag = shape.__struct_config__.tag_field  # a variant's `type`, which msgspec checks
        for key, value in node.items():
            if key == tag:
                continue
            if key not in keys:
                if shape in _wire().LEARNS:
                    found.setdefault(shape, set()).add(key)
            elif keys[key] in shapes:
                _scan(shapes[keys[key]], value, found)
    elif isinstance(shape, tuple) and shape[0] == "list" and isinstance(node, list):
        for item in node:
            _scan(shape[1], item, found)
    elif isinstance(shape, tuple) and shape[0] == "map" and isinstance(node, dict):
        for value in node.values():
            _scan(shape[1], value, found)


# -- values of another type

_AT = re.compile(r" - at `\$(?P<path>[^`]*)`$")
_MISSING = re.compile(r"^Object missing required field `(?P<key>.*)` - at `")
# msgspec writes `[...]` for "a value of this map" (which key is not said).
_STEP = re.compile(r"\.(?P<key>[^.\[]+)|\[(?P<index>\d+)\]|(?P<value>\[\.\.\.\])")
_ANY_VALUE = "[...]"


def _widen(root: type[Wire], message: str, decoded: Any) -> bool:
    """Widen the field a refusal names (not a strict one); False if it cannot be. Under the
    lock (_adapt)."""
    at = _AT.search(message)
    if at is None:
        return False
    steps: list[str | int] = []
    for step in _STEP.finditer(at["path"]):
        if step["value"] is not None:
            steps.append(_ANY_VALUE)
        else:
            steps.append(int(step["index"]) if step["index"] is not None else step["key"])
    if "".join(step[0] for step in _STEP.finditer(at["path"])) != at["path"]:
        return False
    missing = _MISSING.match(message)
    if missing is not None:
        steps.append(missing["key"])
    try:
        owner = _field_at(root, decoded, steps)
    except (LookupError, TypeError):
        return False
    if owner is None:
        return False
    struct, key = owner
    model = _wire().MODELS[struct]
    if key in getattr(model, "_STRICT_KEYS", ()):
        return False
    if key in _widened.get(model, ()) or sum(map(len, _widened.values())) >= MAX_WIDENED:
        return False
    _widened[model] = (*_widened.get(model, ()), key)
    rebuild()
    return True


def _field_at(shape: Any, node: Any, steps: list[str | int]) -> tuple[type[Wire], str] | None:
    """The (struct, JSON key) of the last field that `steps` pass through in `node`."""
    owner: tuple[type[Wire], str] | None = None
    for step in steps:
        shape = _narrow(shape, node)
        container = shape[0] if isinstance(shape, tuple) else None
        if step == _ANY_VALUE:
            if container != "map" or not isinstance(node, dict) or not node:
                return None
            shape, node = shape[1], next(iter(node.values()))
        elif isinstance(step, int):
            if container != "list" or not isinstance(node, list):
                return None
            shape, node = shape[1], node[step]
        elif _is_struct(shape) and step in _keys(shape):
            owner = (shape, step)
            shape = _wire().SHAPES.get(shape, {}).get(_keys(shape)[step])
            node = node.get(step) if isinstance(node, dict) else None
        else:
            return None
    return owner
