"""Each check can fail: the suite run against the mock with one fault names that check.

Every run is a real `python -m contract_tests` process against `create_app(faults={fault})`,
limited with `-k` to the tests that exercise the fault so the whole file stays quick. The runs
start together (see `conftest.py`) and each test waits for its own.
"""

from __future__ import annotations

from collections.abc import Mapping
from concurrent.futures import Future
from urllib.parse import quote

import pytest

from contract_tests.mock import dataset

from .contract_runs import FAULTS, MESSAGES, MOCK_SECRETS, FinishedRun

Runs = Mapping[str, Future[FinishedRun]]
# Must all be named, not just one of them.
ALL_OF = {"auth_not_enforced", "wrong_field_type"}


@pytest.mark.parametrize("fault", sorted(FAULTS))
def test_the_fault_fails_its_check(fault: str, contract_runs: Runs) -> None:
    run = contract_runs[fault].result()
    expected = FAULTS[fault][1]
    assert run.returncode == 1, run.stdout[-3000:] + run.stderr[-3000:]
    failed = run.failed_checks()
    junit = run.junit_failure_text()
    named = {check for check in expected if check in failed and check in junit}
    if fault in ALL_OF:
        assert named == expected, (failed, junit[:2000])
    else:
        assert named, (expected, failed, junit[:2000])
    assert f"with faults {fault}" in run.report
    # Drift is reported by checks; no test may instead crash on what the fault sends.
    assert "test error" not in run.report.splitlines()[0], junit[:3000]
    said = run.report + junit
    missing = [message for message in MESSAGES.get(fault, ()) if message not in said]
    assert not missing, (missing, said[-3000:])


def test_an_undocumented_field_is_reported_not_failed(contract_runs: Runs) -> None:
    run = contract_runs["undocumented_field"].result()
    assert run.returncode == 0, run.stdout[-3000:]
    fields = run.report.split("## Undocumented fields", 1)[1].split("##", 1)[0]
    assert "| v1 | `data[].risk_score` |" in fields
    assert "| v2 | `data[].risk_score` |" in fields
    assert run.failed_checks() == set()


def test_no_run_prints_or_stores_a_credential(contract_runs: Runs) -> None:
    for fault, future in contract_runs.items():
        run = future.result()
        everything = run.artifacts_text() + run.stdout + run.stderr
        leaked = [secret for secret in MOCK_SECRETS if secret in everything]
        assert not leaked, (fault, leaked)


def test_a_credential_the_server_quotes_is_printed_and_stored_redacted(contract_runs: Runs) -> None:
    run = contract_runs["live_echo"].result()
    assert run.returncode == 1, run.stdout[-3000:] + run.stderr[-3000:]
    assert "not_a_server_error" in run.failed_checks()
    # The failure is printed (and stored) with its body, the credential in it replaced.
    assert (
        "failed for Bearer $VOUCHERIFY_BEARER_TOKEN (Bearer%20$VOUCHERIFY_BEARER_TOKEN)"
        in run.stdout
    )
    everything = run.artifacts_text() + run.stdout + run.stderr
    assert dataset.BEARER_TOKEN not in everything
    assert quote(dataset.BEARER_TOKEN, safe="") not in everything


def test_a_failure_comes_with_a_reproducing_curl(contract_runs: Runs) -> None:
    run = contract_runs["page_gap"].result()
    assert '-H "X-App-Token: $VOUCHERIFY_APP_TOKEN"' in run.report
    assert "/v1/customers/" in run.report.split("```bash", 1)[1]


def test_reaching_the_walk_cap_fails_pagination_walk_and_says_why(contract_runs: Runs) -> None:
    run = contract_runs["walk_cap"].result()
    assert run.returncode == 1, run.stdout[-3000:]
    assert run.failed_checks() == {"pagination_walk"}
    assert "### `pagination_walk`: feed did not end within the walk cap" in run.report
    assert "the feed holds more than the cap of 300 items" in run.report
