"""What templates/wire.py.jinja writes: the fast path's msgspec structs, planned from
the models the generator parsed (openapi-python-client's `GeneratorData`), for regenerate.py.

Every model that a page reaches gets a struct with its fields, JSON keys and types, and a
`to_model` that builds the model from it. An activity's deferred payload (see model.py.jinja)
is raw JSON in the lazy struct; a struct that holds one, or holds such a struct, has a lazy twin.
"""

from __future__ import annotations

import copy
import functools
from dataclasses import dataclass, field
from typing import Any

PAGES = ("CustomerActivityList", "ProgramActivityList")

SCALARS = {
    "StringProperty": "str",
    "DateTimeProperty": "DateTime",
    "DateProperty": "datetime.date",
    "IntProperty": "int",
    "FloatProperty": "int | float",  # a JSON integer stays an int, as from_dict keeps it
    "BooleanProperty": "bool",
    "AnyProperty": "Any",
}


class UnsupportedProperty(Exception):
    """A property the template cannot mirror (regenerate.py reports it)."""


@dataclass
class Value:
    """How one value travels: its msgspec type, its shape for _fast_path.py (None: no struct in
    it), and `convert(source)`, the expression turning the wire value into the model's."""

    annotation: str
    shape: str | None = None
    kind: str = "same"  # same | struct | free | list | choice
    inner: Value | None = None
    target: str = ""  # the struct (struct, choice) or the free model (free)

    def convert(self, source: str, depth: int = 0) -> str:
        item = f"i{depth}"
        if self.kind == "same":
            return source
        if self.kind == "struct":
            return f"{source}.to_model()"
        if self.kind == "choice":
            return f"{source}.to_model() if isinstance({source}, {self.target}) else {source}"
        assert self.inner is not None
        inner = self.inner.convert(item, depth + 1)
        if self.kind == "list":
            return f"[{inner} for {item} in {source}]"
        values = f"{{k{depth}: {inner} for k{depth}, {item} in {source}.items()}}"
        return f"_free({self.target}, {source if inner == item else values})"


@dataclass
class Field:
    slot: str  # the struct field (the model's __init__ parameter)
    key: str  # the JSON key
    annotation: str
    required: bool
    shape: str | None
    local: str | None  # to_model reads the field into a local variable first, if set
    expression: str  # the model's value
    # A free-form object (metadata) built in statements, not by a call to `_free`: a quarter
    # of a page's models are those. (model, the test that the value is present and not null,
    # "" for a required non-null one)
    free: tuple[str, str] | None = None


@dataclass
class Struct:
    name: str
    model: str
    tag: str | None
    rename: dict[str, str]
    fields: list[Field]
    sets: dict[str, str]  # model attribute -> its value
    learns: bool  # the model keeps undocumented keys (in additional_properties)


@dataclass
class Plan:
    structs: list[Struct] = field(default_factory=list)
    imports: set[str] = field(default_factory=set)  # from the models package
    payloads: set[str] = field(default_factory=set)  # the structs of deferred payloads
    pages: list[tuple[str, str, str]] = field(default_factory=list)  # model, eager, lazy
    skipped: list[str] = field(default_factory=list)  # pages left out, and why


def plan(models: list[Any]) -> Plan:
    """The structs for every model the pages reach, children before parents."""
    return _Planner({str(m.class_info.name): m for m in models}).run()


def _key(prop: Any) -> str:
    """The JSON key of `prop` (the template writes it as a JSON string literal, escaped)."""
    return str(prop.name.get_untrusted_value())


def _kind(prop: Any) -> str:
    return type(prop).__name__


def _props(model: Any) -> list[Any]:
    return [*(model.required_properties or []), *(model.optional_properties or [])]


