"""The Schemathesis internals in `contract_tests.schemathesis_compat` still do what the suite uses.

A Schemathesis upgrade that moves one fails here first, saying which one (the import itself fails
with a message naming the module and the version the internals were checked against).
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import schemathesis
import yaml
from schemathesis import CheckResult

from contract_tests import schemathesis_compat as compat
from contract_tests.config import load_config
from contract_tests.redaction import Redactor
from contract_tests.report.cassette import Cassette
from contract_tests.spec import Feed
from contract_tests.suite.schemathesis_config import load_schema
from contract_tests.target import open_target


def _changed(what: str) -> str:
    return (
        f"Schemathesis {schemathesis.__version__}: {what} (checked against "
        f"{compat.CHECKED_AGAINST}); see contract_tests/schemathesis_compat.py"
    )


def test_contract_failures_stay_distinct_by_title() -> None:
    def failure(title: str) -> compat.ContractFailure:
        return compat.ContractFailure(operation="GET /x", title=title, message="m")

    found = {failure("one problem"), failure("another problem"), failure("one problem")}
    assert len(found) == 2, _changed("failures no longer compare by `_unique_key`")


def test_the_cassette_records_cases_and_check_outcomes(tmp_path: Path) -> None:
    results: list[CheckResult] = []
    with open_target(load_config({})) as target:
        schema = load_schema(load_config({}), target)
        schema.hook("after_validate")(lambda ctx, case, response, found: results.extend(found))
        # Any value the redactor knows is replaced as the lines are written (here: the id).
        redactor = Redactor({target.customer_id: "VOUCHERIFY_CUSTOMER_ID"})
        cassette = Cassette(
            tmp_path / "cassette.yaml",
            schema.config.output,
            seed=1,
            command="t",
            redactor=redactor,
        )
        case = schema[Feed.CUSTOMER.path]["GET"].Case(
            path_parameters={Feed.CUSTOMER.path_parameter: target.customer_id}, query={"limit": 1}
        )
        response = case.call(headers=dict(target.credentials.headers))
        case.validate_response(response, checks=[compat.status_code_conformance])
        cassette.record(case, response)
        cassette.record_checks(case, results, "curl ...")
        cassette.flush()
        midway = (tmp_path / "cassette.yaml").read_text()  # what a killed run would leave
        assert "$VOUCHERIFY_CUSTOMER_ID" in midway and target.customer_id not in midway
        cassette.close()
    written: dict[str, Any] = yaml.safe_load((tmp_path / "cassette.yaml").read_text())
    interactions = written.get("http_interactions") or []
    assert [i["response"]["status"]["code"] for i in interactions] == ["200"], _changed(
        "ScenarioRecorder / VcrWriter no longer write what the cassette records"
    )
    assert [check["name"] for check in interactions[0]["checks"]] == ["status_code_conformance"]


def test_the_coverage_metadata_keeps_the_fields_negative_scope_reads() -> None:
    fields = {field.name for field in dataclasses.fields(compat.CoveragePhaseData)}
    missing = {"scenario", "description", "parameter", "mutations"} - fields
    assert not missing, _changed(f"CoveragePhaseData lost {sorted(missing)}")
    assert compat.REQUEST_SHAPE_PROBES, _changed("REQUEST_SHAPE_PROBES is empty")


def test_the_builtin_checks_keep_their_names() -> None:
    # Outcomes are reported under the check function's name.
    checks = [
        compat.content_type_conformance,
        compat.ignored_auth,
        compat.response_headers_conformance,
        compat.response_schema_conformance,
        compat.status_code_conformance,
    ]
    names = [check.__name__ for check in checks]
    assert names == [
        "content_type_conformance",
        "ignored_auth",
        "response_headers_conformance",
        "response_schema_conformance",
        "status_code_conformance",
    ], _changed("a built-in check was renamed")
