"""Keep generated positive requests positive where OpenAPI cannot say what "valid" is.

A schema-valid `starting_after_id` or `cursor` is still one the server never issued, and
`start_date` after `end_date` is well-formed but empty by definition; the API rightly rejects
those. Before a positive case is sent, `test_openapi` has `prepare` put in a real activity id and a
freshly issued cursor, and order the dates, so `positive_data_acceptance` judges requests that
are valid in every sense. Negative cases are left untouched.
"""

from __future__ import annotations

import time
from typing import Any

from schemathesis import Case

from contract_tests.checks.filters import parse_instant
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

    def prepare(self, case: Case[Any]) -> None:
        # Called by the test rather than a `before_call` hook: Schemathesis 4 only runs that hook
        # globally, for every schema of the process.
        meta = case.meta
        query = case.query
        if meta is None or not meta.generation.mode.is_positive or not isinstance(query, dict):
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
        if parse_instant(start) > parse_instant(end):
            query["start_date"], query["end_date"] = end, start
    except (TypeError, ValueError):
        return  # not comparable (e.g. one without a zone): leave it to the API
