"""The msgspec fast path: pages decoded and checked in C, then built into the models.

With msgspec installed (the `fast` extra), a strict mirror of the models decodes the page in
one pass: the "wire" structs have the models' fields, JSON keys and types, the activities are
tagged on `type`, and every unknown key is refused. Converters generated from the same type
hints then build the attrs models from the checked structs, checking nothing twice.

- `validate=True`: the whole page, every payload included.
- the default (lazy payloads): the mirror of each activity keeps its payload as the raw JSON
  text (`msgspec.Raw`, not even decoded), checked to be an object; on first access that payload
  is decoded the same way, by a mirror of its own.

An undocumented key is learned: the mirror of its model gains a field for it, whose value goes
into `additional_properties` as from_dict would put it (see "undocumented keys" below), so the
stable set of undocumented fields Voucherify sends keeps its pages on the fast path. A field that
comes with another type is widened likewise (see "values of another type"). Whatever else
a mirror refuses goes to the generated `from_dict` instead (a page: `None` is returned and the
caller parses it; a payload: parsed there on the spot), which turns an undocumented `type` into
the `Unknown…Activity` fallback and records (or, strictly, raises) a value that breaks the spec. So a page comes out equal with or without msgspec;
only the time differs. One known difference, both valid RFC 3339: the fast path also reads a
lower-case `t`/`z` in date-times, and rounds digits past the microsecond where
`datetime.fromisoformat` truncates.

Mirrors and converters are built from the models on first use: a few tenths of a second in all,
spread over the first pages of a process.
"""

from __future__ import annotations

import datetime
import functools
import importlib
import operator
import re
import sys
import threading
import types
import typing
import warnings
from collections.abc import Callable
from typing import Any, Generic, Literal, TypeVar, get_args, get_origin

import attrs

from ._collector import without_collector
from ._deviations import NotTolerated, note_converted, set_root, tolerate_value
from ._json import loads
from ._lazy import Deferred
from .types import UNSET, Unset

__all__ = ["available", "decode_page"]

P = TypeVar("P")

_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")

# Scalars whose wire value is already the model's value (msgspec parses dates and times in C).
_SAME_ON_THE_WIRE: tuple[Any, ...] = (Any, str, bool, int, datetime.datetime, datetime.date)


def _import_msgspec() -> Any:
    try:
        # Optional dependency, imported by name so that type checking needs no msgspec.
        return importlib.import_module("msgspec")
    except ImportError:
        return None


_msgspec = _import_msgspec()

# What msgspec raises for a body its mirror does not take (the caller then uses from_dict, whose
# decoder names the problem: a hostile body nested too deeply becomes a ResponseDecodeError).
_REFUSALS: tuple[type[Exception], ...] = (
    (_msgspec.ValidationError, _msgspec.DecodeError, RecursionError) if _msgspec is not None else ()
)


def available() -> bool:
    """Whether msgspec is installed, so that pages can take the fast path."""
    return _msgspec is not None


def decode_page(page_type: type[P], content: bytes | str, *, lazy: bool) -> P | None:
    """`content` parsed into `page_type`, or None if the fast path cannot take it (msgspec
    missing, or anything the strict mirror refuses). `lazy`: payloads parsed on first access."""
    if _msgspec is None:
        return None
    return _decode_learning(page_type, content, lazy)


# Everything is built on first use, under one lock: a compiler grows as it builds, and the
# payload parsers reuse the full-page one.
_lock = threading.RLock()
_compilers: dict[bool, _Compiler] = {}
_decoders: dict[tuple[type, bool], Any] = {}


def _compiler(lazy: bool) -> _Compiler:
    if lazy not in _compilers:
        _compilers[lazy] = _Compiler(lazy=lazy)
    return _compilers[lazy]


def _page_decoder(page_type: type[P], lazy: bool) -> _PageDecoder[P] | None:
    key = (page_type, lazy)
    if key not in _decoders:
        with _lock:
            if key not in _decoders:
                _decoders[key] = _built(lambda: _compiler(lazy).page(page_type), lazy, page_type)
    return typing.cast("_PageDecoder[P] | None", _decoders[key])


