"""Session fixtures for the spec tests (helpers live in voucherify_spec_support.py)."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from .voucherify_spec_support import ExampleValue, SpecValidator, load_spec


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    return load_spec()


@pytest.fixture(scope="session")
def schemas(spec: dict[str, Any]) -> dict[str, Any]:
    components: dict[str, Any] = spec["components"]["schemas"]
    return components


@pytest.fixture(scope="session")
def sv(spec: dict[str, Any]) -> SpecValidator:
    return SpecValidator(spec)


@pytest.fixture(scope="session")
def example_value(spec: dict[str, Any]) -> ExampleValue:
    """`example_value(name)`: a deep copy of `components/examples/<name>/value`."""

    def get(name: str) -> Any:
        return copy.deepcopy(spec["components"]["examples"][name]["value"])

    return get
