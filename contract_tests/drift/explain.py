"""One subject per distinct problem behind a failed check, so that each can be known or patched.

Schemathesis reports a failing page once, whatever broke in it; a page can break in two places at
once, and the same break recurs on every page. Validating each activity of a failing page against
the variant its `type` maps to (as `Spec.activity_problems` does) names the JSON path and the
JSON Schema keyword of each problem; an undocumented event type is its own subject; anything else
keeps the finding's title.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from jsonschema.exceptions import ValidationError, best_match

from contract_tests.checks.event_types import undocumented_types
from contract_tests.drift.subject import Subject, collapse
from contract_tests.spec import Feed, Spec

# Checks whose failure on a 2xx page is a body that does not match the schema.
BODY_CHECKS = frozenset({"response_schema_conformance", "parses_with_client"})
EVENT_TYPE_CHECKS = frozenset({"no_undocumented_event_types"})
UNKNOWN_DISCRIMINATOR = "Unknown discriminator value"


@dataclass(frozen=True, slots=True)
class Explained:
    subject: Subject
    detail: str
    """What was seen, one line (the first activity showing it)."""
    activity_type: str | None = None
    sample: Any = None
    """The activity that shows it, for the spec patch (path subjects only)."""


class Explainer:
    def __init__(self, spec: Spec) -> None:
        self._spec = spec
        self._problems: dict[bytes, list[tuple[Subject, str]]] = {}

    def explain(
        self, check: str, title: str, feed: Feed | None, status: int, body: Any, failure: object
    ) -> list[Explained]:
        page = feed if 200 <= status < 300 and isinstance(body, dict) else None
        if page is not None and (check in EVENT_TYPE_CHECKS or title == UNKNOWN_DISCRIMINATOR):
            found = self._event_types(page, body)
            if found:
                return found
        if page is not None and check in BODY_CHECKS:
            found = self.violations(page, body) or _schemathesis_path(failure)
            if found:
                return found
        return [Explained(Subject(title=title), detail=title)]

    def _event_types(self, feed: Feed, body: Any) -> list[Explained]:
        seen: dict[str, Explained] = {}
        for event_type, item_id in undocumented_types(body, self._spec.documented_types(feed)):
            detail = f"activity {item_id}: type {event_type!r}"
            seen.setdefault(event_type, Explained(Subject(event_type=event_type), detail))
        return list(seen.values())

    def violations(self, feed: Feed, body: Any) -> list[Explained]:
        """One per distinct (path, keyword) among the page's activities, first activity first."""
        items = body.get("data") if isinstance(body, dict) else None
        if not isinstance(items, list):
            return []
        union = self._spec.union(feed)
        seen: dict[tuple[str, str], Explained] = {}
        for index, item in enumerate(items):
            kind = item.get("type") if isinstance(item, dict) else None
            ref = union.variant_of(kind)
            item_id = item.get("id") if isinstance(item, dict) else None
            for subject, message in self._problems_of(item, ref):
                key = (subject.path or "", subject.problem)
                if key not in seen:
                    detail = f"data[{index}] ({kind}, {item_id}): {message}"
                    seen[key] = Explained(
                        subject, detail, kind if isinstance(kind, str) else None, item
                    )
        return list(seen.values())

    def _problems_of(self, item: Any, ref: str) -> list[tuple[Subject, str]]:
        """Every problem of one activity (each branch of a failing `oneOf` narrowed to its best
        match). Walks re-read the same activities, so each distinct content is validated once
        (~0.6 ms an activity)."""
        digest = hashlib.blake2b(json.dumps(item).encode(), digest_size=16).digest()
        cached = self._problems.get(digest)
        if cached is not None:
            return cached
        problems = []
        for error in self._spec.validator(ref).iter_errors(item):
            best = best_match([error]) or error
            where = "/".join(str(part) for part in best.absolute_path) or "(activity)"
            problems.append((_subject(best), f"{where}: {best.message}"))
        self._problems[digest] = problems
        return problems


def _subject(error: ValidationError) -> Subject:
    parts: list[str | int] = ["data", 0, *error.absolute_path]
    problem = str(error.validator)
    if problem == "required" and isinstance(error.instance, dict):
        required = error.validator_value if isinstance(error.validator_value, list) else []
        missing = [name for name in required if name not in error.instance]
        if missing:
            parts.append(str(missing[0]))
    return Subject(path=collapse(parts), problem=problem)


def _schemathesis_path(failure: object) -> list[Explained]:
    """The envelope and other non-activity problems: Schemathesis' own instance path."""
    instance_path = getattr(failure, "instance_path", None)
    schema_path = getattr(failure, "schema_path", None)
    if not isinstance(instance_path, list | tuple):
        return []
    parts = [part if isinstance(part, int) else str(part) for part in instance_path]
    keyword = schema_path[-1] if isinstance(schema_path, list | tuple) and schema_path else ""
    subject = Subject(path=collapse(parts) or "(body)", problem=str(keyword))
    message = getattr(failure, "title", "")
    return [Explained(subject, detail=f"{subject.path}: {message}")]