def _built(build: Callable[[], Any], lazy: bool, model: type) -> Any:
    """`build()`, or None with a warning if a model is beyond the mirror."""
    try:
        return build()
    except UnsupportedModel as error:
        # Only a spec construct this module does not know yet gets here (the tests build
        # every page and payload type); the generated from_dict still parses everything. The
        # compiler may hold half of what it was building: start the next one afresh.
        _compilers.pop(lazy, None)
        warnings.warn(
            f"msgspec fast path disabled for {model.__name__}: {error}",
            RuntimeWarning,
            stacklevel=5,
        )
        return None


class UnsupportedModel(Exception):
    """A model uses a construct the mirror cannot express."""


class _PageDecoder(Generic[P]):
    """A page's mirror: `_decode` (msgspec, in C) and `_convert` (the generated converters);
    `_decode_learning` runs them."""

    def __init__(self, decoder: Any, convert: Callable[[Any], P]) -> None:
        self._decode = decoder.decode
        self._convert = convert


def _decode_learning(page_type: type[P], content: bytes | str, lazy: bool) -> P | None:
    """Decode a page; each undocumented key the mirror refuses is learned and the page tried
    again, a few times at most (the rest of that page goes to from_dict)."""
    for _ in range(LEARNED_PER_PAGE + 1):
        decoder = _page_decoder(page_type, lazy)
        if decoder is None:
            return None
        try:
            wire = decoder._decode(content)
        except _REFUSALS as refusal:
            if not _learn(page_type, refusal, content):
                return None
            continue
        set_root(wire)  # deviations of widened fields are located from here
        try:
            return without_collector(decoder._convert, wire)
        except (_Refused, NotTolerated):
            return None
    return None


class _Refused(Exception):
    """Raised by a converter for what the mirror could not check itself."""


class _Payload:
    """Parses a deferred payload (its raw JSON) into `model`, as `Deferred` asks on first access.

    Its own mirror and converter are built on the first call; what the mirror refuses goes to
    the generated `from_dict`, whose errors `Deferred` turns into an ActivityDecodeError.
    """

    __slots__ = ("_model", "_parse")

    def __init__(self, model: type) -> None:
        self._model = model
        self._parse: Callable[[Any], Any] | None = None

    def __call__(self, raw: Any) -> Any:
        parse = self._parse
        if parse is None:
            with _lock:
                model = self._model
                built = _built(lambda: _compiler(False).payload(model), False, model)
                parse = self._parse = built or functools.partial(_from_dict, model)
        return parse(raw)

    def __repr__(self) -> str:
        return f"<payload parser for {self._model.__name__}>"


def _from_dict(model: Any, raw: Any) -> Any:
    """The generated parser, on a deferred payload's raw JSON."""
    decoded = loads(bytes(memoryview(raw)))
    set_root(decoded)  # deviations found in it are located from here
    return model.from_dict(decoded)


# -- undocumented keys, learned so that realistic pages keep the fast path
#
# msgspec cannot keep unknown keys, so the mirrors refuse them. Voucherify sends a stable set of
# undocumented fields (docs/spec.md): each one refused is added to the mirror of its model as a
# field of its own, whose value the converter puts into `additional_properties`, exactly where
# from_dict would. The mirrors are then rebuilt (a few hundredths of a second each time).

MAX_LEARNED_KEYS = 256  # then pages with other new keys go to from_dict (bounded rebuilds)
LEARNED_PER_PAGE = 2  # rebuilds per page at most (one scan usually finds every key)
_learned: dict[type, tuple[str, ...]] = {}
_UNKNOWN_KEY = re.compile(r"^Object contains unknown field `.*` - at `\$.*`$")


def _learned_slots(cls: type) -> list[tuple[str, str]]:
    return [(f"undocumented_{n}", key) for n, key in enumerate(sorted(_learned.get(cls, ())))]


