"""The on-call workflow end to end: known drift, its expiry, the previous run, the spec patch.

Four nights of `python -m contract_tests` against the mock with the `retyped_group_id` fault (a
number where the spec has a string or null: drift the spec can absorb) and `undocumented_field`
(`risk_score` on every activity), run one after the other as a team would:

1. the drift is accepted in a known-drift file: the run passes and the report says known;
2. the entry has expired (`--previous` night 1): the run fails saying so, the finding is still
   there with its first-seen date, and spec.patch absorbs it;
3. the fault is gone (`--previous` night 2): the findings are resolved;
4. in a copy of the repository, night 2's spec.patch is applied with `git apply` and the client
   regenerated: the spec tests pass, the faulty mock passes, and generated/ changed as expected.

Then `unknown_event_type` (an undocumented event type in both feeds): spec.patch adds an
`x-observed` variant for each; applied in a copy of the repository and regenerated, the spec tests
pass and the faulty mock passes (the type is parsed into its own class).

The undocumented fields of the mock's data (the evidence fixtures' `category`, `entity_id`...)
are accepted in every night's file, as a team would accept fields it does not want in its spec.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from .contract_runs import PAGES, ROOT, SMALL, FinishedRun, evidence_extras, run, run_contract

FAULTS = ("--mock-fault", "retyped_group_id", "--mock-fault", "undocumented_field")
GROUP_ID_KEYS = {
    "parses_with_client|v1|data[].group_id|type",
    "parses_with_client|v2|data[].group_id|type",
    "response_schema_conformance|v1|data[].group_id|type",
    "response_schema_conformance|v2|data[].group_id|type",
}
RISK_SCORE_KEYS = {
    "undocumented_field|v1|data[].risk_score|undocumented",
    "undocumented_field|v2|data[].risk_score|undocumented",
}
CLIENT = Path("generated") / "voucherify-activity-client"
MODELS = "voucherify_activity/models/"


def _known_drift(group_id_expires: date, extras_expire: date) -> str:
    return f"""\
# The contract kit's tests: accepted drift of the faulty mock.
[[accept]]
check = "*"
operation = "*"
path = "data[].group_id"
reason = "Voucherify sends group_id as a number (asked them: ticket 4711)"
owner = "on-call (@jane)"
expires = {group_id_expires.isoformat()}
""" + "".join(
        f"""
