"""The `python -m contract_tests` runs the tests of this folder judge, started together."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from concurrent.futures import Future

import pytest

from contract_tests.spec import Spec

from .contract_runs import FinishedRun, all_runs


@pytest.fixture(scope="session")
def contract_runs(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[Mapping[str, Future[FinishedRun]]]:
    with all_runs(tmp_path_factory.mktemp("contract-runs")) as runs:
        yield runs


@pytest.fixture(scope="session")
def spec() -> Spec:
    return Spec.load()
