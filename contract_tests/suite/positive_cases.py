"""Keep generated positive requests positive where OpenAPI cannot say what "valid" is.

A schema-valid `starting_after_id` or `cursor` is still one the server never issued, and
`start_date` after `end_date` is well-formed but empty by definition; the API rightly rejects
those. Before a positive case is sent, this `before_call` hook puts in a real activity id and a
freshly issued cursor, and orders the dates, so `positive_data_acceptance` judges requests that
are valid in every sense. Negative cases are left untouched.
"""

from __future__ import annotations

import time
from datetime import datetime
from typing import Any

from schemathesis import BaseSchema, Case, HookContext
from schemathesis.hooks import GLOBAL_HOOK_DISPATCHER

from contract_tests.spec import Feed
from contract_tests.suite.probe import Probe
from contract_tests.target import Target

# v2 cursors expire (15 minutes on the mock); a fresh one is fetched well before that.
CURSOR_MAX_AGE_S = 300.0


class PositiveCases:
    def __init__(self, probe: Probe, target: Target) -> None:
        self._probe = probe
        self._target = target
        self._activity_id: str | None = None
        self._fetched_activity_id = False
        self._cursor: tuple[str | None, float] | None = None
        self._schema: BaseSchema | None = None

    def install(self, schema: BaseSchema) -> None:
        # Schemathesis only accepts `before_call` globally; cases of other schemas are let be.
        self._schema = schema
        GLOBAL_HOOK_DISPATCHER.register_hook_with_name(self.before_call, "before_call")

    def uninstall(self) -> None:
        GLOBAL_HOOK_DISPATCHER.unregister(self.before_call)

    def before_call(self, context: HookContext, case: Case[Any], kwargs: dict[str, Any]) -> None:
        meta = case.meta
        query = case.query
        if self._schema is None or meta is None or not _same_document(case, self._schema):
            return
        if not meta.generation.mode.is_positive or not isinstance(query, dict):
            return
        if "starting_after_id" in query:
            _replace_or_drop(query, "starting_after_id", self._real_activity_id())
        if "cursor" in query:
            _replace_or_drop(query, "cursor", self._fresh_cursor())
        _order_dates(query)

    def _real_activity_id(self) -> str | None:
        if not self._fetched_activity_id:
            self._fetched_activity_id = True
            body = self._probe.get(
                Feed.CUSTOMER, self._target.customer_id, {"limit": 1}, validate=False
            ).json()
            items = body.get("data") if isinstance(body, dict) else None
            if isinstance(items, list) and items and isinstance(items[0], dict):
                self._activity_id = str(items[0].get("id"))
        return self._activity_id

    def _fresh_cursor(self) -> str | None:
        if self._cursor is None or time.monotonic() - self._cursor[1] > CURSOR_MAX_AGE_S:
            body = self._probe.get(
                Feed.PROGRAM, self._target.program_id, {"limit": 1}, validate=False
            ).json()
            cursor = body.get("cursor") if isinstance(body, dict) else None
            token = cursor.get("next") if isinstance(cursor, dict) else None
            self._cursor = (token if isinstance(token, str) else None, time.monotonic())
        return self._cursor[0]


def _replace_or_drop(query: dict[str, Any], name: str, value: str | None) -> None:
    if value is None:
        del query[name]  # nothing real to continue from: the request without it is still valid
    else:
        query[name] = value


def _order_dates(query: dict[str, Any]) -> None:
    start, end = query.get("start_date"), query.get("end_date")
    if not (isinstance(start, str) and isinstance(end, str)):
        return
    try:
        if _instant(start) > _instant(end):
            query["start_date"], query["end_date"] = end, start
    except (TypeError, ValueError):
        return  # not comparable (e.g. one without a zone): leave it to the API


def _instant(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def _same_document(case: Case[Any], schema: BaseSchema) -> bool:
    # Schemathesis clones the schema for each test; the clones share the loaded document.
    return case.operation.schema.raw_schema is schema.raw_schema
