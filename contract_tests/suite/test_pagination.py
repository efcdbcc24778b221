"""`pagination_walk`: every feed walked to its end at limit 100, in both orders; limits 1 and 7
walk a prefix of it, and all of them agree."""

from __future__ import annotations

import pytest
from _pytest.mark import ParameterSet

from contract_tests.checks.pagination import LIMITS, ORDERS, compare, walk
from contract_tests.spec import Feed
from contract_tests.suite.pages import page_fetcher
from contract_tests.suite.runtime import ContractRun, run_of
from contract_tests.suite.verdict import Issue, conclude
from contract_tests.target import Target

# Small pages cost one request per few items, so those walks cover a prefix: enough to cross
# dozens of page boundaries, with both orders 124 requests per feed at most. The limit-100 walks
# go to the end, bounded only by the run's cap (`--max-walk-items`).
PREFIX_ITEMS = {1: 30, 7: 140}


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if metafunc.definition.name == "test_pagination_walk":
        metafunc.parametrize(("feed", "resource_id"), _feeds(run_of(metafunc.config).target))


def _feeds(target: Target) -> list[ParameterSet]:
    feeds = [
        pytest.param(Feed.CUSTOMER, target.customer_id, id="v1-customer"),
        pytest.param(Feed.PROGRAM, target.program_id, id="v2-program"),
    ]
    if target.small_customer_id:
        feeds.append(pytest.param(Feed.CUSTOMER, target.small_customer_id, id="v1-small-customer"))
    if target.empty_customer_id:
        feeds.append(pytest.param(Feed.CUSTOMER, target.empty_customer_id, id="v1-empty-customer"))
    if target.empty_program_id:
        feeds.append(pytest.param(Feed.PROGRAM, target.empty_program_id, id="v2-empty-program"))
    return feeds


def test_pagination_walk(contract_run: ContractRun, feed: Feed, resource_id: str) -> None:
    # Schema validation on one complete pass (limit 100, newest first); light checks elsewhere.
    fetch = page_fetcher(
        contract_run.probe,
        feed,
        resource_id,
        validate_schema=lambda limit, order: limit == max(LIMITS) and order == ORDERS[0],
    )
    cap = contract_run.config.max_walk_items
    walks = [
        walk(
            fetch,
            limit=limit,
            order=order,
            max_items=min(cap, PREFIX_ITEMS.get(limit, cap)),
            to_end=limit == max(LIMITS),
        )
        for order in ORDERS
        for limit in LIMITS
    ]
    problems = [problem for w in walks for problem in w.problems] + compare(walks)
    issues = [Issue.of(p) for p in problems]
    conclude(contract_run, "pagination_walk", feed, issues)
