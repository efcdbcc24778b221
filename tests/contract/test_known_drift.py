"""contract_tests/known-drift.toml: entries, matching, and a malformed file stopping the run."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from contract_tests.drift import known
from contract_tests.drift.known import KnownDriftError
from contract_tests.drift.subject import Subject

from .contract_runs import run

ROOT = Path(__file__).resolve().parents[2]
GOOD = """\
# accepted for now
[[accept]]
check = "response_schema_conformance"
operation = "v1"
path = "data[].group_id"
reason = "numbers since November"
owner = "on-call"
expires = 2027-01-31

[[accept]]
check = "*"
operation = "*"
event_type = "customer.loyalty.*"
reason = "new loyalty events"
owner = "loyalty team"
expires = 2026-11-30
"""


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "known-drift.toml"
    path.write_text(text, encoding="utf-8")
    return path


def _problems(tmp_path: Path, text: str) -> list[str]:
    with pytest.raises(KnownDriftError) as caught:
        known.load(_write(tmp_path, text))
    return caught.value.problems


def test_entries_keep_their_line_and_fields(tmp_path: Path) -> None:
    drift = known.load(_write(tmp_path, GOOD))
    first, second = drift.entries
    assert (first.line, first.check, first.operation, first.path) == (
        2,
        "response_schema_conformance",
        "v1",
        "data[].group_id",
    )
    assert (second.line, second.event_type, second.expires) == (
        10,
        "customer.loyalty.*",
        date(2026, 11, 30),
    )
    assert not first.expired(date(2027, 1, 31))  # holds through its day
    assert first.expired(date(2027, 2, 1))


def test_matching_by_check_operation_and_path_or_event_type(tmp_path: Path) -> None:
    drift = known.load(_write(tmp_path, GOOD))
    label = "GET /v1/customers/{customerId}/activity"
    group_id = Subject(path="data[].group_id", problem="type")
    assert drift.matching("response_schema_conformance", "v1", label, group_id) == [
        drift.entries[0]
    ]
    assert drift.matching("parses_with_client", "v1", label, group_id) == []
    assert drift.matching("response_schema_conformance", "v2", "GET /v2/…", group_id) == []
    teleported = Subject(event_type="customer.loyalty.points.teleported")
    # `*` stops at a dot: customer.loyalty.* is one more segment only.
    assert drift.matching("no_undocumented_event_types", "v1", label, teleported) == []
    moved = Subject(event_type="customer.loyalty.moved")
    assert drift.matching("no_undocumented_event_types", "v1", label, moved) == [drift.entries[1]]


@pytest.mark.parametrize(
    ("pattern", "path", "matches"),
    [
        ("**.x_*", "data[].data.data.customer.x_trace_id", True),
        ("**.x_*", "data[].x_region", True),
        ("**.x_*", "data[].x_region.deeper", False),
        ("data[].*.risk", "data[].data.risk", True),
        ("data[].*.risk", "data[].data.data.risk", False),
        ("data[].group_id", "data[]Xgroup_id", False),
    ],
)
def test_path_globs(tmp_path: Path, pattern: str, path: str, matches: bool) -> None:
    text = GOOD.replace('path = "data[].group_id"', f'path = "{pattern}"')
    entry = known.load(_write(tmp_path, text)).entries[0]
    assert entry.matches("response_schema_conformance", "v1", "x", Subject(path=path)) is matches


def test_an_entry_without_path_or_event_type_matches_any_subject(tmp_path: Path) -> None:
    text = GOOD.replace('path = "data[].group_id"\n', "")
    entry = known.load(_write(tmp_path, text)).entries[0]
    assert entry.matches("response_schema_conformance", "v1", "x", Subject(title="anything"))


def test_toml_syntax_errors_name_the_line(tmp_path: Path) -> None:
    text = GOOD.replace('owner = "on-call"', "owner = on-call")
    (problem,) = _problems(tmp_path, text)
    assert problem.startswith(f"{tmp_path / 'known-drift.toml'}:7: not valid TOML")


@pytest.mark.parametrize(
    ("old", "new", "line", "message"),
    [
        ("expires = 2027-01-31", 'expires = "2027-01-31"', 8, "'expires' must be a TOML date"),
        ("expires = 2027-01-31", "expires = 2027-01-31T10:00:00", 8, "'expires' must be"),
        ('owner = "on-call"\n', "", 2, "'owner' is missing"),
        ('check = "response_schema_conformance"', 'check = "schema"', 3, "unknown check"),
        ('operation = "v1"', 'operation = "v3"', 4, "unknown operation 'v3'"),
        ('reason = "numbers since November"', 'reason = ""', 6, "'reason' must be a non-empty"),
        ('owner = "on-call"', 'owner = "on-call"\nticket = 1', 8, "unknown key 'ticket'"),
        (
            'path = "data[].group_id"',
            'path = "data[].group_id"\nevent_type = "x"',
            6,
            "not both",
        ),
    ],
)
def test_semantic_errors_name_the_entry_and_line(
    tmp_path: Path, old: str, new: str, line: int, message: str
) -> None:
    problems = _problems(tmp_path, GOOD.replace(old, new, 1))
    assert any(
        problem.startswith(f"{tmp_path / 'known-drift.toml'}:{line}: entry 1: ")
        and message in problem
        for problem in problems
    ), problems


def test_every_problem_is_listed_at_once(tmp_path: Path) -> None:
    text = GOOD.replace('check = "response_schema_conformance"', 'check = "nope"').replace(
        'operation = "*"', 'operation = "v9"'
    )
    problems = _problems(tmp_path, text)
    assert [problem.split(": ")[1] for problem in problems] == ["entry 1", "entry 2"]


def test_the_default_file_may_be_absent_but_a_given_one_may_not(tmp_path: Path) -> None:
    assert known.load().path == known.DEFAULT_PATH  # the checked-in template
    assert known.load().entries == ()
    with pytest.raises(KnownDriftError, match="no such known-drift file"):
        known.load(tmp_path / "missing.toml")


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return run([sys.executable, "-m", "contract_tests", *args], timeout=120)


def test_a_malformed_file_stops_the_run_with_exit_2_and_the_line(tmp_path: Path) -> None:
    path = _write(tmp_path, GOOD.replace("expires = 2026-11-30", "expires = 2026-13-01"))
    result = _run("--known-drift", str(path), "--report-dir", str(tmp_path / "report"))
    assert result.returncode == 2, result.stdout + result.stderr
    assert f"{path}:16: not valid TOML" in result.stderr
    assert not (tmp_path / "report").exists()  # stopped before anything ran


def test_a_previous_folder_without_findings_stops_the_run(tmp_path: Path) -> None:
    result = _run("--previous", str(tmp_path), "--report-dir", str(tmp_path / "report"))
    assert result.returncode == 2, result.stdout + result.stderr
    assert f"--previous {tmp_path}: no findings.json there" in result.stderr
