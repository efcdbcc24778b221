"""Positive generated requests get a real continuation token and ordered dates."""

from __future__ import annotations

from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any, cast

from contract_tests.config import Credentials
from contract_tests.spec import Feed
from contract_tests.suite.positive_cases import PositiveCases
from contract_tests.suite.probe import Probe
from contract_tests.target import Target

TARGET = Target(
    base_url="http://127.0.0.1:9",
    credentials=Credentials(headers={}, secrets={}),
    customer_id="cust_1",
    program_id="lprg_0a",
    is_mock=True,
)


@dataclass
class FakeProbe:
    """Answers first pages: one activity and, for v2, a cursor (None: an empty feed)."""

    cursor: str | None = "lcrsapr_real"
    calls: list[Feed] = field(default_factory=list)

    def get(self, feed: Feed, resource_id: str, query: dict[str, Any], **_: Any) -> Any:
        self.calls.append(feed)
        if feed is Feed.CUSTOMER:
            body: dict[str, Any] = {"data": [{"id": "evcus_real"}], "has_more": True}
        else:
            body = {"data": [], "cursor": {"next": self.cursor} if self.cursor else None}
        return SimpleNamespace(json=lambda: body)


def _case(query: dict[str, Any], *, positive: bool = True) -> Any:
    mode = SimpleNamespace(is_positive=positive)
    return SimpleNamespace(meta=SimpleNamespace(generation=SimpleNamespace(mode=mode)), query=query)


def _positive_cases(probe: FakeProbe) -> PositiveCases:
    return PositiveCases(cast(Probe, probe), TARGET)


def test_tokens_are_replaced_with_real_ones_and_dates_ordered() -> None:
    case = _case(
        {
            "starting_after_id": "x",
            "cursor": "lcrsapr_0",
            "start_date": "2025-01-02T00:00:00Z",
            "end_date": "2024-01-01T00:00:00+00:00",
        }
    )
    probe = FakeProbe()
    positive_cases = _positive_cases(probe)
    positive_cases.prepare(case)
    assert case.query == {
        "starting_after_id": "evcus_real",
        "cursor": "lcrsapr_real",
        "start_date": "2024-01-01T00:00:00+00:00",
        "end_date": "2025-01-02T00:00:00Z",
    }
    second = _case({"cursor": "lcrsapr_1"})
    positive_cases.prepare(second)
    assert probe.calls == [Feed.CUSTOMER, Feed.PROGRAM]  # fetched once, then reused


def test_without_a_real_cursor_the_parameter_is_dropped() -> None:
    case = _case({"cursor": "lcrsapr_0", "limit": 5})
    _positive_cases(FakeProbe(cursor=None)).prepare(case)
    assert case.query == {"limit": 5}


def test_negative_cases_are_left_alone() -> None:
    case = _case({"cursor": "lcrsapr_0", "start_date": "b", "end_date": "a"}, positive=False)
    _positive_cases(FakeProbe()).prepare(case)
    assert case.query == {"cursor": "lcrsapr_0", "start_date": "b", "end_date": "a"}