def _learn(root: type, refusal: Exception, content: Any) -> bool:
    """After msgspec refused an undocumented key: teach the mirrors every undocumented key of
    `content` at once (one rebuild); False if the refusal was something else or nothing new."""
    if _UNKNOWN_KEY.match(str(refusal)) is None:
        return _widen(root, refusal, content)
    try:
        decoded = loads(content if isinstance(content, bytes | str) else bytes(memoryview(content)))
    except ValueError:
        return False
    found: dict[type, set[str]] = {}
    _scan(root, decoded, found)
    with _lock:
        room = MAX_LEARNED_KEYS - sum(map(len, _learned.values()))
        new = [(m, k) for m, keys in found.items() for k in sorted(keys - set(_learned.get(m, ())))]
        if not new or len(new) > room:
            return False
        for model, key in new:
            _learned[model] = (*_learned.get(model, ()), key)
        _compilers.clear()
        _decoders.clear()
    return True


# -- values of another type: the field widened, so that deviating pages keep the fast path
#
# When Voucherify sends another type in a field (the drift the default mode tolerates), every
# activity may carry it. The mirror of that field then takes any JSON value; the converter checks
# it with msgspec.convert against the field's own type and hands a value that fails to
# `tolerate_value`, which decides as from_dict does (and records the deviation, or in strict mode
# lets from_dict raise). The rest of the page stays on the fast path.

MAX_WIDENED = 64
_widened: dict[type, tuple[str, ...]] = {}  # model -> JSON keys of its widened fields
_AT = re.compile(r" - at `\$(?P<path>[^`]*)`$")
_MISSING = re.compile(r"^Object missing required field `(?P<key>.*)` - at `")
# msgspec writes `[...]` for "a value of this map" (which key is not said).
_STEP = re.compile(r"\.(?P<key>[^.\[]+)|\[(?P<index>\d+)\]|(?P<value>\[\.\.\.\])")
_ANY_VALUE = "[...]"


def _widen(root: type, refusal: Exception, content: Any) -> bool:
    """Widen the field a refusal names (not an envelope field); False if it cannot be."""
    message = str(refusal)
    at = _AT.search(message)
    if at is None or sum(map(len, _widened.values())) >= MAX_WIDENED:
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
        decoded = loads(content if isinstance(content, bytes | str) else bytes(memoryview(content)))
        owner = _field_at(root, decoded, steps)
    except (ValueError, LookupError, TypeError):
        return False
    if owner is None:
        return False
    model, key = owner
    if key in getattr(model, "_STRICT_KEYS", ()) or key in _widened.get(model, ()):
        return False
    with _lock:
        _widened[model] = (*_widened.get(model, ()), key)
        _compilers.clear()
        _decoders.clear()
    return True


def _field_at(hint: Any, node: Any, steps: list[str | int]) -> tuple[type, str] | None:
    """The (model, JSON key) of the last field that `steps` pass through in `node`."""
    owner: tuple[type, str] | None = None
    for step in steps:
        hint = _narrow(hint, node)
        if step == _ANY_VALUE:
            if isinstance(hint, type) and attrs.has(hint) and not _init_fields(hint):
                hint = _hints(hint)["additional_properties"]
            if get_origin(hint) is not dict or not isinstance(node, dict) or not node:
                return None
            hint, node = get_args(hint)[1], next(iter(node.values()))
        elif isinstance(step, int):
            if get_origin(hint) is not list or not isinstance(node, list):
                return None
            hint, node = get_args(hint)[0], node[step]
        elif isinstance(hint, type) and attrs.has(hint) and step in _json_fields(hint):
            owner = (hint, step)
            hint = _hints(hint)[_json_fields(hint)[step]]
            node = node.get(step) if isinstance(node, dict) else None
        else:
            return None
    return owner


