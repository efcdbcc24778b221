"""A run stopped before its end (Ctrl-C, or SIGTERM from a CI timeout or cancel) says so: its
report has no verdict, and no findings are left for the nightly to file or compare with."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from contract_tests.drift.folder import FINDINGS_NAME, PATCH_NAME
from contract_tests.suite.runtime import CASSETTE_NAME, REPORT_NAME


def test_a_run_stopped_by_sigterm_reports_that_it_was_interrupted(tmp_path: Path) -> None:
    report_dir = tmp_path / "report"
    report_dir.mkdir()
    for stale in (FINDINGS_NAME, PATCH_NAME):  # a reused folder: an earlier run's verdict
        (report_dir / stale).write_text("{}", encoding="utf-8")
    command = [sys.executable, "-m", "contract_tests", "--report-dir", str(report_dir), "-q"]
    run = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while not requests_went_out(report_dir / CASSETTE_NAME):
            assert run.poll() is None and time.monotonic() < deadline, "the run did not start"
            time.sleep(0.1)
        run.send_signal(signal.SIGTERM)
        out, _ = run.communicate(timeout=60)
    finally:
        run.kill()

    assert run.returncode == 2
    report = (report_dir / REPORT_NAME).read_text(encoding="utf-8")
    assert report.startswith("# Contract check: INTERRUPTED (stopped before the end: no verdict")
    assert "PASSED" not in report.splitlines()[0]
    assert not (report_dir / FINDINGS_NAME).exists()
    assert not (report_dir / PATCH_NAME).exists()
    assert "contract check INTERRUPTED: stopped before the end" in out


SWALLOWING_TESTS = """
import os, signal, time

def test_where_a_library_swallows_the_interrupt():
    try:
        os.kill(os.getpid(), signal.SIG{name})
        time.sleep(1)
    except KeyboardInterrupt:
        pass  # as Hypothesis' gc callback or Schemathesis' subtests do

def test_after_it():
    open("ran-after", "w").close()
"""
RUN_WITH_THE_PLUGIN = """
import sys, pytest
from contract_tests.stop_signals import StopOnSignal
stop = StopOnSignal()
with stop.installed():
    code = pytest.main(["-q", "-p", "no:cacheprovider", "test_swallow.py"], plugins=[stop])
sys.exit(int(code))
"""


@pytest.mark.parametrize("name", ["TERM", "INT"])
def test_a_signal_whose_interrupt_is_swallowed_still_stops_the_run(
    tmp_path: Path, name: str
) -> None:
    (tmp_path / "test_swallow.py").write_text(SWALLOWING_TESTS.format(name=name))
    done = subprocess.run(
        [sys.executable, "-c", RUN_WITH_THE_PLUGIN],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )

    assert done.returncode == pytest.ExitCode.INTERRUPTED, done.stdout + done.stderr
    assert f"stopped by SIG{name}" in done.stdout
    assert not (tmp_path / "ran-after").exists()


def requests_went_out(cassette: Path) -> bool:
    return cassette.exists() and cassette.stat().st_size > 2000


def test_a_selection_that_matches_nothing_is_no_pass(tmp_path: Path) -> None:
    report_dir = tmp_path / "report"
    command = [sys.executable, "-m", "contract_tests", "--report-dir", str(report_dir), "-q"]
    done = subprocess.run(
        [*command, "-k", "pagniation"], capture_output=True, text=True, timeout=120, check=False
    )

    assert done.returncode == 5  # pytest's "no tests collected"
    report = (report_dir / REPORT_NAME).read_text(encoding="utf-8")
    assert report.startswith("# Contract check: NOTHING RAN (no test matched the selection")
    assert not (report_dir / FINDINGS_NAME).exists()
    assert "contract check NOTHING RAN" in done.stdout
