"""Schemathesis property tests: generated requests for both operations, every response checked.

The checks are Schemathesis' built-ins enabled by the run's configuration (status codes, content
type, response schema, headers, negative data rejection, positive data acceptance) plus ours
registered in `response_checks` (parses_with_client, no_undocumented_event_types,
error_body_shape). Path ids are pinned to the known customer and program; positive cases get real
continuation tokens first (`positive_cases`).
"""

from __future__ import annotations

from typing import Any

from schemathesis import Case

from contract_tests.suite.runtime import ContractRun, schema_test


@schema_test
def test_openapi_contract(case: Case[Any], contract_run: ContractRun) -> None:
    contract_run.positive_cases.prepare(case)
    case.call_and_validate(session=contract_run.session)
