"""The pytest plugin around a contract run: target, failed checks by name, the report."""

from __future__ import annotations

from collections.abc import Generator
from contextlib import ExitStack

import pytest
from _pytest.terminal import TerminalReporter

from contract_tests.config import RunConfig
from contract_tests.drift import folder
from contract_tests.drift.folder import Outcome
from contract_tests.report.markdown import INCOMPLETE, NO_VERDICT, RunFacts, render
from contract_tests.spec import SPEC_PATH
from contract_tests.suite.runtime import (
    CASSETTE_NAME,
    CONTRACT_RUN,
    JUNIT_NAME,
    REPORT_NAME,
    ContractRun,
)
from contract_tests.target import TargetError, open_target

PLUGIN_NAME = "contract-run"
_INCOMPLETE: dict[int, str] = {
    pytest.ExitCode.INTERRUPTED: "INTERRUPTED",
    pytest.ExitCode.NO_TESTS_COLLECTED: "NOTHING RAN",
}


class ContractPlugin:
    def __init__(self, config: RunConfig, command: str, *, started: float | None = None) -> None:
        self.config = config
        self.command = command
        self.started = started
        self.run: ContractRun | None = None
        self._stack = ExitStack()
        self._failures_before: dict[str, int] = {}
        self.passed = self.failed = self.skipped = 0
        self.outcome: Outcome | None = None
        self.incomplete: str | None = None  # why the run has no verdict (report.INCOMPLETE)

    # ---- lifecycle ----

    @pytest.hookimpl(tryfirst=True)
    def pytest_configure(self, config: pytest.Config) -> None:
        try:
            target = self._stack.enter_context(open_target(self.config))
        except TargetError as exc:
            pytest.exit(str(exc), returncode=2)
        self.run = ContractRun.start(self.config, target, self.command, started=self.started)
        config.stash[CONTRACT_RUN] = self.run

    def pytest_unconfigure(self, config: pytest.Config) -> None:
        if self.run is not None:
            self.run.close()
        self._stack.close()

    # ---- per test: which checks failed during it ----

    def pytest_runtest_setup(self, item: pytest.Item) -> None:
        if self.run is not None:
            self._failures_before = {
                name: tally.failed for name, tally in self.run.ledger.tallies.items()
            }

    @pytest.hookimpl(wrapper=True)
    def pytest_runtest_makereport(
        self, item: pytest.Item, call: pytest.CallInfo[None]
    ) -> Generator[None, pytest.TestReport, pytest.TestReport]:
        report = yield
        label = getattr(item, "operation_label", None)
        if label and not report.nodeid.endswith("]"):
            # Schemathesis items share one node id per test function; name the operation, so
            # JUnit and the terminal tell the two operations apart.
            report.nodeid = f"{report.nodeid}[{label}]"
        if self.run is not None and call.when != "call" and report.failed:
            # A fixture error is no finding either, and known drift never excuses it.
            self._record_error(f"{item.nodeid} ({call.when})", report)
        if self.run is None or call.when != "call":
            return report
        failed_checks = [
            name
            for name, tally in self.run.ledger.tallies.items()
            if tally.failed > self._failures_before.get(name, 0)
        ]
        if failed_checks:
            # JUnit takes a test's properties from the item (they reach its teardown report).
            item.user_properties.append(("failed_checks", ",".join(failed_checks)))
            if report.passed:
                # A response check failed on a request this test made (e.g. a page of a walk): the
                # test that saw it fails too, so JUnit and the exit status agree with the report.
                report.outcome = "failed"
                report.longrepr = (
                    f"checks failed during this test: {', '.join(failed_checks)} "
                    f"(details in {REPORT_NAME})"
                )
        elif report.failed:
            # A test failing without any check finding (a crash, a network error...) must not
            # pass unnoticed in the report either.
            self._record_error(item.nodeid, report)
        return report

    def _record_error(self, key: str, report: pytest.TestReport) -> None:
        """The end of the report's traceback, redacted, as the ledger's error for `key`."""
        assert self.run is not None
        self.run.ledger.test_errors[key] = self.run.redactor.text(str(report.longrepr))[-3000:]

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        if report.when == "call" or (report.when == "setup" and not report.passed):
            if report.passed:
                self.passed += 1
            elif report.skipped:
                self.skipped += 1
            else:
                self.failed += 1

    def pytest_runtest_logfinish(self) -> None:
        if self.run is not None:
            self.run.cassette.flush()

    # ---- the report ----

    @pytest.hookimpl(trylast=True)
    def pytest_sessionfinish(self, session: pytest.Session, exitstatus: int) -> None:
        run = self.run
        if run is None:
            return
        run.cassette.close()
        facts = RunFacts(
            target=self._target_description(run),
            spec=f"{SPEC_PATH.parent.name}/{SPEC_PATH.name} "
            f"(version {run.spec.document['info']['version']})",
            started_at=run.started_at.strftime("%Y-%m-%dT%H:%M:%SZ"),
            wall_time_s=run.elapsed,
            seed=run.seed,
            tests_passed=self.passed,
            tests_failed=self.failed,
            tests_skipped=self.skipped,
            reproduce=self._reproduce(run),
            mock_hint=self._mock_hint(run),
        )
        outcome = folder.assess(
            run.ledger,
            run.spec,
            self.config.known_drift,
            self.config.previous,
            run.started_at.date(),
        )
        self.outcome = outcome
        # Ctrl-C or SIGTERM (a CI timeout or cancel, see __main__), or a -k that selects
        # nothing: what was seen is reported, but no findings are written: the nightly would
        # file the checks that did not run as resolved drift, and the next night compare with them.
        self.incomplete = _INCOMPLETE.get(exitstatus)
        if self.incomplete is not None:
            folder.clear(self.config.report_dir)
        else:
            folder.write(self.config.report_dir, outcome, self._run_facts(run, facts, outcome))
        report_path = self.config.report_dir / REPORT_NAME
        report = render(run.ledger, facts, outcome, incomplete=self.incomplete)
        report_path.write_text(run.redactor.text(report), encoding="utf-8")
        for name in (JUNIT_NAME, CASSETTE_NAME, folder.FINDINGS_NAME, folder.PATCH_NAME):
            artifact = self.config.report_dir / name
            if artifact.exists():
                run.redactor.file(artifact)
        # The verdict is the triaged one: known drift does not fail the run, an expired entry
        # does (JUnit keeps what each test saw).
        if session.exitstatus in (pytest.ExitCode.OK, pytest.ExitCode.TESTS_FAILED):
            session.exitstatus = pytest.ExitCode.OK if outcome.ok else pytest.ExitCode.TESTS_FAILED

    def pytest_terminal_summary(self, terminalreporter: TerminalReporter) -> None:
        run = self.run
        if run is None:
            return
        ledger = run.ledger
        terminalreporter.write_sep("=", "contract check")
        for name in ledger.tallies:
            tally = ledger.tallies[name]
            terminalreporter.write_line(
                f"  {tally.status:<8} {name} ({tally.passed} passed, {tally.failed} failed)",
                red=bool(tally.failed),
                green=not tally.failed,
            )
        terminalreporter.write_line(
            f"  {ledger.generated_cases:,} generated cases, {ledger.requests:,} requests, "
            f"{run.elapsed:.1f} s, target {self._target_description(run)}"
        )
        outcome = self.outcome
        ok = outcome.ok if outcome is not None else ledger.ok
        verdict = "PASSED" if ok else "FAILED: " + ", ".join(ledger.failed_checks)
        if outcome is not None:
            triage = outcome.triage
            failing = sorted({record.check for record in triage.failing})
            verdict = "PASSED" if ok else "FAILED: " + (", ".join(failing) or "see the report")
            if triage.known:
                verdict += f" ({len(triage.known)} known findings accepted)"
            for use in triage.expired:
                terminalreporter.write_line(
                    f"  known drift: {use.entry.describe()} expired on {use.entry.expires}",
                    red=True,
                )
        if self.incomplete is not None:
            verdict, ok = f"{self.incomplete}: {INCOMPLETE[self.incomplete]}; {NO_VERDICT}", False
        terminalreporter.write_line(f"  contract check {verdict}", bold=True, red=not ok)
        terminalreporter.write_line(f"  report: {self.config.report_dir}/{REPORT_NAME}")

    def _run_facts(self, run: ContractRun, facts: RunFacts, outcome: Outcome) -> dict[str, object]:
        known = self.config.known_drift.path
        return {
            "started_at": facts.started_at,
            "target": "mock" if run.target.is_mock else "live",
            "seed": str(run.seed),
            "verdict": "passed" if outcome.ok else "failed",
            "known_drift": str(known) if known is not None else None,
        }

    def _target_description(self, run: ContractRun) -> str:
        if run.target.is_mock:
            return f"{self.config.target_label} at {run.target.base_url}"
        return run.target.base_url

    def _reproduce(self, run: ContractRun) -> str:
        command = run.redactor.text(self.command)
        return command if "--seed" in command else f"{command} --seed {run.seed}"

    def _mock_hint(self, run: ContractRun) -> str | None:
        if not run.target.is_mock:
            return None
        faults = "".join(f" --fault {name}" for name in sorted(self.config.mock_faults))
        return (
            f"its port changes per run: `python -m contract_tests.mock --port 8765{faults}`, "
            f"then use http://127.0.0.1:8765 instead of {run.target.base_url}"
        )
