"""How our own checks conclude a test: record the outcome in the ledger, fail naming the check."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pytest

from contract_tests.report.ledger import Finding
from contract_tests.spec import Feed
from contract_tests.suite.probe import Exchange
from contract_tests.suite.runtime import ContractRun


@dataclass(frozen=True, slots=True)
class Issue:
    title: str
    detail: str
    exchange: Exchange | None = None


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