class _Planner:
    def __init__(self, models: dict[str, Any]) -> None:
        self.models = models
        self.plan = Plan()
        self.done: dict[tuple[str, bool], str] = {}
        self.twins: dict[str, bool] = {}

    def run(self) -> Plan:
        for page in PAGES:
            kept = copy.deepcopy((self.plan, self.done))
            try:
                eager, lazy = self.struct(page, lazy=False), self.struct(page, lazy=True)
            except UnsupportedProperty as error:
                # That page keeps to from_dict (as without msgspec); regenerate.py says why.
                self.plan, self.done = kept
                self.plan.skipped.append(f"{page}: {error}")
                continue
            self.plan.pages.append((page, eager, lazy))
        return self.plan

    def tag(self, model: Any) -> str | None:
        for prop in model.required_properties or []:
            if _key(prop) == "type" and _kind(prop) == "ConstProperty":
                return str(prop.value.raw_value)
        return None

    def deferred(self, model: Any) -> list[str]:
        """The payload properties left for first access (model.py.jinja's `lazy.names`)."""
        if self.tag(model) is None:
            return []
        return [_key(p) for p in model.required_properties if _kind(p) == "ModelProperty"]

    def needs_lazy_twin(self, name: str) -> bool:
        if name not in self.twins:
            self.twins[name] = False  # models do not contain themselves (msgspec would refuse)
            model = self.models[name]
            self.twins[name] = bool(self.deferred(model)) or any(
                self.needs_lazy_twin(ref) for prop in _props(model) for ref in self.references(prop)
            )
        return self.twins[name]

    def references(self, prop: Any) -> list[str]:
        kind = _kind(prop)
        if kind == "ModelProperty":
            return [str(prop.class_info.name)]
        if kind == "UnionProperty":
            return [ref for inner in prop.inner_properties for ref in self.references(inner)]
        if kind == "ListProperty":
            return self.references(prop.inner_property)
        return []

    def struct(self, name: str, lazy: bool) -> str:
        lazy = lazy and self.needs_lazy_twin(name)
        if (name, lazy) in self.done:
            return self.done[(name, lazy)]
        model = self.models[name]
        struct_name = f"Wire{name}{'Lazy' if lazy else ''}"
        self.done[(name, lazy)] = struct_name
        self.plan.imports.add(name)
        tag = self.tag(model)
        if any(p.default is not None for p in _props(model)):
            raise UnsupportedProperty(f"{name} has a property with a default")
        fields: list[Field] = []
        sets = {}  # model attribute -> what to_model sets it to
        for prop in _props(model):
            key, slot = _key(prop), str(prop.python_name)
            if tag is not None and key == "type":
                sets[slot] = repr(tag)  # the tag itself: msgspec checks it
            elif key in self.deferred(model):  # the model keeps it in `_data`
                payload = self.struct(str(prop.class_info.name), lazy=False)
                if lazy:
                    self.plan.payloads.add(payload)
                    fields.append(Field(slot, key, "msgspec.Raw", True, None, None, ""))
                    sets[f"_{slot}"] = f"deferred(_parse_{payload}, self.{slot})"
                else:
                    fields.append(Field(slot, key, payload, True, payload, None, ""))
                    sets[f"_{slot}"] = f"self.{slot}.to_model()"
            else:
                fields.append(self.field(prop, self.value(prop, lazy)))
                if fields[-1].free is None:  # the template builds free objects itself
                    sets[slot] = fields[-1].expression
        extra = model.additional_properties
        learns = _kind(extra) == "AnyProperty"
        if extra is not None and not isinstance(extra, bool):
            sets["additional_properties"] = "{}"  # a struct that learned keys fills it in
        if {"id", "type", "created_at", "data"} <= {
            _key(p) for p in model.required_properties or []
        }:
            sets["deviations"] = "()"  # an activity's (model.py.jinja's `is_activity`)
        rename = {f.slot: f.key for f in fields if f.slot != f.key}
        self.plan.structs.append(Struct(struct_name, name, tag, rename, fields, sets, learns))
        return struct_name

    def field(self, prop: Any, value: Value) -> Field:
        key, slot = _key(prop), str(prop.python_name)
        nullable = _kind(prop) == "UnionProperty" and any(
            _kind(inner) == "NoneProperty" for inner in prop.inner_properties
        )
        annotation, shape = value.annotation, value.shape
        if nullable:
            annotation, shape = f"{annotation} | None", shape and f"({shape}, None)"
        if not prop.required:
            annotation, shape = f"{annotation} | Absent", shape and f"({shape}, Absent)"
        new = functools.partial(Field, slot, key, annotation, prop.required, shape)
        if value.kind == "same":
            return new(None, f"self.{slot}")
        if value.kind == "free" and value.inner is not None and value.inner.kind == "same":
            present = "" if prop.required and not nullable else f"isinstance({slot}, dict)"
            return new(slot, "", (value.target, present))
        if prop.required and not nullable:
            return new(None, value.convert(f"self.{slot}"))
        # Present and not null: the wire value is of the type that isinstance names. A struct
        # is always true, None and UNSET never (mypy knows both): the test costs half as much
        # as isinstance against a struct class, which a derived struct answers slowly.
        expression = value.convert(slot)
        if value.kind == "struct":
            expression = f"{expression} if {slot} else {slot}"
        elif value.kind != "choice":
            check = {"list": "list", "free": "dict"}[value.kind]
            expression = f"{expression} if isinstance({slot}, {check}) else {slot}"
        return new(slot, expression)

    def value(self, prop: Any, lazy: bool) -> Value:
        """The value of `prop` without None (the caller adds `| None` for a nullable one)."""
        kind = _kind(prop)
        if kind == "UnionProperty":
            members = [inner for inner in prop.inner_properties if _kind(inner) != "NoneProperty"]
            if len(members) == 1:
                return self.value(members[0], lazy)
            models = [m for m in members if _kind(m) == "ModelProperty"]
            scalars = [m for m in members if _kind(m) in SCALARS]
            if len(models) > 1 and len(models) == len(members):
                return self.tagged(models, lazy)
            if len(models) == 1 and len(scalars) + 1 == len(members):
                struct = self.value(models[0], lazy)
                if struct.kind != "struct":
                    raise UnsupportedProperty(f"{_key(prop)}: a free object or a scalar")
                words = [SCALARS[_kind(s)] for s in scalars]
                annotation = " | ".join([struct.annotation, *words])
                one_of = "(" + ", ".join([struct.target, *words]) + ")"
                return Value(annotation, one_of, "choice", target=struct.target)
            if len(scalars) == len(members):  # msgspec checks the JSON type
                return Value(" | ".join(SCALARS[_kind(s)] for s in scalars))
            raise UnsupportedProperty(f"union {_key(prop)}")
        if kind in SCALARS:
            return Value(SCALARS[kind])
        if kind == "ConstProperty":
            return Value(f"Literal[{prop.value.raw_value!r}]")
        if kind == "LiteralEnumProperty":
            alias = str(prop.class_info.name)
            self.plan.imports.add(alias)
            return Value(alias)
        if kind == "ListProperty":
            inner = self.value(prop.inner_property, lazy)
            return Value(
                f"list[{inner.annotation}]",
                None if inner.shape is None else f'("list", {inner.shape})',
                "same" if inner.kind == "same" else "list",
                inner,
            )
        if kind == "ModelProperty":
            name = str(prop.class_info.name)
            model = self.models[name]
            if _props(model):
                wire = self.struct(name, lazy)
                return Value(wire, wire, "struct", target=wire)
            # A free-form object (metadata): all of it lands in additional_properties.
            self.plan.imports.add(name)
            extra = model.additional_properties
            values = Value("Any")
            if extra is not None and not isinstance(extra, bool):
                values = self.value(extra, lazy)
            shape = None if values.shape is None else f'("map", {values.shape})'
            return Value(f"dict[str, {values.annotation}]", shape, "free", values, target=name)
        raise UnsupportedProperty(f"{_key(prop)}: {kind}")

    def tagged(self, members: list[Any], lazy: bool) -> Value:
        # A fallback variant (no const tag) stays out: msgspec refuses an unknown tag, and
        # from_dict then builds the fallback.
        names = [str(m.class_info.name) for m in members]
        structs = [self.struct(n, lazy) for n in names if self.tag(self.models[n]) is not None]
        annotation = "Union[" + ", ".join(structs) + "]"
        return Value(annotation, "(" + ", ".join(structs) + ",)", "struct", target="")
