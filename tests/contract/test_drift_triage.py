"""Findings under stable keys, triaged against known drift and compared with the previous run."""

from __future__ import annotations

import copy
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from contract_tests.drift import folder, history, issue
from contract_tests.drift.explain import Explainer
from contract_tests.drift.history import HistoryError, load_previous
from contract_tests.drift.known import Entry, KnownDrift
from contract_tests.drift.records import (
    FAILING,
    KNOWN,
    NEW,
    REPORTED,
    STILL_THERE,
    collect,
    triage,
)
from contract_tests.drift.subject import Subject, finding_key, stable_text
from contract_tests.report.ledger import Finding, Ledger
from contract_tests.report.markdown import RunFacts, render
from contract_tests.spec import Feed, Spec

V1 = Feed.CUSTOMER.value
TODAY = date(2026, 12, 1)


def _page(spec: Spec) -> dict[str, Any]:
    value = spec.document["components"]["examples"]["CustomerActivityPage"]["value"]
    return copy.deepcopy(value)


def _entry(line: int, expires: date, **match: str) -> Entry:
    fields = {"check": "*", "operation": "*", **match}
    return Entry(line=line, reason="accepted", owner="on-call", expires=expires, **fields)


def _ledger(spec: Spec, page: dict[str, Any]) -> Ledger:
    """What the observer records for one failing page: one finding per explained subject."""
    ledger = Ledger()
    explained = Explainer(spec).explain(
        "response_schema_conformance", "Response violates schema", Feed.CUSTOMER, 200, page, None
    )
    for index, item in enumerate(explained):
        ledger.failed(
            Finding(
                check="response_schema_conformance",
                operation=V1,
                title=f"Response violates schema: {item.subject.describe()}",
                seen=item.detail,
                subject=item.subject,
                samples={item.activity_type or "": item.sample},
            ),
            tally=index == 0,
        )
    ledger.failed(
        Finding(
            check="pagination_walk",
            operation=V1,
            title="page overlaps the previous one",
            seen="limit=7: page 2 repeats evcus_1",
        )
    )
    ledger.saw_field("v1", "data[].risk_score", "evcus_1", sample=page["data"][0])
    return ledger


def test_each_problem_of_a_page_is_its_own_subject(spec: Spec) -> None:
    page = _page(spec)
    page["data"][0]["group_id"] = 42
    page["data"][1]["group_id"] = 43  # the same problem again
    del page["data"][2]["data"]["data"]["customer"]  # another one
    explained = Explainer(spec).violations(Feed.CUSTOMER, page)
    assert [item.subject for item in explained] == [
        Subject(path="data[].group_id", problem="type"),
        Subject(path="data[].data.data.customer", problem="required"),
    ]
    assert explained[0].detail.startswith(f"data[0] ({page['data'][0]['type']}, ")
    assert explained[0].sample is page["data"][0]


def test_an_undocumented_type_is_the_subject_of_both_checks(spec: Spec) -> None:
    page = _page(spec)
    page["data"][0]["type"] = "customer.teleported"
    explainer = Explainer(spec)
    for check, title in (
        ("no_undocumented_event_types", "undocumented event type 'customer.teleported'"),
        ("response_schema_conformance", "Unknown discriminator value"),
    ):
        (item,) = explainer.explain(check, title, Feed.CUSTOMER, 200, page, None)
        assert item.subject == Subject(event_type="customer.teleported")


def test_keys_hold_no_ids_timestamps_or_numbers() -> None:
    title = "page 3 repeats evcus_0c150c51730c6b60b1 at 2026-12-01T03:17:00.123Z (seed 1234567)"
    assert stable_text(title) == "page 3 repeats <id> at <time> (seed <n>)"
    a = finding_key("pagination_walk", "v1", Subject(title=title))
    b = finding_key(
        "pagination_walk",
        "v1",
        Subject(title=title.replace("0c150c51730c6b60b1", "ffff0000aaaa1111bb")),
    )
    assert a == b == "pagination_walk|v1|title:page 3 repeats <id> at <time> (seed <n>)"
    path = Subject(path="data[].group_id", problem="type")
    assert (
        finding_key("parses_with_client", "v2", path)
        == "parses_with_client|v2|data[].group_id|type"
    )


def test_records_triage_known_expired_and_stale(spec: Spec) -> None:
    page = _page(spec)
    page["data"][0]["group_id"] = 42
    records = collect(_ledger(spec, page))
    assert [record.key for record in records] == [
        "pagination_walk|v1|title:page overlaps the previous one",
        "response_schema_conformance|v1|data[].group_id|type",
        "undocumented_field|v1|data[].risk_score|undocumented",
    ]
    known = KnownDrift(
        Path("known-drift.toml"),
        (
            _entry(2, date(2027, 1, 31), path="data[].group_id"),
            _entry(9, date(2026, 11, 30), check="pagination_walk", operation="v1"),
            _entry(16, date(2027, 1, 31), event_type="vl.program.teleported"),
        ),
    )
    triaged = triage(records, known, TODAY, test_errors=0)
    statuses = {record.key.split("|")[0]: record.status for record in triaged.records}
    assert statuses == {
        "pagination_walk": FAILING,  # its only entry expired
        "response_schema_conformance": KNOWN,
        "undocumented_field": REPORTED,
    }
    assert [(use.entry.line, use.state) for use in triaged.entries] == [
        (2, "active"),
        (9, "expired"),
        (16, "stale"),
    ]
    assert not triaged.ok
    assert triaged.check_status("response_schema_conformance") == KNOWN
    assert triaged.check_status("pagination_walk") == "fail"
    renewed = KnownDrift(known.path, (known.entries[0], _entry(9, date(2027, 1, 1))))
    assert triage(collect(_ledger(spec, page)), renewed, TODAY, 0).ok
    assert not triage(collect(_ledger(spec, page)), renewed, TODAY, 1).ok  # a test error


