"""`auth_required`: without credentials, or with wrong ones, both feeds answer 401 and an Error.

Schemathesis' `ignored_auth` probe runs here too, once per operation (in its own engine it also runs
once per operation; on every generated case it would triple the requests).
"""

from __future__ import annotations

import pytest
from _pytest.mark import ParameterSet

from contract_tests.schemathesis_compat import ignored_auth
from contract_tests.spec import Feed
from contract_tests.suite.runtime import ContractRun, run_of
from contract_tests.suite.verdict import Issue, conclude
from contract_tests.target import Target

CHECK = "auth_required"
WRONG = "contract-check-wrong-credential"


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if metafunc.definition.name == "test_auth_required":
        metafunc.parametrize(("feed", "headers"), _scenarios(run_of(metafunc.config).target))


def _scenarios(target: Target) -> list[ParameterSet]:
    headers = target.credentials.headers
    scenarios = [
        ("no-credentials", {}),
        ("wrong-bearer-token", {"Authorization": f"Bearer {WRONG}"}),
    ]
    if "X-App-Id" in headers:
        scenarios += [
            ("wrong-app-token", {"X-App-Id": headers["X-App-Id"], "X-App-Token": WRONG}),
            ("wrong-app-id", {"X-App-Id": WRONG, "X-App-Token": headers["X-App-Token"]}),
        ]
    else:
        scenarios.append(("wrong-app-keys", {"X-App-Id": WRONG, "X-App-Token": WRONG}))
    return [
        pytest.param(feed, sent, id=f"{feed.short}-{name}")
        for feed in Feed
        for name, sent in scenarios
    ]


def test_auth_required(contract_run: ContractRun, feed: Feed, headers: dict[str, str]) -> None:
    resource = contract_run.target.resource_id(feed)
    exchange = contract_run.probe.get(feed, resource, {"limit": 1}, headers=headers)
    issues = []
    if exchange.status != 401:
        sent = ", ".join(headers) or "no credential headers"
        issues.append(
            Issue(
                f"HTTP {exchange.status} instead of 401",
                f"sent {sent}; got {exchange.summary()}: {exchange.response.text_lossy()[:300]}",
                exchange,
            )
        )
    else:
        problems = contract_run.spec.error_body_problems(exchange.json())
        if problems:
            issues.append(Issue("401 body is not an Error", "; ".join(problems), exchange))
    conclude(contract_run, CHECK, feed, issues)


@pytest.mark.parametrize("feed", list(Feed), ids=[feed.short for feed in Feed])
def test_ignored_auth(contract_run: ContractRun, feed: Feed) -> None:
    resource = contract_run.target.resource_id(feed)
    exchange = contract_run.probe.get(feed, resource, {"limit": 1}, validate=False)
    if exchange.status != 200:
        pytest.skip(f"ignored_auth needs an accepted request first; got {exchange.summary()}")
    failures = contract_run.probe.validate(
        exchange.case,
        exchange.response,
        [ignored_auth],
        headers=dict(contract_run.target.credentials.headers),
    )
    if failures:
        pytest.fail(
            "ignored_auth failed: " + "; ".join(f"{f.title}: {f.message}" for f in failures)[:2000],
            pytrace=False,
        )
