"""The mock implements everything the spec's operations declare (fails when the spec grows)."""

from __future__ import annotations

from typing import Any

from jsonschema import FormatChecker

from contract_tests.mock import customer_query, program_endpoint
from contract_tests.mock.dataset import Dataset
from contract_tests.mock.params import ScalarParams
from contract_tests.mock.program_filters import FIELDS, OPERATORS

from .support import V1, V2, Contract


def test_every_scalar_query_parameter_is_implemented(dataset: Dataset) -> None:
    v1 = ScalarParams(dataset.spec, V1, customer_query.IMPLEMENTED)
    v2 = ScalarParams(dataset.spec, V2, program_endpoint.IMPLEMENTED)
    assert v1.unimplemented == frozenset()
    assert v2.unimplemented == frozenset()
    assert {"limit", "order", "starting_after_id", "type"} <= v1.names
    assert {"limit", "order", "cursor"} <= v2.names


def _resolve(contract: Contract, node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        node = contract.pointer(node["$ref"])
    return node


def test_every_v2_filter_field_and_operator_is_implemented(contract: Contract) -> None:
    filters = _resolve(contract, {"$ref": "#/components/schemas/ProgramActivityFilters"})
    fields = {name for name in filters["properties"] if name != "junction"}
    assert fields <= set(FIELDS)
    for name in fields:
        conditions = _resolve(contract, filters["properties"][name])["properties"]["conditions"]
        assert set(conditions["properties"]) <= OPERATORS, name


def test_date_time_formats_are_really_checked() -> None:
    # jsonschema skips `format: date-time` silently when rfc3339-validator is missing, which
    # would let every date check in these tests pass vacuously.
    checker = FormatChecker()
    assert checker.conforms("2023-12-22T10:13:06.487Z", "date-time")
    assert not checker.conforms("2023-12-22 at noon", "date-time")