def _scan(hint: Any, node: Any, found: dict[type, set[str]]) -> None:
    """Collect, per model, the keys of `node` (JSON described by `hint`) that it does not declare.
    Only declared fields are entered, so the walk is as deep as the models, not as the body."""
    hint = _narrow(hint, node)
    if isinstance(hint, type) and attrs.has(hint):
        if not isinstance(node, dict):
            return
        fields = _json_fields(hint)
        if not fields:  # a free-form object (metadata) or a map of objects
            values = get_args(_hints(hint).get("additional_properties", dict[str, Any]))[-1]
            for value in node.values():
                _scan(values, value, found)
            return
        hints = _hints(hint)
        for key, value in node.items():
            if key in fields:
                _scan(hints[fields[key]], value, found)
            elif _has_extras(hint):
                found.setdefault(hint, set()).add(key)
    elif get_origin(hint) is list and isinstance(node, list):
        for item in node:
            _scan(get_args(hint)[0], item, found)
    elif get_origin(hint) is dict and isinstance(node, dict):
        for value in node.values():
            _scan(get_args(hint)[1], value, found)


@functools.cache
def _json_fields(model: type) -> dict[str, str]:
    """JSON key -> attribute name of the fields of `model`."""
    return {_json_key(model, field): field.name for field in _init_fields(model)}


def _narrow(hint: Any, node: Any) -> Any:
    """The member of a union hint that the JSON value `node` is (by `type` tag for variants)."""
    if get_origin(hint) is Deferred:
        return get_args(hint)[0]
    if get_origin(hint) not in (typing.Union, types.UnionType):
        return hint
    members = [_narrow(m, node) for m in get_args(hint) if m not in (Unset, type(None))]
    models = [m for m in members if isinstance(m, type) and attrs.has(m)]
    if isinstance(node, dict) and len(models) > 1:
        tag = node.get("type")
        tagged = [m for m in models if _tag_of(m) == tag]
        fallback = [m for m in models if _tag_of(m) is None]
        return next(iter(tagged or fallback), None)
    if isinstance(node, dict) and models:
        return models[0]
    if isinstance(node, list):
        return next((m for m in members if get_origin(m) is list), None)
    return next(iter(members), None)


class _Shape:
    """How one type hint travels: its msgspec type, and what turns a wire value into a model's."""

    __slots__ = ("item", "kind", "nullable", "optional", "target", "wire")

    def __init__(
        self,
        wire: Any,
        kind: Literal["same", "model", "free", "list", "dict", "tagged", "choice"],
        target: Any = None,
        item: _Shape | None = None,
    ) -> None:
        self.wire, self.kind, self.target, self.item = wire, kind, target, item
        self.optional = self.nullable = False

    def around(self, *, optional: bool, nullable: bool) -> _Shape:
        shape = _Shape(
            self.wire | None if nullable else self.wire, self.kind, self.target, self.item
        )
        shape.optional, shape.nullable = optional, nullable
        return shape


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    # Each model is asked for its struct, its converter, its tag: resolve its hints once.
    return typing.get_type_hints(cls, vars(sys.modules[cls.__module__]))


def _init_fields(cls: type) -> list[attrs.Attribute[Any]]:
    return [field for field in attrs.fields(cls) if field.init]


def _parameter(field: attrs.Attribute[Any]) -> str:
    """The `__init__` parameter of `field` (`data` for the lazy `_data`): the wire field's name."""
    return field.alias or field.name


def _has_extras(cls: type) -> bool:
    return any(field.name == "additional_properties" for field in attrs.fields(cls))


def _json_key(cls: type, field: attrs.Attribute[Any]) -> str:
    """The JSON key of `field` of `cls` (`type` for `type_`, `data` for the lazy `_data`)."""
    keys: typing.Mapping[str, str] = getattr(cls, "_JSON_KEYS", {})
    return keys.get(_parameter(field), _parameter(field))


def _has_deviations(cls: type) -> bool:
    return any(field.name == "deviations" for field in attrs.fields(cls))


