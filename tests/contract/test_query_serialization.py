"""Generated positive v2 requests send `filters` in the documented bracket form.

Schemathesis serialises the deepObject `filters` itself. These tests pin down what reaches the
wire: every key is `filters[a][b]...` with arrays as `[0]`, `[1]`..., and decoding the keys back
gives an object valid against `ProgramActivityFilters`, so positive cases are really positive.
"""

from __future__ import annotations

import re
from typing import Any

from hypothesis import HealthCheck, given, settings
from schemathesis import Case, GenerationMode

from contract_tests.config import Credentials, load_config
from contract_tests.spec import Feed, Spec
from contract_tests.suite.negative_scope import wire_query
from contract_tests.suite.schemathesis_config import load_schema
from contract_tests.target import Target

BRACKETS = re.compile(r"^filters(\[[^\[\]]+\])+$")
TARGET = Target(
    base_url="http://127.0.0.1:9",
    credentials=Credentials(headers={"X-App-Id": "a", "X-App-Token": "b"}, secrets={}),
    customer_id="cust_1",
    program_id="lprg_0a1b",
    is_mock=True,
)
OPERATION = load_schema(load_config({}), TARGET)[Feed.PROGRAM.path]["GET"]
VALIDATOR = Spec.load().validator("ProgramActivityFilters")


def _decode(pairs: list[tuple[str, str]]) -> dict[str, Any]:
    """Rebuild the filters object from its bracket keys, turning [0], [1]... into lists."""
    root: dict[str, Any] = {}
    for key, value in pairs:
        parts = re.findall(r"\[([^\[\]]+)\]", key)
        node: Any = root
        for part, following in zip(parts, [*parts[1:], None], strict=True):
            if following is None:
                node[part] = value
            else:
                node = node.setdefault(part, {})
    decoded: dict[str, Any] = _lists(root)
    return decoded


def _lists(node: Any) -> Any:
    if isinstance(node, dict):
        converted = {key: _lists(value) for key, value in node.items()}
        if converted and all(key.isdigit() for key in converted):
            return [converted[str(i)] for i in range(len(converted))]
        return converted
    return _coerce(node)


def _coerce(value: str) -> Any:
    return int(value) if value.isdigit() else value


def test_positive_filters_use_the_documented_bracket_form() -> None:
    seen: list[list[tuple[str, str]]] = []

    @settings(
        max_examples=60, derandomize=True, database=None, suppress_health_check=list(HealthCheck)
    )
    @given(case=OPERATION.as_strategy(GenerationMode.POSITIVE))
    def check(case: Case[Any]) -> None:
        pairs = [(key, value) for key, value in wire_query(case) if key.startswith("filters")]
        if not pairs:
            return
        seen.append(pairs)
        assert all(BRACKETS.match(key) for key, _ in pairs), pairs
        decoded = _decode(pairs)
        errors = [error.message for error in VALIDATOR.iter_errors(decoded)]
        assert errors == [], (pairs, decoded)

    check()
    # Not vacuous: filters were generated, arrays among them.
    assert len(seen) > 10
    assert any(re.search(r"\[\d+\]$", key) for pairs in seen for key, _ in pairs)
