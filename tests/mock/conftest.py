"""Fixtures shared by the mock tests: one app per fault set, clients, spec validators."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime

import pytest
from doubles.clock import FakeClock as FakeClock  # test_v2 imports it from here

from contract_tests.mock import create_app
from contract_tests.mock.dataset import Dataset, get_dataset

from .support import Contract, MockClient


@pytest.fixture(scope="session")
def contract() -> Contract:
    return Contract()


@pytest.fixture(scope="session")
def dataset() -> Dataset:
    return get_dataset()


@pytest.fixture(scope="session")
def client() -> Iterator[MockClient]:
    mock = MockClient(create_app())
    yield mock
    mock.close()


@pytest.fixture
def make_client() -> Iterator[Callable[..., MockClient]]:
    """`make_client(faults=..., clock=...)`: a client on a freshly configured app."""
    made: list[MockClient] = []

    def make(**options: object) -> MockClient:
        mock = MockClient(create_app(**options))  # type: ignore[arg-type]
        made.append(mock)
        return mock

    yield make
    for mock in made:
        mock.close()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 1, 15, 12, 0, tzinfo=UTC))