def test_since_last_run_new_still_there_resolved(spec: Spec, tmp_path: Path) -> None:
    page = _page(spec)
    page["data"][0]["group_id"] = 42
    first = folder.assess(_ledger(spec, page), spec, KnownDrift.none(), None, date(2026, 11, 29))
    assert {record.change for record in first.triage.records} == {NEW}
    (tmp_path / "night1").mkdir()
    folder.write(tmp_path / "night1", first, _run(date(2026, 11, 29)))
    previous = load_previous(tmp_path / "night1")

    del page["data"][0]["data"]["data"]["customer"]  # new tonight; group_id still there
    ledger = _ledger(spec, page)
    ledger.findings.pop(("pagination_walk", V1, "title:page overlaps the previous one"))
    second = folder.assess(ledger, spec, KnownDrift.none(), previous, TODAY)
    changes = {record.key: (record.change, record.first_seen) for record in second.triage.records}
    assert changes["response_schema_conformance|v1|data[].group_id|type"] == (
        STILL_THERE,
        date(2026, 11, 29),
    )
    assert changes["response_schema_conformance|v1|data[].data.data.customer|required"] == (
        NEW,
        TODAY,
    )
    assert [past.key for past in second.resolved] == [
        "pagination_walk|v1|title:page overlaps the previous one"
    ]


def _run(day: date) -> dict[str, Any]:
    return {"started_at": f"{day.isoformat()}T03:17:00Z", "target": "mock", "verdict": "failed"}


def test_findings_json_is_stable_and_read_back(spec: Spec, tmp_path: Path) -> None:
    page = _page(spec)
    page["data"][0]["group_id"] = 42
    for night in ("a", "b"):
        outcome = folder.assess(_ledger(spec, page), spec, KnownDrift.none(), None, TODAY)
        (tmp_path / night).mkdir()
        folder.write(tmp_path / night, outcome, _run(TODAY))
    a = json.loads((tmp_path / "a" / "findings.json").read_text("utf-8"))
    b = json.loads((tmp_path / "b" / "findings.json").read_text("utf-8"))
    assert a == b
    assert a["format"] == history.FORMAT
    record = next(r for r in a["findings"] if r["check"] == "response_schema_conformance")
    assert record["subject"] == {"path": "data[].group_id", "problem": "type"}
    assert record["status"] == FAILING and record["fails_run"] is True
    assert record["spec_patch"] == folder.IN_PATCH
    assert all(page["data"][0]["id"] not in r["key"] for r in a["findings"])
    assert (tmp_path / "a" / folder.PATCH_NAME).read_text("utf-8").startswith("diff --git ")
    assert set(load_previous(tmp_path / "a").findings) == {r["key"] for r in a["findings"]}


def test_a_broken_previous_findings_file_is_refused(tmp_path: Path) -> None:
    (tmp_path / "findings.json").write_text('{"format": "something else"}', encoding="utf-8")
    with pytest.raises(HistoryError, match="cannot be read"):
        load_previous(tmp_path)


def test_the_report_opens_with_the_new_findings_and_says_what_is_known(spec: Spec) -> None:
    page = _page(spec)
    page["data"][0]["group_id"] = 42
    known = KnownDrift(
        Path("known-drift.toml"), (_entry(2, date(2027, 1, 31), check="pagination_walk"),)
    )
    outcome = folder.assess(_ledger(spec, page), spec, known, None, TODAY)
    facts = RunFacts("mock", "spec", "2026-12-01T03:17:00Z", 1.0, 1, 1, 1, 0, "python -m x")
    report = render(_ledger(spec, page), facts, outcome)
    lines = report.splitlines()
    assert lines[0] == "# Contract check: FAILED (1 of 14 checks failed; 1 known)"
    assert lines[2] == "## New since the last run"
    new = report.split("## New since the last run", 1)[1].split("\n| |", 1)[0]
    assert new.index("❌ failing · `response_schema_conformance`") < new.index("🟡 known")
    assert "| `pagination_walk` | 🟡 known |" in report
    assert "| `response_schema_conformance` | ❌ fail |" in report
    assert "## Suggested spec patch" in report
    failures = report.split("## Failures", 1)[1]
    assert "- **Key:** `response_schema_conformance|v1|data[].group_id|type`" in failures
    assert "### `pagination_walk`: page overlaps the previous one — 🟡 known" in failures
    assert (
        "- let `components/schemas/CustomerActivityBase/properties/group_id` also be integer"
        in (report)
    )


def test_the_issue_body_starts_with_the_new_findings(spec: Spec, tmp_path: Path) -> None:
    page = _page(spec)
    page["data"][0]["group_id"] = 42
    outcome = folder.assess(_ledger(spec, page), spec, KnownDrift.none(), None, TODAY)
    folder.write(tmp_path, outcome, _run(TODAY))
    (tmp_path / "drift-report.md").write_text("# Contract check: FAILED\n", encoding="utf-8")
    body = issue.body(tmp_path, run_url="https://ci.example/run/1", patch_url="https://p.example")
    assert body.startswith("## New since the last run: 3\n")
    assert "- ❌ failing · `response_schema_conformance` · v1 · `data[].group_id` (type)" in body
    assert "Suggested spec patch: [spec.patch](https://p.example)" in body
    assert body.index("https://ci.example/run/1") < body.index("# Contract check: FAILED")
    assert issue.main([str(tmp_path / "nowhere")]) == 2
