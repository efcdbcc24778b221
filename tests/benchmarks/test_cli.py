"""`python -m benchmarks --output`: a place it cannot write to is refused before anything runs,
and a write that fails at the end prints the report instead of losing it."""

from __future__ import annotations

import errno
from pathlib import Path
from typing import Any

import pytest

from benchmarks import cli, report
from benchmarks.results import Row, Section


def never_run(self: Any, benchmark_id: str) -> None:
    raise AssertionError(f"{benchmark_id} ran although --output was unusable")


@pytest.mark.parametrize(
    ("output", "message"),
    [("folder", "is a folder"), ("file/report.md", "its folder cannot be made (File exists)")],
)
def test_an_unusable_output_is_refused_before_measuring(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    output: str,
    message: str,
) -> None:
    (tmp_path / "folder").mkdir()
    (tmp_path / "file").write_text("", encoding="utf-8")
    monkeypatch.setattr(cli.Runner, "run", never_run)

    with pytest.raises(SystemExit) as exited:
        cli.main(["--only", "P3", "--output", str(tmp_path / output)])

    assert exited.value.code == 2
    assert f"--output {tmp_path / output}: {message}" in capsys.readouterr().err


def test_a_failed_write_prints_the_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def measured(self: cli.Runner, benchmark_id: str) -> None:
        self.sections.append(Section(benchmark_id, "t", [Row(benchmark_id, "w", "1.00 s")]))

    def read_only(path: Path, *args: Any, **kwargs: Any) -> int:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(cli.Runner, "run", measured)
    monkeypatch.setattr(report, "render", lambda *args, **kwargs: "THE REPORT")
    monkeypatch.setattr(Path, "write_text", read_only)
    output = tmp_path / "report.md"

    assert cli.main(["--only", "P3", "--output", str(output)]) == 2

    out = capsys.readouterr().out
    assert f"cannot write {output} (Read-only file system); the report:" in out
    assert out.rstrip().endswith("THE REPORT")
