"""A contract run lives in its pytest config's stash: runs in one process never share state."""

from __future__ import annotations

from pathlib import Path

import pytest

from contract_tests.__main__ import main
from contract_tests.suite.runtime import run_of

from .contract_runs import FinishedRun


def test_without_the_contract_plugin_there_is_no_run(pytestconfig: pytest.Config) -> None:
    with pytest.raises(RuntimeError, match="python -m contract_tests"):
        run_of(pytestconfig)


def test_two_runs_in_one_process_each_send_and_record_their_own_cases(tmp_path: Path) -> None:
    # The test modules stay imported between the runs: nothing of a run may live in them.
    reports = [tmp_path / "first", tmp_path / "second"]
    for report_dir in reports:
        args = ["--report-dir", str(report_dir), "--max-examples", "2", "--seed", "1"]
        assert main([*args, "-q", "-k", "test_openapi and v1"]) == 0
    first, second = (FinishedRun(0, "", "", report_dir) for report_dir in reports)
    assert int(first.fact("Generated cases (Schemathesis)")) > 0
    for name in ("Generated cases (Schemathesis)", "HTTP requests (all checks)"):
        assert second.fact(name) == first.fact(name)
    assert first.fact("Target") != second.fact("Target")  # each run served its own mock
