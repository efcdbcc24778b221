"""`filters_honoured`: a filtered listing is exactly the matching part of the unfiltered one.

On the mock the unfiltered listing is complete, so "nothing matching is missing" is checked over the
whole feed; on a live API both listings are bounded samples compared over the window both cover.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import pytest

from contract_tests.checks.filter_scenarios import (
    V1_SCENARIOS,
    V2_SCENARIOS,
    NoData,
    Scenario,
    category_split_problems,
    v1_scenario,
    v2_scenario,
)
from contract_tests.checks.filters import Activity, Listing, Relations, mismatches
from contract_tests.checks.pagination import Problem, Walk
from contract_tests.spec import Feed
from contract_tests.suite.pages import listing
from contract_tests.suite.probe import Exchange
from contract_tests.suite.runtime import ContractRun
from contract_tests.suite.verdict import Issue, conclude

CHECK = "filters_honoured"
Universe = Callable[[Feed], Listing]


@pytest.fixture(scope="session")
def universe(contract_run: ContractRun) -> Universe:
    """The unfiltered listing of the known customer / program, fetched once per feed."""
    cache: dict[Feed, Listing] = {}

    def get(feed: Feed) -> Listing:
        if feed not in cache:
            found, result = listing(
                contract_run.probe,
                feed,
                contract_run.target.resource_id(feed),
                max_items=contract_run.config.max_walk_items,
            )
            blocking = [problem for problem in result.problems if problem.blocking]
            if blocking:
                pytest.fail(f"{CHECK}: the unfiltered listing is unavailable: {blocking[0].detail}")
            cache[feed] = found
        return cache[feed]

    return get


@pytest.fixture(scope="session")
def relations() -> Relations:
    """What each activity relates to (its campaigns), worked out once for all scenarios of a run."""
    return Relations()


@pytest.mark.parametrize("name", V1_SCENARIOS)
def test_filters_honoured_v1(
    contract_run: ContractRun, universe: Universe, relations: Relations, name: str
) -> None:
    _check(
        contract_run,
        Feed.CUSTOMER,
        universe(Feed.CUSTOMER),
        lambda u: v1_scenario(name, u, relations),
    )


@pytest.mark.parametrize("name", V2_SCENARIOS)
def test_filters_honoured_v2(contract_run: ContractRun, universe: Universe, name: str) -> None:
    _check(contract_run, Feed.PROGRAM, universe(Feed.PROGRAM), lambda u: v2_scenario(name, u))


def test_filters_honoured_v1_category(contract_run: ContractRun, universe: Universe) -> None:
    feed = Feed.CUSTOMER
    everything = universe(feed)
    action, action_walk = _filtered(contract_run, feed, {"category": "ACTION"})
    effect, effect_walk = _filtered(contract_run, feed, {"category": "EFFECT"})
    issues = _walk_issues(action_walk.problems) + _walk_issues(effect_walk.problems)
    problems = category_split_problems(
        everything.activities,
        everything.complete,
        action.activities,
        effect.activities,
        action.complete and effect.complete,
    )
    issues += [
        Issue("category split broken", problem, action_walk.first_ref) for problem in problems
    ]
    conclude(contract_run, CHECK, feed, issues)


def _check(
    run: ContractRun,
    feed: Feed,
    everything: Listing,
    build: Callable[[list[Activity]], Scenario],
) -> None:
    try:
        scenario = build(list(everything.activities))
    except NoData as exc:
        pytest.skip(f"no data for this filter: {exc}")
    filtered, result = _filtered(run, feed, scenario.query)
    issues = _walk_issues(result.problems)
    issues += [
        Issue(f"{scenario.description} not honoured", problem, result.first_ref)
        for problem in mismatches(
            everything,
            filtered,
            scenario.judge,
            description=scenario.description,
            expected=scenario.expected,
        )
    ]
    conclude(run, CHECK, feed, issues)


def _filtered(
    run: ContractRun, feed: Feed, query: Mapping[str, Any]
) -> tuple[Listing, Walk[Exchange]]:
    # The unfiltered listing validated every activity against the schema already.
    return listing(
        run.probe,
        feed,
        run.target.resource_id(feed),
        max_items=run.config.max_walk_items,
        extra_query=query,
        validate_schema=False,
    )


def _walk_issues(problems: list[Problem[Exchange]]) -> list[Issue]:
    """Only what stopped the listing; how it paginates is `pagination_walk`'s concern."""
    return [Issue.of(p) for p in problems if p.blocking]
