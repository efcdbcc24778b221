"""Redocly lint (pinned in scripts/node) reports no problem at all on the spec."""

from __future__ import annotations

import json
import os
import subprocess
from typing import Any

import pytest

from .voucherify_spec_support import SPEC_PATH

ROOT = SPEC_PATH.parents[1]

REDOCLY = ROOT / "scripts" / "node" / "node_modules" / ".bin" / "redocly"
CONFIG = ROOT / "openapi" / "redocly.yaml"


def test_redocly_lint_is_clean() -> None:
    if not REDOCLY.exists():
        pytest.skip(
            "Redocly CLI is not installed: run `npm ci --prefix scripts/node` "
            "(the nox session does this before the tests)"
        )
    env = dict(os.environ, REDOCLY_TELEMETRY="off", REDOCLY_SUPPRESS_UPDATE_NOTICE="true")
    proc = subprocess.run(
        [str(REDOCLY), "lint", str(SPEC_PATH), "--config", str(CONFIG), "--format=json"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    out = proc.stdout
    assert "{" in out, f"no JSON report (exit {proc.returncode}):\n{proc.stderr[-2000:]}"
    report: dict[str, Any] = json.loads(out[out.index("{") :])
    problems = [
        f"{p.get('severity')} {p.get('ruleId')}: {p.get('message')}"
        for p in report.get("problems", [])
    ]
    assert report["totals"]["errors"] == 0, problems
    assert report["totals"]["warnings"] == 0, problems
    assert proc.returncode == 0, proc.stderr[-2000:]