[[accept]]
check = "undocumented_field"
operation = "*"
path = "**.{name}"
reason = "the evidence's undocumented field; nothing for our spec"
owner = "contract kit"
expires = {extras_expire.isoformat()}
"""
        for name in sorted(evidence_extras())
    )


def _patches_no_extra(patch: str) -> bool:
    added = {line[1:].strip() for line in patch.splitlines() if line.startswith("+")}
    return not {f"{name}:" for name in evidence_extras()} & added


@dataclass(frozen=True)
class Nights:
    today: date
    accepted: FinishedRun
    expired: FinishedRun
    resolved: FinishedRun
    patched: FinishedRun
    copy: Path
    baseline: Path
    steps: dict[str, subprocess.CompletedProcess[str]]


def _findings(run: FinishedRun) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads((run.report_dir / "findings.json").read_text("utf-8"))
    return loaded


def _by_key(run: FinishedRun) -> dict[str, dict[str, Any]]:
    return {record["key"]: record for record in _findings(run)["findings"]}


def _copy_repository(target: Path) -> None:
    """What the check, the regeneration and the spec tests need, from the working tree."""
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info", ".*_cache")
    for folder in ("contract_tests", "openapi", "generated", "scripts/codegen", "tests/spec"):
        shutil.copytree(ROOT / folder, target / folder, ignore=ignore)
    shutil.copyfile(ROOT / "scripts" / "regenerate.py", target / "scripts" / "regenerate.py")
    shutil.copyfile(ROOT / "pyproject.toml", target / "pyproject.toml")
    node_modules = ROOT / "scripts" / "node" / "node_modules"
    if node_modules.exists():  # the spec tests' Redocly lint
        (target / "scripts" / "node").mkdir(parents=True)
        (target / "scripts" / "node" / "node_modules").symlink_to(node_modules)


@pytest.fixture(scope="module")
def nights(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Nights]:
    base = tmp_path_factory.mktemp("drift-workflow")
    today = datetime.now(UTC).date()
    later, earlier = today + timedelta(days=30), today - timedelta(days=2)
    accept = base / "accept.toml"
    accept.write_text(_known_drift(later, later), encoding="utf-8")
    lapsed = base / "expired.toml"
    lapsed.write_text(_known_drift(earlier, later), encoding="utf-8")
    small = (*SMALL, "-k", PAGES)

    accepted = run_contract(base / "night1", *small, *FAULTS, "--known-drift", str(accept))
    expired = run_contract(
        base / "night2",
        *small,
        *FAULTS,
        "--known-drift",
        str(lapsed),
        "--previous",
        str(accepted.report_dir),
    )
    resolved = run_contract(
        base / "night3",
        *small,
        "--known-drift",
        str(accept),
        "--previous",
        str(expired.report_dir),
    )

    copy = base / "repo"
    _copy_repository(copy)
    steps: dict[str, subprocess.CompletedProcess[str]] = {}
    regenerate = [sys.executable, "scripts/regenerate.py"]
    # generated/ as this checkout's generator writes it, so that only the patch makes a difference.
    steps["baseline"] = run(regenerate, copy)
    baseline = base / "baseline"
    shutil.copytree(copy / CLIENT, baseline, ignore=shutil.ignore_patterns("__pycache__"))
    (copy / "spec.patch").write_text(
        (expired.report_dir / "spec.patch").read_text("utf-8"), encoding="utf-8"
    )
    steps["git init"] = run(["git", "init", "-q"], copy)
    steps["git apply --check"] = run(["git", "apply", "--check", "spec.patch"], copy)
    steps["git apply"] = run(["git", "apply", "spec.patch"], copy)
    steps["generate"] = run(regenerate, copy)
    steps["spec tests"] = run(
        [sys.executable, "-m", "pytest", "tests/spec", "-q", "-p", "no:cacheprovider"], copy
    )
    patched = _contract_in(copy, base / "night4", *small, *FAULTS, "--known-drift", str(accept))
    yield Nights(today, accepted, expired, resolved, patched, copy, baseline, steps)


def _contract_in(copy: Path, report_dir: Path, *args: str) -> FinishedRun:
    """`python -m contract_tests` of the copy, with the copy's regenerated client."""
    result = run(
        [sys.executable, "-m", "contract_tests", "--report-dir", str(report_dir), "-q", *args],
        copy,
        env={"PYTHONPATH": str(copy / CLIENT)},
    )
    return FinishedRun(result.returncode, result.stdout, result.stderr, report_dir)


def _output(run: FinishedRun) -> str:
    return run.stdout[-3000:] + run.stderr[-3000:]


def test_accepted_drift_is_known_and_passes(nights: Nights) -> None:
    run = nights.accepted
    assert run.returncode == 0, _output(run)
    assert run.report.startswith("# Contract check: PASSED (")
    assert " known)" in run.report.splitlines()[0]
    records = _by_key(run)
    for key in GROUP_ID_KEYS:
        assert records[key]["status"] == "known", records[key]
        assert records[key]["known"]["owner"] == "on-call (@jane)"
        assert records[key]["since_last_run"] == "new"
        assert records[key]["first_seen"] == nights.today.isoformat()
    assert "| `response_schema_conformance` | 🟡 known |" in run.report
    assert "known until " in run.report.split("## New since the last run", 1)[1]
    # risk_score is reported (never failed) and absorbed by the patch; accepted drift is not.
    assert {records[key]["status"] for key in RISK_SCORE_KEYS} == {"reported"}
    patch = (run.report_dir / "spec.patch").read_text("utf-8")
    assert "+        risk_score:" in patch
    assert "group_id" not in "".join(line for line in patch.splitlines() if line[:1] in "+-")
    assert _patches_no_extra(patch)
    assert "contract check PASSED" in run.stdout


