"""How our own checks conclude a test: record the outcome in the ledger, fail naming the check."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import pytest

from contract_tests.checks.pagination import Problem
from contract_tests.report.ledger import Finding
from contract_tests.spec import Feed
from contract_tests.suite.probe import Exchange
from contract_tests.suite.runtime import ContractRun


@dataclass(frozen=True, slots=True)
class Issue:
    title: str
    detail: str
    exchange: Exchange | None = None

    @classmethod
    def of(cls, problem: Problem[Any]) -> Issue:
        """The issue a walk's problem makes (its exchange, when it refers to one)."""
        ref = problem.ref if isinstance(problem.ref, Exchange) else None
        return cls(problem.title, problem.detail, ref)


def conclude(run: ContractRun, check: str, feed: Feed, issues: Sequence[Issue]) -> None:
    """Pass, or record every issue and fail the test with the check's name first."""
    if not issues:
        run.ledger.passed(check)
        return
    for issue in issues:
        run.ledger.failed(
            Finding(
                check=check,
                operation=feed.value,
                title=issue.title,
                seen=run.redactor.text(issue.detail),
                curl=issue.exchange.curl(run.redactor) if issue.exchange is not None else None,
            )
        )
    lines = [f"{check} failed for {feed.value}:"]
    lines += [f"  - {issue.title}: {run.redactor.text(issue.detail)}" for issue in issues]
    pytest.fail("\n".join(lines), pytrace=False)
