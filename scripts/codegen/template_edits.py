"""Small edits of shipped openapi-python-client templates, applied to the pinned version's text.

A shipped template we change by a line or two is declared here as edits, not kept as a copy in
templates/: an upgrade of the generator then brings its new text, and an edit whose old text is
no longer found exactly once stops the regeneration instead of generating something else.
Templates changed throughout are full copies in templates/ (each change marked `Custom`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path


@dataclass(frozen=True)
class Edit:
    """In the shipped `template`, replace `old` (which must occur exactly once) by `new`."""

    template: str  # path under the generator's templates/ folder
    old: str
    new: str
    why: str


EDITS = (
    Edit(
        "endpoint_macros.py.jinja",
        old='{{ guarded_statement(property, destination, "params.update(" + destination + ")") }}',
        new="{{ guarded_statement(property, destination, 'params.update(deep_object_params(\"'"
        " + (property.name | in_double_quote_literal) + '\", ' + destination + '))') }}",
        why="the generator drops a parameter's `style`; every object-typed query parameter of"
        " this API is `style: deepObject` (`filters[type][conditions][$is]=…`), so encode it as"
        " such instead of merging the nested dict into the query (which httpx cannot encode)",
    ),
    Edit(
        "endpoint_module.py.jinja",
        old="from ... import errors\n",
        new="from ... import errors\nfrom ..._query import deep_object_params\n",
        why="the deepObject encoder of object query parameters, called by the endpoint_macros edit",
    ),
    Edit(
        "property_templates/const_property.py.jinja",
        old="{{ property.python_name }} = cast({{ property.get_type_string()"
        " | as_unembedded_code }} , {{ source }})",
        new="{{ property.python_name }} = {{ source }}",
        why="no `cast(Literal[...], value)` at runtime: subscripting `Literal` on every call cost"
        " several µs per parsed object; the value is checked right after, so no cast is needed"
        " for the type checker either",
    ),
    Edit(
        "client.py.jinja",
        old='_headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers")',
        new='_headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers", repr=False)',
        why="the headers hold the credentials (X-App-Token, Authorization), and a repr of the"
        " low-level client ends up in tracebacks and logs",
    ),
    Edit(
        "client.py.jinja",
        old='"token": namespace(type="str", default="",',
        new='"token": namespace(type="str", default="field(repr=False)",',
        why="the same for AuthenticatedClient's token",
    ),
    # Its `!= 'x'and not isinstance(…)` lacks a space, which ruff format adds: no edit needed.
)


class TemplateEditError(Exception):
    """An edit does not fit the shipped template; the message says which and how."""


def apply(template: str, text: str, edits: Sequence[Edit]) -> str:
    """`text` (the shipped `template`) with `edits` applied in order."""
    for number, edit in enumerate(edits, start=1):
        found = text.count(edit.old)
        if found != 1:
            raise TemplateEditError(
                f"{template}: edit {number} of {len(edits)} ({edit.why}) expects its old text"
                f" exactly once, found it {found} times: {edit.old!r}"
            )
        text = text.replace(edit.old, edit.new)
    return text


def shipped_text(template: str) -> str:
    """The pinned generator's own text of `template`."""
    path = resources.files("openapi_python_client") / "templates" / template
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise TemplateEditError(f"the generator ships no templates/{template} to edit") from None


def write_edited(
    folder: Path,
    edits: Iterable[Edit] = EDITS,
    read: Callable[[str], str] = shipped_text,
) -> None:
    """Write each edited template into `folder`, a copy of templates/ the generator will read."""
    by_template: dict[str, list[Edit]] = {}
    for edit in edits:
        by_template.setdefault(edit.template, []).append(edit)
    for template, its_edits in by_template.items():
        target = folder / template
        if target.exists():  # the copy would hide the edits, or the edits the copy
            raise TemplateEditError(f"{template} is both a copy in templates/ and edited")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(apply(template, read(template), its_edits), encoding="utf-8")
