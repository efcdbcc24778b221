"""The smallest spec edit that would absorb each finding, or why none is proposed.

Absorbable (the tolerant part of docs/spec.md): an undocumented field (a new property, nullable,
of the types seen), a value of another type (the type list, `oneOf` or `$ref` widened), an absent
required field (dropped from `required`), an undocumented event type (a variant marked
`x-observed`, with a free-form payload, wired into the union, its mapping and the type enum; the
spec tests accept exactly the documented types plus the marked ones). Never patched, only reported
(the strict part): the list envelope, each activity's `id` / `type` / `created_at` / `data`, the
object an event is about (the `required` of each `…EventData` and `…Envelope`), the `id` of an
embedded object.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime

from contract_tests.drift.locate import Hit, hits, parse
from contract_tests.drift.records import DriftRecord
from contract_tests.schema_walk import Node, accepted_types, json_type
from contract_tests.spec import Feed, Spec

ACTIVITY_STRICT = {f"data[].{name}" for name in ("id", "type", "created_at", "data")}
# Components whose `required` lists are the strict part (the subject of each event).
STRICT_REQUIRED_SUFFIXES = ("EventData", "Envelope", "ActivityBase", "ActivityList", "ListCursor")
DESCRIPTION = "Not in Voucherify's documentation; added from responses the contract check saw."
ID_FIELD = re.compile(r"^(.+_)?id$")  # as the spec tests read id fields


@dataclass(frozen=True, slots=True)
class AddProperty:
    holder: str
    name: str
    types: frozenset[str]
    # A value seen, for an id field: the spec gives every id its prefixed example.
    example: str | None = None

    def describe(self) -> str:
        kinds = " or ".join(sorted(self.types - {"null"}))
        seen = f"{kinds} or null" if kinds else "any type: only null was seen"
        return f"add `{self.name}` ({seen}) to `{_short(self.holder)}`"


@dataclass(frozen=True, slots=True)
class WidenType:
    target: str
    types: frozenset[str]

    def describe(self) -> str:
        return f"let `{_short(self.target)}` also be {' or '.join(sorted(self.types))}"


@dataclass(frozen=True, slots=True)
class DropRequired:
    holder: str
    name: str

    def describe(self) -> str:
        return f"make `{self.name}` optional in `{_short(self.holder)}`"


@dataclass(frozen=True, slots=True)
class AddEventType:
    """A variant `variant` of the union `union` for `event_type`, marked `x-observed`."""

    union: str
    event_type: str
    variant: str
    base: str
    """The feed's shared base schema (the variant's first `allOf`)."""
    enum: str
    """The feed's type enum."""
    fallback: str
    """The Unknown variant: the new one goes right before it in the `oneOf`."""
    payload: str
    """The free-form schema of `data` (added too when the spec has none)."""
    first_seen: str
    reason: str

    def describe(self) -> str:
        return (
            f"add the observed event type `{self.event_type}` as `{self.variant}` (x-observed) "
            f"to `{self.union}`"
        )


Edit = AddProperty | WidenType | DropRequired | AddEventType

# Per feed: the type namespace, the variant name prefix and the free-form payload of `data`
# (v1: the `{data, event_source}` envelope; v2: the payload itself).
EVENT_TYPE_NAMING = {
    Feed.CUSTOMER: ("customer.", "Customer", "OpenEventEnvelope"),
    Feed.PROGRAM: ("vl.program.", "Program", "OpenProgramEventData"),
}
_EVENT_TYPE = re.compile(r"[a-z0-9_]+(\.[a-z0-9_]+)*")


def location(edit: Edit) -> tuple[str, str]:
    """Where an edit lands: edits of one location are merged into one."""
    if isinstance(edit, WidenType):
        return edit.target, ""
    if isinstance(edit, AddEventType):
        return f"/components/schemas/{edit.union}", edit.event_type
    return edit.holder, edit.name


def variant_name(event_type: str, type_prefix: str, name_prefix: str) -> str:
    """The spec's naming rule (tests/spec): prefix + CamelCase of the rest + `Activity`."""
    words = re.split(r"[._]", event_type[len(type_prefix) :])
    return name_prefix + "".join(word[:1].upper() + word[1:] for word in words) + "Activity"


@dataclass
class Proposal:
    edits: list[Edit] = field(default_factory=list)
    strict: str | None = None
    """Why the finding touches the strict part of the policy (reported, not patched)."""
    none: str | None = None
    """Why no edit is proposed otherwise."""


def propose(spec: Spec, record: DriftRecord) -> Proposal:
    subject = record.subject
    feed = Feed.from_short(record.feed)
    if subject.event_type is not None:
        if feed is None:
            return Proposal(none="not an activity feed: no spec edit absorbs it")
        return _event_type(spec, feed, subject.event_type, record)
    if subject.path is None or feed is None:
        return Proposal(none="not a response body shape: no spec edit absorbs it")
    strict = _strict_path(subject.path, subject.problem)
    if strict is not None:
        return Proposal(strict=strict)
    if subject.problem not in ("undocumented", "type", "required"):
        return Proposal(
            none=f"the value breaks `{subject.problem}`: the spec keeps its documented constraint "
            "(widen it by hand if Voucherify changed it)"
        )
    if not record.samples:
        return Proposal(none="no response kept to locate it in the spec")
    found = [
        hit
        for sample in record.samples.values()
        for hit in hits(
            spec, feed, {"data": [sample]} if _in_items(subject.path) else sample, subject.path
        )
    ]
    name = str(parse(subject.path)[-1])
    if subject.problem == "undocumented":
        return _add(found, name)
    if subject.problem == "type":
        return _widen(spec, found, name)
    return _drop(found, name)


