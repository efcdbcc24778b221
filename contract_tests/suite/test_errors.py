"""`error_body_shape`: error answers carry the documented Error body.

Every 4xx/5xx a generated case or a probe meets is checked already; these requests make sure the
error paths are exercised even though positive requests only use the known ids.
"""

from __future__ import annotations

import secrets
from typing import Any

import pytest

from contract_tests.spec import Feed
from contract_tests.suite.runtime import ContractRun
from contract_tests.suite.verdict import Issue, conclude

CHECK = "error_body_shape"


def _unknown_id(feed: Feed) -> str:
    # A well-formed id nobody has: only requests expected to fail use made-up ids.
    suffix = secrets.token_hex(12)
    return f"cust_contractcheck{suffix}" if feed is Feed.CUSTOMER else f"lprg_{suffix}"


CASES = [
    pytest.param(feed, kind, query, status, id=f"{feed.short}-{kind}")
    for feed in Feed
    for kind, query, status in (
        ("unknown-id", {"limit": 1}, 404),
        ("limit-zero", {"limit": 0}, 400),
        ("limit-too-big", {"limit": 101}, 400),
        ("unknown-order", {"order": "sideways"}, 400),
    )
] + [
    pytest.param(
        Feed.PROGRAM,
        "unknown-junction",
        {"filters[junction]": "XOR"},
        400,
        id="v2-unknown-junction",
    )
]


@pytest.mark.parametrize(("feed", "kind", "query", "status"), CASES)
def test_error_body_shape(
    contract_run: ContractRun, feed: Feed, kind: str, query: dict[str, Any], status: int
) -> None:
    resource = _unknown_id(feed) if kind == "unknown-id" else contract_run.target.resource_id(feed)
    # The probe validates the body with every response check, error_body_shape included.
    exchange = contract_run.probe.get(feed, resource, query)
    issues = []
    if exchange.status != status:
        issues.append(
            Issue(
                f"{kind}: HTTP {exchange.status} instead of {status}",
                f"{exchange.summary()}: {exchange.response.text_lossy()[:300]}",
                exchange,
            )
        )
    conclude(contract_run, CHECK, feed, issues)
