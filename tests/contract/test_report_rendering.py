"""Reproducing commands and the drift report keep secrets out and stay readable."""

from __future__ import annotations

import re
from pathlib import Path

from contract_tests.redaction import Redactor
from contract_tests.report.curl import curl_command
from contract_tests.report.ledger import Finding, Ledger
from contract_tests.report.markdown import RunFacts, render
from contract_tests.report.promises import PROMISES

REDACTOR = Redactor({"s3cret-token": "VOUCHERIFY_APP_TOKEN", "app-1": "VOUCHERIFY_APP_ID"})


def test_curl_names_secrets_by_their_variables() -> None:
    command = curl_command(
        "GET",
        "https://api.voucherify.io/v2/loyalties/programs/lprg_1/activities"
        "?filters%5Btype%5D%5Bconditions%5D%5B%24in%5D%5B0%5D=vl.a",
        {
            "X-App-Id": "app-1",
            "X-App-Token": "s3cret-token",
            "User-Agent": "schemathesis/4.32.5",
            "X-Schemathesis-TestCaseId": "abc",
            "Accept": "*/*",
        },
        REDACTOR,
    )
    assert command == (
        'curl -sS -H "X-App-Id: $VOUCHERIFY_APP_ID" -H "X-App-Token: $VOUCHERIFY_APP_TOKEN" '
        '"https://api.voucherify.io/v2/loyalties/programs/lprg_1/activities'
        '?filters%5Btype%5D%5Bconditions%5D%5B%24in%5D%5B0%5D=vl.a"'
    )


def test_curl_escapes_what_the_shell_would_expand() -> None:
    command = curl_command("GET", "http://h/x?q=$in`id`", {"X-Note": 'say "hi" $HOME'}, REDACTOR)
    assert command == 'curl -sS -H "X-Note: say \\"hi\\" \\$HOME" "http://h/x?q=\\$in\\`id\\`"'


def test_redactor_rewrites_files(tmp_path: Path) -> None:
    artifact = tmp_path / "cassette.yaml"
    artifact.write_text("token: s3cret-token\n", encoding="utf-8")
    REDACTOR.file(artifact)
    assert artifact.read_text(encoding="utf-8") == "token: $VOUCHERIFY_APP_TOKEN\n"


def _facts() -> RunFacts:
    return RunFacts(
        target="https://api.voucherify.io",
        spec="openapi/voucherify-activity.yaml (version 1.0.0)",
        started_at="2026-11-23T03:17:00Z",
        wall_time_s=41.25,
        seed=7,
        tests_passed=40,
        tests_failed=1,
        tests_skipped=0,
        reproduce="python -m contract_tests --seed 7",
    )


def test_report_lists_checks_failures_and_drift() -> None:
    ledger = Ledger()
    ledger.generated_cases = 1234
    ledger.passed("response_schema_conformance")
    for _ in range(2):
        ledger.failed(
            Finding(
                check="pagination_walk",
                operation="GET /v1/customers/{customerId}/activity",
                title="duplicate items across pages",
                seen="limit=7: evcus_1 listed twice | oops",
                curl='curl -sS "https://api.voucherify.io/v1/customers/c/activity?limit=7"',
            )
        )
    ledger.failed(
        Finding(
            check="pagination_walk",
            operation="GET /v1/customers/{customerId}/activity",
            title="duplicate items across pages",
            seen="limit=1: evcus_9 listed twice",
        )
    )
    ledger.saw_field("v1", "data[].risk_score", "evcus_1")
    ledger.saw_field("v1", "data[].risk_score", "evcus_2")
    ledger.saw_type("v2", "vl.program.teleported", "laprg_1")
    report = render(ledger, _facts())

    assert report.startswith("# Contract check: FAILED (1 of ")
    assert "| Generated cases (Schemathesis) | 1,234 |" in report
    assert "| Wall time | 41.2 s |" in report or "| Wall time | 41.3 s |" in report
    assert "| `pagination_walk` | ❌ fail | 0 | 3 |" in report
    assert "| `response_schema_conformance` | ✅ pass | 1 | 0 |" in report
    assert "| `filters_honoured` | ⚪ not run | 0 | 0 |" in report
    assert "### `pagination_walk`: duplicate items across pages (3 times)" in report
    assert "Other occurrences:\n\n- limit=1: evcus_9 listed twice\n" in report
    assert "- **Expected:** every feed walked to its end; walks at limits 1, 7 and 100" in report
    assert "- **Rests on:** seed 000: limit, order, has_more" in report
    assert "limit=7: evcus_1 listed twice | oops" in report
    assert "| v1 | `data[].risk_score` | 2 |" in report
    assert "| v2 | `vl.program.teleported` | 1 | `laprg_1` |" in report


def test_a_clean_ledger_passes() -> None:
    ledger = Ledger()
    ledger.passed("pagination_walk")
    report = render(ledger, _facts())
    assert report.startswith("# Contract check: PASSED\n")
    assert "None seen." in report


def test_every_check_row_says_what_it_rests_on() -> None:
    ledger = Ledger()
    for name in PROMISES:
        ledger.passed(name)
    table = render(ledger, _facts()).split("## Checks", 1)[1].split("\n\n", 3)[1]
    rows = [line for line in table.splitlines() if line.startswith("| `")]
    assert len(rows) == len(PROMISES)
    for row, (name, promise) in zip(rows, PROMISES.items(), strict=True):
        assert row.startswith(f"| `{name}` |")
        assert row.endswith(f"| {promise.rests_on} |")
        assert re.search(r"seeds? 00\d|realism policy R\d", promise.rests_on), name


def test_negative_cases_left_out_are_listed_with_their_reason() -> None:
    ledger = Ledger()
    for _ in range(3):
        ledger.excluded_negative("v2", "cursor: pattern")
    ledger.excluded_negative("v1", "?: additionalProperties")
    report = render(ledger, _facts())
    assert "| Negative cases not sent (undocumented constraints) | 4 |" in report
    section = report.split("## Negative cases not sent", 1)[1].split("##", 1)[0]
    assert "| v2 | cursor: pattern | 3 |\n| v1 | ?: additionalProperties | 1 |" in section
