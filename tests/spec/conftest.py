"""Session fixtures for the spec tests (helpers live in voucherify_spec_support.py)."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from contract_tests.spec import Spec

from .voucherify_spec_support import ExampleValue, SpecValidator


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    return Spec.load().document


@pytest.fixture(scope="session")
def schemas(spec: dict[str, Any]) -> dict[str, Any]:
    components: dict[str, Any] = spec["components"]["schemas"]
    return components


@pytest.fixture(scope="session")
def sv() -> SpecValidator:
    return SpecValidator(Spec.load())


@pytest.fixture(scope="session")
def example_value(spec: dict[str, Any]) -> ExampleValue:
    """`example_value(name)`: a deep copy of `components/examples/<name>/value`."""

    def get(name: str) -> Any:
        return copy.deepcopy(spec["components"]["examples"][name]["value"])

    return get