def test_an_expired_entry_fails_the_run_and_the_finding_is_still_there(nights: Nights) -> None:
    run = nights.expired
    assert run.returncode == 1, _output(run)
    earlier = (nights.today - timedelta(days=2)).isoformat()
    first_line = run.report.splitlines()[0]
    assert first_line.startswith("# Contract check: FAILED (2 of 14 checks failed;")
    assert "1 known-drift entry expired" in first_line
    assert "## Known drift that expired (fails the run)" in run.report
    assert f"(check *, operation *, path data[].group_id) expired on {earlier}" in run.report
    assert f"expired on {earlier}" in run.stdout
    records = _by_key(run)
    for key in GROUP_ID_KEYS:
        assert records[key]["status"] == "failing"
        assert records[key]["since_last_run"] == "still there"
        assert records[key]["first_seen"] == _by_key(nights.accepted)[key]["first_seen"]
        assert records[key]["spec_patch"] == "in spec.patch"
    new = run.report.split("## New since the last run", 1)[1].split("##", 1)[0]
    assert "0 new; compared with the run of" in new
    assert str(nights.accepted.report_dir) in new
    patch = (run.report_dir / "spec.patch").read_text("utf-8")
    assert "+          type: [string, integer, 'null']" in patch
    assert run.failed_checks() == {"response_schema_conformance", "parses_with_client"}


def test_without_the_fault_the_findings_are_resolved(nights: Nights) -> None:
    run = nights.resolved
    assert run.returncode == 0, _output(run)
    findings = _findings(run)
    resolved = {past["key"] for past in findings["resolved"]}
    assert resolved >= GROUP_ID_KEYS | RISK_SCORE_KEYS
    assert not GROUP_ID_KEYS & set(_by_key(run))
    section = run.report.split("## Resolved since the last run", 1)[1].split("##", 1)[0]
    for key in GROUP_ID_KEYS:
        assert f"`{key}`" in section
    states = {entry["path"]: entry["state"] for entry in findings["known_drift"]}
    assert states.pop("data[].group_id") == "stale"
    assert set(states) == {f"**.{name}" for name in evidence_extras()}
    assert "active" in states.values() and set(states.values()) <= {"active", "stale"}
    assert not (run.report_dir / "spec.patch").exists() or "risk_score" not in (
        run.report_dir / "spec.patch"
    ).read_text("utf-8")


def test_the_spec_patch_applies_regenerates_and_absorbs_the_drift(nights: Nights) -> None:
    for name, step in nights.steps.items():
        assert step.returncode == 0, (name, step.stdout[-2000:], step.stderr[-2000:])
    assert " passed" in nights.steps["spec tests"].stdout.splitlines()[-1]
    run = nights.patched
    assert run.returncode == 0, _output(run)
    assert run.report.startswith("# Contract check: PASSED")
    records = _by_key(run)
    assert not (GROUP_ID_KEYS | RISK_SCORE_KEYS) & set(records)
    assert {record["status"] for record in records.values()} <= {"known"}


