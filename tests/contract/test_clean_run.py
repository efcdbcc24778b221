"""A clean run passes, writes its artifacts and never stores a credential."""

from __future__ import annotations

import json
from collections.abc import Mapping
from concurrent.futures import Future

import pytest
import yaml

from .contract_runs import FAULTS, LIVE_FAULT, MOCK_SECRETS, FinishedRun, evidence_extras

# spec.patch: the evidence's undocumented fields (the mock serves them) are drift the spec could
# absorb.
ARTIFACTS = {"junit.xml", "cassette.yaml", "drift-report.md", "findings.json", "spec.patch"}


@pytest.fixture(scope="module")
def clean_run(contract_runs: Mapping[str, Future[FinishedRun]]) -> FinishedRun:
    return contract_runs["clean"].result()


def test_a_clean_run_passes_every_check(clean_run: FinishedRun) -> None:
    assert clean_run.returncode == 0, clean_run.stdout[-4000:] + clean_run.stderr[-2000:]
    assert clean_run.failed_checks() == set()
    report = clean_run.report
    assert report.startswith("# Contract check: PASSED")
    for check in (
        "pagination_walk",
        "filters_honoured",
        "auth_required",
        "error_body_shape",
        "parses_with_client",
        "no_undocumented_event_types",
        "ignored_auth",
        "response_schema_conformance",
        "negative_data_rejection",
        "positive_data_acceptance",
    ):
        assert f"| `{check}` | ✅ pass |" in report, check
    assert "| Target | embedded mock at http://127.0.0.1:" in report
    assert f"contract check report: {clean_run.report_dir}" in clean_run.stdout


def test_the_report_folder_has_its_artifacts(clean_run: FinishedRun) -> None:
    assert {path.name for path in clean_run.report_dir.iterdir()} == ARTIFACTS
    cassette = yaml.safe_load((clean_run.report_dir / "cassette.yaml").read_text("utf-8"))
    interactions = cassette["http_interactions"]
    assert len(interactions) > 100
    sent = [
        i["request"]["headers"] for i in interactions if "X-App-Token" in i["request"]["headers"]
    ]
    assert sent and all(headers["X-App-Token"] == ["[redacted]"] for headers in sent)
    assert "<testsuite" in (clean_run.report_dir / "junit.xml").read_text("utf-8")
    findings = json.loads((clean_run.report_dir / "findings.json").read_text("utf-8"))
    assert findings["run"]["verdict"] == "passed"
    statuses = {(record["check"], record["status"]) for record in findings["findings"]}
    assert statuses == {("undocumented_field", "reported")}
    extras = evidence_extras()
    assert all(
        record["subject"]["path"].rsplit(".", 1)[-1] in extras for record in findings["findings"]
    )


def test_no_credential_is_stored_or_printed(clean_run: FinishedRun) -> None:
    everything = clean_run.artifacts_text() + clean_run.stdout + clean_run.stderr
    for secret in MOCK_SECRETS:
        assert secret not in everything


def test_a_live_run_keeps_its_token_out_of_every_artifact(
    contract_runs: Mapping[str, Future[FinishedRun]],
) -> None:
    run = contract_runs["live"].result()
    assert run.returncode == 1, run.stdout[-3000:] + run.stderr[-3000:]
    assert run.failed_checks() == set(FAULTS[LIVE_FAULT][1])
    assert "| Target | http://127.0.0.1:" in run.report
    assert "embedded mock" not in run.report
    assert '-H "Authorization: Bearer $VOUCHERIFY_BEARER_TOKEN"' in run.report
    everything = run.artifacts_text() + run.stdout + run.stderr
    for secret in MOCK_SECRETS:
        assert secret not in everything


# Five minutes at the live default of 5 requests/s.
LIVE_REQUEST_BUDGET = 5 * 60 * 5


def test_a_default_live_run_passes_within_five_minutes_of_requests(
    contract_runs: Mapping[str, Future[FinishedRun]],
) -> None:
    """Walks to the end of the mock's 2,400-activity customer and 360-activity program included."""
    run = contract_runs["live_defaults"].result()
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    assert run.failed_checks() == set()
    requests = int(run.fact("HTTP requests (all checks)").replace(",", ""))
    assert 500 < requests <= LIVE_REQUEST_BUDGET * 0.8, requests  # a fifth left for latency
    assert "| `pagination_walk` | ✅ pass |" in run.report
