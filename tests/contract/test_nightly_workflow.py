"""The nightly workflow passes the previous report, uploads report and patch, updates one issue."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from contract_tests.drift import issue

ROOT = Path(__file__).resolve().parents[2]
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
NIGHTLY = ROOT / ".github" / "workflows" / "nightly.yml"


@pytest.fixture(scope="module")
def steps() -> dict[str, dict[str, Any]]:
    workflow = yaml.safe_load(NIGHTLY.read_text(encoding="utf-8"))
    jobs = workflow["jobs"]["contract"]["steps"]
    return {step.get("id") or step.get("name") or step["uses"]: step for step in jobs}


def test_every_workflow_matches_the_github_actions_schema() -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "check_jsonschema",
            "--builtin-schema",
            "vendor.github-workflows",
            *map(str, WORKFLOWS),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "ok -- validation done" in result.stdout


def test_the_check_gets_the_previous_report_folder(steps: dict[str, dict[str, Any]]) -> None:
    fetch = steps["previous"]["run"]
    assert "gh run download" in fetch and "--name contract-report" in fetch
    assert 'echo "args=--previous previous-report" >> "$GITHUB_OUTPUT"' in fetch
    assert "previous-report/findings.json" in fetch
    assert steps["contract"]["run"] == (
        "python -m nox -s contract -- ${{ steps.previous.outputs.args }}"
    )
    workflow = yaml.safe_load(NIGHTLY.read_text(encoding="utf-8"))
    assert workflow["permissions"]["actions"] == "read"


def test_report_and_patch_are_uploaded_under_the_names_the_next_night_reads(
    steps: dict[str, dict[str, Any]],
) -> None:
    report, patch = steps["report"], steps["patch"]
    assert report["with"]["name"] == "contract-report"  # what the fetch step downloads
    assert report["with"]["path"] == "reports/nightly/"
    assert report["if"] == "always()"
    assert patch["with"] == {
        "name": "spec-patch",
        "path": "reports/nightly/spec.patch",
        "retention-days": 30,
    }
    assert "hashFiles('reports/nightly/spec.patch')" in patch["if"]


def test_one_issue_starts_with_the_new_findings_and_links_the_patch(
    steps: dict[str, dict[str, Any]],
) -> None:
    step = steps["Open or update the drift issue"]
    assert step["env"]["PATCH_URL"] == "${{ steps.patch.outputs.artifact-url }}"
    script = step["run"]
    assert "python -m contract_tests.drift.issue reports/nightly" in script
    assert '--patch-url "$PATCH_URL"' in script
    assert 'gh issue edit "$number" --body-file "$body_file"' in script
    assert 'gh issue create --title "$title" --body-file "$body_file"' in script


def test_the_issue_body_needs_only_the_standard_library(tmp_path: Path) -> None:
    """The workflow runs it with the runner's Python: no site-packages here (`-S`)."""
    (tmp_path / "findings.json").write_text(
        json.dumps(
            {
                "format": "voucherify-activity-contract-findings/1",
                "previous": None,
                "known_drift": [],
                "findings": [
                    {
                        "key": "pagination_walk|v1|title:page overlaps the previous one",
                        "check": "pagination_walk",
                        "feed": "v1",
                        "subject": {"title": "page overlaps the previous one"},
                        "status": "failing",
                        "since_last_run": "new",
                        "occurrences": 2,
                        "spec_patch": "none: not a response body shape",
                    }
                ],
            }
        ),
        encoding="utf-8",
    )
    (tmp_path / "drift-report.md").write_text("# Contract check: FAILED\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-S", "-m", "contract_tests.drift.issue", str(tmp_path), "--run-url", "R"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("## New since the last run: 1\n")
    assert "- ❌ failing · `pagination_walk` · v1 · page overlaps the previous one (2 times)" in (
        result.stdout
    )
    assert "No spec patch" in result.stdout
    assert "Run and report folder: R" in result.stdout


@pytest.mark.parametrize(
    ("content", "error"),
    [
        ('{"findings": [{"key": "a"', "JSONDecodeError"),  # a run killed while writing it
        ("[]", "not a findings document"),
        ('{"findings": [{"since_last_run": "new"}]}', "KeyError"),  # a record without `check`
    ],
)
def test_the_issue_body_refuses_a_broken_findings_file_clearly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, error: str
) -> None:
    (tmp_path / "findings.json").write_text(content, encoding="utf-8")

    assert issue.main([str(tmp_path)]) == 2

    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith(f"{tmp_path}: findings.json cannot be read (")
    assert error in captured.err


def test_only_the_check_step_gets_the_secrets(steps: dict[str, dict[str, Any]]) -> None:
    workflow = yaml.safe_load(NIGHTLY.read_text(encoding="utf-8"))
    job_env = workflow["jobs"]["contract"].get("env", {})
    assert not any("secrets." in str(value) for value in job_env.values())
    holding = {
        name
        for name, step in steps.items()
        if any("secrets." in str(value) for value in step.get("env", {}).values())
    }
    assert holding == {"contract"}
    assert steps["contract"]["env"]["VOUCHERIFY_APP_TOKEN"] == "${{ secrets.VOUCHERIFY_APP_TOKEN }}"
