"""P4's rows and notes from the contract check's exit code and output (no suite is run)."""

from __future__ import annotations

import pytest

from benchmarks import p4_contract
from benchmarks.results import Section

SUMMARY = "  977 generated cases, 1,457 requests, 18.8 s, target embedded mock\n"


def section_for(monkeypatch: pytest.MonkeyPatch, code: int, output: str) -> Section:
    monkeypatch.setattr(p4_contract, "run_suite", lambda: (21.0, code, output, ""))
    return p4_contract.run()


def test_a_failed_check_is_named_in_the_notes(monkeypatch: pytest.MonkeyPatch) -> None:
    failed = SUMMARY + "  contract check FAILED: positive_data_acceptance\n"
    section = section_for(monkeypatch, 1, failed)
    verdict = {row.what: row.measured for row in section.rows}["contract check verdict"]
    assert verdict == "a contract check failed"
    assert any("FAILED: positive_data_acceptance" in note for note in section.notes)
    cases = {row.what: row for row in section.rows}["generated cases (Schemathesis)"]
    assert (cases.measured, cases.met) == ("977", False)


def test_a_passing_run_keeps_its_output_out_of_the_notes(monkeypatch: pytest.MonkeyPatch) -> None:
    section = section_for(monkeypatch, 0, SUMMARY.replace("977", "1,024"))
    assert not any("generated cases" in note for note in section.notes)
    assert {row.what: row.met for row in section.rows}["generated cases (Schemathesis)"] is True