# Fields of a model that no JSON key fills: unknown keys (from_dict's), deviations (what the
# tolerant reader found; a mirror only takes what keeps the spec, so it finds none).
_NOT_FROM_THE_WIRE = ("additional_properties", "deviations")


def _tag_of(cls: type) -> str | None:
    """The `type` const of a tagged variant (an activity class), None for a fallback."""
    hint = _hints(cls).get("type_")
    if get_origin(hint) is Literal and len(get_args(hint)) == 1:
        return typing.cast(str, get_args(hint)[0])
    return None


class _Compiler:
    """Builds wire structs and the source of their converters, running it as it grows.

    `lazy`: the deferred fields of the models (an activity's payload) stay raw JSON, wrapped in
    a `Deferred` that a `_Payload` parses on first access.
    """

    def __init__(self, *, lazy: bool) -> None:
        self._lazy = lazy
        self._structs: dict[type, Any] = {}
        self._shapes: dict[Any, _Shape] = {}
        self._converters: dict[type, str] = {}
        self._sources: list[str] = []  # not run yet
        self._dispatches: list[tuple[str, dict[Any, str]]] = []  # not filled yet
        self._namespace: dict[str, Any] = {
            "NEW": object.__new__,
            "UNSET": UNSET,
            "DEFERRED": Deferred,
            "REFUSED": _Refused,
        }

    def page(self, page_type: type[P]) -> _PageDecoder[P]:
        wire = self._struct(page_type)
        convert = self._run(self._converter(page_type), page_type)
        return _PageDecoder(_msgspec.json.Decoder(wire), convert)

    def payload(self, model: type) -> Callable[[Any], Any]:
        """What parses the raw JSON of a deferred payload into `model`."""
        decode = _msgspec.json.Decoder(self._struct(model)).decode
        convert = self._run(self._converter(model), model)

        def parse(raw: Any) -> Any:
            try:
                wire = decode(raw)
            except _REFUSALS as refusal:
                if _learn(model, refusal, raw):
                    return _Payload(model)(raw)  # a mirror that knows the key
                return _from_dict(model, raw)
            set_root(wire)  # deviations of widened fields are located from here
            try:
                return without_collector(convert, wire)
            except NotTolerated:  # strict: from_dict raises the error naming the field
                return _from_dict(model, raw)

        return parse

    def _run(self, entry: str, model: type) -> Callable[[Any], Any]:
        """Define the converters generated so far; the function named `entry`."""
        if self._sources:
            source = "\n".join(self._sources)
            self._sources = []
            exec(compile(source, f"<msgspec fast path: {model.__name__}>", "exec"), self._namespace)
        for table, dispatch in self._dispatches:
            self._namespace[table].update(
                {struct: self._namespace[name] for struct, name in dispatch.items()}
            )
        self._dispatches = []
        return typing.cast(Callable[[Any], Any], self._namespace[entry])

    def _deferred(self, cls: type, field: attrs.Attribute[Any]) -> bool:
        return self._lazy and _parameter(field) in getattr(cls, "DEFERRED_FIELDS", ())

    # -- the mirror

    def _shape(self, hint: Any) -> _Shape:
        # Each hint is met twice (for its struct, then for its converter): build it once.
        if hint not in self._shapes:
            self._shapes[hint] = self._new_shape(hint)
        return self._shapes[hint]

    def _new_shape(self, hint: Any) -> _Shape:
        if get_origin(hint) in (typing.Union, types.UnionType):
            members = get_args(hint)
            rest = [
                member
                for member in members
                if member not in (Unset, type(None)) and get_origin(member) is not Deferred
            ]
            scalars = tuple(member for member in rest if member in (str, bool, int, float))
            if len(rest) > 1 and all(attrs.has(member) for member in rest):
                shape = self._tagged(rest)
            elif len(rest) == 1:
                shape = self._shape(rest[0])
            elif scalars and len(rest) == len(scalars) + 1:
                # One object and plain scalars (a name or an object, as Voucherify sends both).
                (other,) = (member for member in rest if member not in scalars)
                shape = self._choice(scalars, self._shape(other))
            else:
                raise UnsupportedModel(f"union {hint}")
            return shape.around(optional=Unset in members, nullable=type(None) in members)
        if get_origin(hint) is Literal or hint in _SAME_ON_THE_WIRE:
            return _Shape(hint, "same")
        if hint is float:
            # A JSON integer in a number field stays an int, as in from_dict.
            return _Shape(int | float, "same")
        if get_origin(hint) in (list, dict):
            return self._container(get_origin(hint), get_args(hint)[-1])
        if isinstance(hint, type) and attrs.has(hint):
            if not _init_fields(hint):
                # A free-form object (metadata): all of it lands in additional_properties.
                values = self._container(dict, get_args(_hints(hint)["additional_properties"])[1])
                return _Shape(values.wire, "free", hint, values)
            return _Shape(self._struct(hint), "model", hint)
        raise UnsupportedModel(f"type {hint!r}")

    def _choice(self, scalars: tuple[type, ...], other: _Shape) -> _Shape:
        wire: Any = functools.reduce(operator.or_, scalars, other.wire)
        if other.kind == "same":
            return _Shape(wire, "same")
        return _Shape(wire, "choice", scalars, other)

    def _container(self, container: type, item_hint: Any) -> _Shape:
        item = self._shape(item_hint)
        is_list = container is list
        wire = types.GenericAlias(container, (item.wire,) if is_list else (str, item.wire))
        if item.kind == "same":
            return _Shape(wire, "same")
        return _Shape(wire, "list" if is_list else "dict", item=item)

    def _tagged(self, variants: list[type]) -> _Shape:
        # Fallback variants (no const tag) stay out: msgspec refuses an unknown tag, and
        # from_dict then builds the fallback.
        tagged = [(variant, tag) for variant in variants if (tag := _tag_of(variant))]
        if not tagged:
            raise UnsupportedModel(f"untagged union of {[v.__name__ for v in variants]}")
        structs = [self._struct(variant, tag) for variant, tag in tagged]
        table = f"TAGGED{sum(name.startswith('TAGGED') for name in self._namespace)}"
        self._namespace[table] = {}
        converters = {
            struct: self._converter(variant, tag) for struct, (variant, tag) in zip(structs, tagged)
        }
        self._dispatches.append((table, converters))
        return _Shape(typing.Union[tuple(structs)], "tagged", table)  # noqa: UP007

    def _struct(self, cls: type, tag: str | None = None) -> Any:
        if cls in self._structs:
            if self._structs[cls] is None:
                raise UnsupportedModel(f"{cls.__name__} contains itself")
            return self._structs[cls]
        for field in attrs.fields(cls):
            if field.validator is not None or field.converter is not None:
                raise UnsupportedModel(f"{cls.__name__}.{field.name} has a validator/converter")
            if not field.init and field.name not in _NOT_FROM_THE_WIRE:
                raise UnsupportedModel(f"{cls.__name__}.{field.name} is not an __init__ field")
        if hasattr(cls, "__attrs_post_init__"):
            raise UnsupportedModel(f"{cls.__name__} has __attrs_post_init__")
        self._structs[cls] = None  # being built
        hints = _hints(cls)
        fields: list[tuple[Any, ...]] = []
        for field in _init_fields(cls):
            if tag is not None and _parameter(field) == "type_":
                continue  # the tag itself
            widened = _json_key(cls, field) in _widened.get(cls, ())
            if self._deferred(cls, field):
                wire: Any = _msgspec.Raw  # decoded on first access (see _Payload)
            elif widened:
                fields.append((_parameter(field), Any, UNSET))  # any value, even none
                continue
            else:
                wire = self._shape(hints[field.name]).wire
            default: Any = field.default
            if default is attrs.NOTHING:
                fields.append((_parameter(field), wire))
            elif isinstance(default, attrs.Factory):  # type: ignore[arg-type]
                fields.append(
                    (_parameter(field), wire, _msgspec.field(default_factory=default.factory))
                )
            else:
                fields.append((_parameter(field), wire, default))
        rename = {_parameter(field): _json_key(cls, field) for field in _init_fields(cls)}
        for slot, key in _learned_slots(cls):
            fields.append((slot, Any, _msgspec.UNSET))
            rename[slot] = key
        options: dict[str, Any] = {"tag_field": "type", "tag": tag} if tag is not None else {}
        struct = _msgspec.defstruct(
            f"Wire{cls.__name__}",
            fields,
            rename=rename,
            forbid_unknown_fields=True,  # unknown keys go to from_dict, which keeps them
            kw_only=True,  # a widened field has a default wherever it stands
            gc=False,  # short-lived and acyclic: keep them out of the garbage collector
            **options,
        )
        self._structs[cls] = struct
        return struct

    # -- the converters

    def _name(self, model: type) -> str:
        """The global name of `model` in the generated source."""
        name = f"M_{model.__name__}"
        if self._namespace.setdefault(name, model) is not model:
            raise UnsupportedModel(f"two models named {model.__name__}")
        return name

    def _converter(self, cls: type, tag: str | None = None) -> str:
        """The name of the function turning a wire struct of `cls` into a `cls`."""
        if cls not in self._converters:
            name = self._converters[cls] = f"convert_{cls.__name__}"
            model = self._name(cls)
            lines = [f"    o = NEW({model})\n"]
            hints = _hints(cls)
            for field in _init_fields(cls):
                if tag is not None and _parameter(field) == "type_":
                    lines.append(f"    o.{field.name} = {tag!r}\n")
                elif self._deferred(cls, field):
                    lines.extend(self._defer(field, hints[field.name]))
                elif _json_key(cls, field) in _widened.get(cls, ()):
                    lines.extend(self._assign_widened(cls, field, self._shape(hints[field.name])))
                else:
                    lines.extend(self._assign(field, self._shape(hints[field.name])))
            if _has_extras(cls):
                lines.extend(self._extras(cls))
            if _has_deviations(cls):
                lines.append("    o.deviations = ()\n")
            lines.append("    return o\n")
            self._define(name, lines)
        return self._converters[cls]

    def _extras(self, cls: type) -> list[str]:
        """The undocumented keys learned for `cls`, present ones into additional_properties."""
        slots = _learned_slots(cls)
        if not slots:
            return ["    o.additional_properties = {}\n"]
        self._namespace["ABSENT"] = _msgspec.UNSET
        lines = ["    e = {}\n"]
        for slot, key in slots:  # in key order, as from_dict keeps them
            lines += [f"    if w.{slot} is not ABSENT:\n", f"        e[{key!r}] = w.{slot}\n"]
        return [*lines, "    o.additional_properties = e\n"]

    def _define(self, name: str, lines: list[str]) -> None:
        body = "".join(lines)
        # Every global the body uses becomes a default argument: a local read in the hot loop.
        # (Converters it calls are defined before it: they were generated while building it.)
        known = self._namespace.keys() | set(self._converters.values())
        used = sorted(set(_IDENTIFIER.findall(body)) & known - {name})
        params = "".join(f", {used_name}={used_name}" for used_name in used)
        self._sources.append(f"def {name}(w{params}):\n{body}")

    def _defer(self, field: attrs.Attribute[Any], hint: Any) -> list[str]:
        """A payload left as raw JSON: checked to be an object now, parsed on first access."""
        (model,) = (member for member in get_args(hint) if get_origin(member) is not Deferred)
        parser = f"PAYLOAD_{model.__name__}"
        self._namespace.setdefault(parser, _Payload(model))
        return [
            f"    v = w.{_parameter(field)}\n",
            "    if memoryview(v)[0] != 123:  # not `{`: from_dict says what is wrong\n",
            "        raise REFUSED\n",
            f"    o.{field.name} = DEFERRED({parser}, v)\n",
        ]

    def _assign_widened(self, cls: type, field: attrs.Attribute[Any], shape: _Shape) -> list[str]:
        """A widened field: its value checked against its own type now, else tolerated."""
        key = _json_key(cls, field)
        wire = f"WIRE_{cls.__name__}_{_parameter(field)}"
        self._namespace |= {
            wire: shape.wire,
            "CONVERT": _msgspec.convert,
            "MISMATCH": _msgspec.ValidationError,
            "TOLERATE": tolerate_value,
            "CONVERTED": note_converted,
        }
        tolerated = f"TOLERATE({self._name(cls)}, {key!r}, {field.name!r}, v, w)"
        absent = "UNSET" if field.default is not attrs.NOTHING else tolerated
        converted = self._assign(field, shape, source="x")
        return [
            f"    v = w.{_parameter(field)}\n",
            "    if v is UNSET:\n",
            f"        o.{field.name} = {absent}\n",
            "    else:\n",
            "        try:\n",
            f"            x = CONVERT(v, {wire})\n",
            "        except MISMATCH:\n",
            f"            o.{field.name} = {tolerated}\n",
            "        else:\n",
            f"            CONVERTED(w, {key!r}, x)\n",
            *(f"        {line}" for line in converted),
        ]

    def _assign(
        self, field: attrs.Attribute[Any], shape: _Shape, source: str | None = None
    ) -> list[str]:
        source = source or f"w.{_parameter(field)}"
        if shape.kind == "same":
            return [f"    o.{field.name} = {source}\n"]
        tests = (("v is UNSET", shape.optional), ("v is None", shape.nullable))
        skip = [test for test, applies in tests if applies]
        if shape.kind == "free":
            # Statements, not a call: metadata objects are a quarter of a page's models.
            assert shape.item is not None
            values = self._expression(shape.item, "v")
            lines = [f"    v = {source}\n"]
            indent = "    "
            if skip:
                lines.append(f"    if not ({' or '.join(skip)}):\n")  # present and not null
                indent = "        "
            lines += [
                f"{indent}f = NEW({self._name(shape.target)})\n",
                f"{indent}f.additional_properties = {values}\n",
                f"{indent}v = f\n",
                f"    o.{field.name} = v\n",
            ]
            return lines
        value = self._expression(shape, "v")
        if skip:
            value = f"v if {' or '.join(skip)} else {value}"
        return [f"    v = {source}\n", f"    o.{field.name} = {value}\n"]

    def _expression(self, shape: _Shape, var: str, depth: int = 0) -> str:
        """An expression turning the wire value in `var` into the model's value."""
        item = f"i{depth}"
        if shape.kind == "same":
            return var
        if shape.kind == "model":
            return f"{self._converter(shape.target)}({var})"
        if shape.kind == "tagged":
            return f"{shape.target}[type({var})]({var})"
        if shape.kind == "free":
            return f"{self._free_converter(shape)}({var})"
        assert shape.item is not None
        if shape.kind == "choice":
            scalars = self._name_scalars(shape.target)
            converted = self._expression(shape.item, var, depth + 1)
            return f"({var} if isinstance({var}, {scalars}) else {converted})"
        inner = self._expression(shape.item, item, depth + 1)
        if shape.kind == "list":
            return f"[{inner} for {item} in {var}]"
        return f"{{k{depth}: {inner} for k{depth}, {item} in {var}.items()}}"

    def _name_scalars(self, scalars: tuple[type, ...]) -> str:
        name = "SCALARS_" + "_".join(scalar.__name__ for scalar in scalars)
        self._namespace[name] = scalars
        return name

    def _free_converter(self, shape: _Shape) -> str:
        if shape.target not in self._converters:
            name = self._converters[shape.target] = f"free_{shape.target.__name__}"
            assert shape.item is not None
            values = self._expression(shape.item, "w")
            lines = [
                f"    o = NEW({self._name(shape.target)})\n",
                f"    o.additional_properties = {values}\n",
                "    return o\n",
            ]
            self._define(name, lines)
        return self._converters[shape.target]
