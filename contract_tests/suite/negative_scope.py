"""Negative testing covers documented constraints only: other negative cases are never sent.

Schemathesis derives negative cases from our spec, which constrains more than Voucherify promises
(see `checks.documented_query`). This `filter_case` hook keeps a negative case only when the query
it would put on the wire breaks a documented constraint, so `negative_data_rejection` never expects
a 4xx nothing promised. What it leaves out is counted per reason for the report.
"""

from __future__ import annotations

from functools import partial
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import requests
from schemathesis import BaseSchema, Case, HookContext

from contract_tests.checks.documented_query import violations
from contract_tests.report.ledger import Ledger
from contract_tests.schemathesis_compat import REQUEST_SHAPE_PROBES, CoveragePhaseData
from contract_tests.spec import Feed, Spec


class NegativeScope:
    def __init__(self, spec: Spec, ledger: Ledger) -> None:
        self._spec = spec
        self._ledger = ledger

    def install(self, schema: BaseSchema) -> None:
        schema.hook("filter_case")(partial(self.filter_case))  # see Observer.install

    def filter_case(self, context: HookContext, case: Case[Any]) -> bool:
        meta = case.meta
        feed = Feed.from_label(case.operation.label)
        if meta is None or feed is None or not meta.generation.mode.is_negative:
            return True
        data = meta.phase.data
        if isinstance(data, CoveragePhaseData) and data.scenario in REQUEST_SHAPE_PROBES:
            return True  # malformed on purpose; Schemathesis only looks for a 5xx there
        if violations(self._spec, feed, wire_query(case)):
            return True
        self._ledger.excluded_negative(feed.short, _reason(case))
        return False


def wire_query(case: Case[Any]) -> list[tuple[str, str]]:
    """The query string exactly as the run's transport sends it, decoded into pairs."""
    kwargs = case.as_transport_kwargs()
    prepared = requests.Request("GET", kwargs["url"], params=kwargs.get("params")).prepare()
    return parse_qsl(urlsplit(str(prepared.url)).query, keep_blank_values=True)


def _reason(case: Case[Any]) -> str:
    """What the case breaks in our spec, in Schemathesis' terms (one report row per reason)."""
    assert case.meta is not None
    data = case.meta.phase.data
    if data.mutations:
        parts = sorted({f"{m.parameter or '?'}: {'/'.join(m.keywords)}" for m in data.mutations})
        return "; ".join(parts)
    where = data.parameter or "?"
    return f"{where}: {data.description or 'unspecified'}"