def test_generated_client_changed_as_the_patch_says(nights: Nights) -> None:
    before = {
        path.relative_to(nights.baseline).as_posix(): path.read_text("utf-8")
        for path in nights.baseline.rglob("*.py")
    }
    after_root = nights.copy / CLIENT
    after = {
        path.relative_to(after_root).as_posix(): path.read_text("utf-8")
        for path in after_root.rglob("*.py")
        if "__pycache__" not in path.parts
    }
    assert set(before) == set(after)  # no model appears or disappears
    changed = {name for name in after if after[name] != before[name]}
    # Every activity model (76 + 14 variants, 2 fallbacks, 2 bases) carries the bases' fields;
    # SimpleEvent has a group_id of its own, which the patch leaves alone.
    carrying = {
        name
        for name, text in before.items()
        if "    group_id: None | str | Unset" in text
        and name.endswith(("_activity.py", "_activity_base.py"))
    }
    assert len(carrying) == 94
    wire = "voucherify_activity/_wire.py"  # the fast path's structs follow the models
    assert changed == carrying | {wire}
    assert "    group_id: str | int | None | Absent = UNSET" in after[wire]
    assert "    group_id: str | int | None | Absent = UNSET" not in before[wire]
    assert "    group_id: None | str | Unset" in after[f"{MODELS}simple_event.py"]
    for name in changed - {wire}:
        assert name.startswith(MODELS), name
        assert "    group_id: int | None | str | Unset = UNSET" in after[name], name
        assert "    risk_score: float | None | Unset = UNSET" in after[name], name


EVENT_TYPE_KEYS = {
    "no_undocumented_event_types|v1|event_type:customer.loyalty.points.teleported",
    "no_undocumented_event_types|v2|event_type:vl.program.teleported",
}


@dataclass(frozen=True)
class Observed:
    found: FinishedRun
    patch: str
    steps: dict[str, subprocess.CompletedProcess[str]]
    patched: FinishedRun


@pytest.fixture(scope="module")
def observed(tmp_path_factory: pytest.TempPathFactory) -> Observed:
    """`unknown_event_type`: found, patched in a copy of the repository, then no longer drift."""
    base = tmp_path_factory.mktemp("observed-type")
    later = datetime.now(UTC).date() + timedelta(days=30)
    accept = base / "accept.toml"
    accept.write_text(_known_drift(later, later), encoding="utf-8")  # only the event types left
    args = (*SMALL, "-k", PAGES, "--mock-fault", "unknown_event_type", "--known-drift", str(accept))
    found = run_contract(base / "found", *args)
    patch = (found.report_dir / "spec.patch").read_text("utf-8")
    copy = base / "repo"
    _copy_repository(copy)
    (copy / "spec.patch").write_text(patch, encoding="utf-8")
    steps: dict[str, subprocess.CompletedProcess[str]] = {}
    steps["git init"] = run(["git", "init", "-q"], copy)
    steps["git apply --check"] = run(["git", "apply", "--check", "spec.patch"], copy)
    steps["git apply"] = run(["git", "apply", "spec.patch"], copy)
    steps["generate"] = run([sys.executable, "scripts/regenerate.py"], copy)
    steps["spec tests"] = run(
        [sys.executable, "-m", "pytest", "tests/spec", "-q", "-p", "no:cacheprovider"], copy
    )
    patched = _contract_in(copy, base / "patched", *args)
    return Observed(found, patch, steps, patched)


def test_an_undocumented_event_type_is_patched_as_an_observed_variant(observed: Observed) -> None:
    run = observed.found
    assert run.returncode == 1, _output(run)
    records = _by_key(run)
    for key in EVENT_TYPE_KEYS:
        assert records[key]["status"] == "failing"
        assert records[key]["spec_patch"] == "in spec.patch"
    added = [line[1:] for line in observed.patch.splitlines() if line.startswith("+")]
    assert "    CustomerLoyaltyPointsTeleportedActivity:" in added
    assert "    ProgramTeleportedActivity:" in added
    assert added.count("      x-observed:") == 2
    assert _patches_no_extra(observed.patch)  # accepted: not patched
    for name, step in observed.steps.items():
        assert step.returncode == 0, (name, step.stdout[-2000:], step.stderr[-2000:])
    # The patched copy: the type is an observed one, parsed into its own class, no drift left.
    patched = observed.patched
    assert patched.returncode == 0, _output(patched)
    assert not EVENT_TYPE_KEYS & set(_by_key(patched))