def _event_type(spec: Spec, feed: Feed, event_type: str, record: DriftRecord) -> Proposal:
    type_prefix, name_prefix, payload = EVENT_TYPE_NAMING[feed]
    rest = event_type[len(type_prefix) :]
    if not event_type.startswith(type_prefix) or not _EVENT_TYPE.fullmatch(rest):
        return Proposal(
            none=f"not a `{type_prefix}…` type of dotted lower-case words: name its variant by hand"
        )
    union = spec.union(feed)
    fallback = spec.resolve({"$ref": union.fallback})
    base_ref, own = fallback["allOf"]
    variant = variant_name(event_type, type_prefix, name_prefix)
    if variant in spec.document["components"]["schemas"]:
        return Proposal(none=f"a schema `{variant}` exists already: wire the type by hand")
    seen = record.first_seen or datetime.now(UTC).date()
    return Proposal(
        edits=[
            AddEventType(
                union=_name(union.ref),
                event_type=event_type,
                variant=variant,
                base=_name(str(base_ref["$ref"])),
                enum=_name(str(own["properties"]["type"]["not"]["$ref"])),
                fallback=_name(union.fallback),
                payload=payload,
                first_seen=seen.isoformat(),
                reason=f"Seen in {feed.short} responses by the contract check; not in "
                "Voucherify's documentation.",
            )
        ]
    )


def _name(ref: str) -> str:
    return ref.rsplit("/", 1)[-1]


def _strict_path(path: str, problem: str) -> str | None:
    if not _in_items(path) or path == "data[]":
        return "the list envelope (docs/spec.md, strict)"
    if path in ACTIVITY_STRICT:
        return f"every activity's `{path.rsplit('.', 1)[-1]}` (docs/spec.md, strict)"
    if path.rsplit(".", 1)[-1] == "id" and problem != "undocumented":
        return "the `id` of an embedded object (docs/spec.md, strict)"
    return None


def _in_items(path: str) -> bool:
    return path.startswith("data[]")


def _add(found: list[Hit], name: str) -> Proposal:
    types: dict[str, set[str]] = {}
    examples: dict[str, str] = {}
    for hit in found:
        if not hit.present or hit.declared:
            continue
        holder = next((node for node in hit.holders if node.schema.get("properties")), None)
        if holder is not None:
            kind = json_type(hit.value)
            types.setdefault(holder.pointer, set()).add("number" if kind == "integer" else kind)
            if ID_FIELD.match(name) and isinstance(hit.value, str):
                examples.setdefault(holder.pointer, hit.value)
    edits: list[Edit] = [
        AddProperty(holder, name, frozenset(kinds | {"null"}), examples.get(holder))
        for holder, kinds in types.items()
    ]
    return Proposal(edits=edits) if edits else Proposal(none="not found in the kept responses")


def _widen(spec: Spec, found: list[Hit], name: str) -> Proposal:
    widen: dict[str, set[str]] = {}
    for hit in found:
        if not hit.present:
            continue
        strict = _subject_of_event(hit, name)
        if strict is not None:
            return Proposal(strict=strict)
        kind = json_type(hit.value)
        for node in hit.declared:
            accepted = accepted_types(spec, node)
            if accepted and kind not in accepted:
                widen.setdefault(node.pointer, set()).add(kind)
    if not widen:
        return Proposal(none="the value's type is allowed: it breaks another constraint")
    return Proposal(edits=[WidenType(target, frozenset(kinds)) for target, kinds in widen.items()])


def _drop(found: list[Hit], name: str) -> Proposal:
    edits: dict[tuple[str, str], DropRequired] = {}
    for hit in found:
        if hit.present:
            continue
        for node in hit.holders:
            required = node.schema.get("required")
            if isinstance(required, list) and name in required:
                if _strict_component(node):
                    return Proposal(strict=_subject_reason(node))
                edits[(node.pointer, name)] = DropRequired(node.pointer, name)
    if not edits:
        return Proposal(none="no `required` list names it")
    return Proposal(edits=list(edits.values()))


def _subject_of_event(hit: Hit, name: str) -> str | None:
    for node in hit.holders:
        required = node.schema.get("required")
        if isinstance(required, list) and name in required and _strict_component(node):
            return _subject_reason(node)
    return None


def _strict_component(node: Node) -> bool:
    component = node.component or ""
    return component.endswith(STRICT_REQUIRED_SUFFIXES)


def _subject_reason(node: Node) -> str:
    return f"what the event is about (`required` of `{node.component}`; docs/spec.md, strict)"


def _short(pointer: str) -> str:
    return pointer.lstrip("/")
