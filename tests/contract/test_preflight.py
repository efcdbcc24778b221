"""A live run whose settings cannot work stops before the suite with exit 2 and the reason, and
writes no findings (which the nightly would file as drift, and compare the next night with)."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

import contract_tests.__main__ as check_cli
from contract_tests import preflight
from contract_tests.config import Credentials, LiveApi
from contract_tests.mock import create_app, serve_in_thread
from contract_tests.mock.dataset import APP_ID, APP_TOKEN, BIG_CUSTOMER_ID, BIG_PROGRAM_ID

WRONG_TOKEN = "wrong-token-3f9a/+="


@pytest.fixture(scope="module")
def mock_url() -> Iterator[str]:
    with serve_in_thread(create_app()) as base_url:
        yield base_url.rstrip("/")


def live(base_url: str, token: str = APP_TOKEN, customer_id: str = BIG_CUSTOMER_ID) -> LiveApi:
    headers = {"X-App-Id": APP_ID, "X-App-Token": token}
    return LiveApi(base_url, Credentials(headers, {token: "X"}), customer_id, BIG_PROGRAM_ID)


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_settings_that_work_pass(mock_url: str) -> None:
    assert preflight.problem(live(mock_url), timeout=10) is None


def test_refused_credentials_are_named(mock_url: str) -> None:
    problem = preflight.problem(live(mock_url, token=WRONG_TOKEN), timeout=10)
    assert problem is not None
    assert problem.startswith("the API refused the credentials (HTTP 401")
    assert WRONG_TOKEN not in problem


@pytest.mark.parametrize(
    ("suffix", "customer_id"), [("/v1", BIG_CUSTOMER_ID), ("", "cust_doesnotexist0000000")]
)
def test_a_path_the_api_does_not_know_is_named(
    mock_url: str, suffix: str, customer_id: str
) -> None:
    problem = preflight.problem(live(mock_url + suffix, customer_id=customer_id), timeout=10)
    assert problem is not None
    assert problem.startswith("HTTP 404 for GET ")
    assert "VOUCHERIFY_BASE_URL is the API's root" in problem


def test_no_answer_is_named_at_once() -> None:
    problem = preflight.problem(live(f"http://127.0.0.1:{closed_port()}"), timeout=10)
    assert problem is not None and problem.startswith("no answer from http://127.0.0.1:")


def test_the_run_stops_with_exit_2_and_writes_no_findings(
    mock_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    environment = {
        "VOUCHERIFY_BASE_URL": mock_url,
        "VOUCHERIFY_APP_ID": APP_ID,
        "VOUCHERIFY_APP_TOKEN": WRONG_TOKEN,
        "VOUCHERIFY_CUSTOMER_ID": BIG_CUSTOMER_ID,
        "VOUCHERIFY_PROGRAM_ID": BIG_PROGRAM_ID,
    }
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    report_dir = tmp_path / "report"

    code = check_cli.main(["--report-dir", str(report_dir), "-q"])

    captured = capsys.readouterr()
    assert code == 2
    assert "cannot start, the API refused the credentials" in captured.err
    assert WRONG_TOKEN not in captured.out + captured.err
    assert not (report_dir / "findings.json").exists()
