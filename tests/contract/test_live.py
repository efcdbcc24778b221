"""Against the real API: skipped unless VOUCHERIFY_BASE_URL and credentials are set."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from .contract_runs import run_contract

LIVE_NAMES = ("VOUCHERIFY_BASE_URL", "VOUCHERIFY_CUSTOMER_ID", "VOUCHERIFY_PROGRAM_ID")
HAS_CREDENTIALS = bool(
    (os.environ.get("VOUCHERIFY_APP_ID") and os.environ.get("VOUCHERIFY_APP_TOKEN"))
    or os.environ.get("VOUCHERIFY_BEARER_TOKEN")
)

pytestmark = [
    pytest.mark.live,
    pytest.mark.skipif(
        not (all(os.environ.get(name) for name in LIVE_NAMES) and HAS_CREDENTIALS),
        reason="set VOUCHERIFY_BASE_URL, credentials and the customer/program ids to run",
    ),
]


def test_the_live_api_honours_the_contract(tmp_path: Path) -> None:
    live = {name: value for name, value in os.environ.items() if name.startswith("VOUCHERIFY_")}
    # Every feed is walked to its end (the default cap), as the nightly run does.
    run = run_contract(tmp_path / "report", "--max-examples", "10", env=live, timeout=1800)
    assert (tmp_path / "report" / "drift-report.md").exists()
    secrets = [
        live.get(name, "")
        for name in ("VOUCHERIFY_APP_ID", "VOUCHERIFY_APP_TOKEN", "VOUCHERIFY_BEARER_TOKEN")
    ]
    everything = run.artifacts_text() + run.stdout + run.stderr
    assert not [secret for secret in secrets if secret and secret in everything]
    assert run.returncode == 0, run.report
