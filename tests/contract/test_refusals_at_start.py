"""What stops the check and the mock before they start: a spec broken by an edit (saying where),
a report folder that cannot be made."""

from __future__ import annotations

from pathlib import Path

import pytest

import contract_tests.__main__ as check_cli
import contract_tests.mock.__main__ as mock_cli
from contract_tests.spec import SPEC_PATH, startup_problem

CUSTOMER_REF = "$ref: '#/components/schemas/Customer'"


def written(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "spec.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_project_spec_can_drive_a_run() -> None:
    assert startup_problem() is None


def test_a_yaml_error_names_the_file_line_and_column(tmp_path: Path) -> None:
    lines = SPEC_PATH.read_text(encoding="utf-8").splitlines()
    lines[19] += " : : ["  # line 20
    path = written(tmp_path, "\n".join(lines))

    problem = startup_problem(path)

    assert problem is not None
    assert problem.startswith(f"{path} is not valid YAML:")
    assert f'in "{path}", line 20' in problem


def test_a_broken_ref_is_named_with_where_it_is(tmp_path: Path) -> None:
    text = SPEC_PATH.read_text(encoding="utf-8")
    assert CUSTOMER_REF in text
    path = written(tmp_path, text.replace(CUSTOMER_REF, "$ref: '#/components/schemas/Nobody'", 1))

    problem = startup_problem(path)

    assert problem is not None
    assert problem.startswith("broken $ref '#/components/schemas/Nobody' at /components/schemas/")


def test_a_mapping_out_of_step_with_the_oneof_names_the_members(tmp_path: Path) -> None:
    text = SPEC_PATH.read_text(encoding="utf-8")
    member = "        - $ref: '#/components/schemas/CustomerSmsSentActivity'\n"
    assert text.count(member) == 1
    path = written(tmp_path, text.replace(member, ""))

    problem = startup_problem(path)

    assert problem is not None
    assert "listCustomerActivity: the union's mapping must name every member" in problem
    assert "unmapped: #/components/schemas/UnknownCustomerActivity" in problem
    assert "mapped but not in the oneOf: #/components/schemas/CustomerSmsSentActivity" in problem


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("- a list\n", "is not an OpenAPI document"),
        ("openapi: 3.1.0\ninfo: {title: t, version: '1'}\n", "lacks what the activity feeds need"),
    ],
)
def test_a_document_without_the_feeds_is_refused(tmp_path: Path, text: str, expected: str) -> None:
    problem = startup_problem(written(tmp_path, text))

    assert problem is not None and expected in problem


def test_a_missing_spec_is_named(tmp_path: Path) -> None:
    assert (
        startup_problem(tmp_path / "nowhere.yaml")
        == f"spec not found at {tmp_path / 'nowhere.yaml'}"
    )


def test_the_check_stops_with_exit_2_before_running(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.delenv("VOUCHERIFY_BASE_URL", raising=False)
    monkeypatch.setattr(check_cli, "startup_problem", lambda: "broken $ref '#/x' at /paths")

    assert check_cli.main(["-q", "--report-dir", str(tmp_path / "report")]) == 2

    err = capsys.readouterr().err
    assert "contract check: cannot start, the spec is broken: broken $ref '#/x' at /paths" in err
    assert not (tmp_path / "report").exists()  # nothing ran, nothing written


def test_the_mock_refuses_to_serve(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(mock_cli, "startup_problem", lambda: "spec not found at /x.yaml")

    assert mock_cli.main(["--port", "0"]) == 2

    assert "cannot serve the mock, the spec is broken: spec not found at /x.yaml" in (
        capsys.readouterr().err
    )


def test_a_report_folder_that_cannot_be_made_stops_the_check(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.delenv("VOUCHERIFY_BASE_URL", raising=False)
    taken = tmp_path / "report"
    taken.write_text("a file, not a folder", encoding="utf-8")

    assert check_cli.main(["-q", "--report-dir", str(taken)]) == 2

    assert f"contract check: cannot start, no report folder {taken}: File exists" in (
        capsys.readouterr().err
    )
