"""One contract run: the target, the loaded schema and everything that records what happens.

The contract plugin keeps the run in its pytest config's stash (`CONTRACT_RUN`); fixtures and hooks
reach it through `run_of(request.config)`, so two runs in one process never share one.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, TypeVar

import pytest
import requests
from schemathesis import BaseSchema

from contract_tests.config import RunConfig
from contract_tests.http_session import polite_session
from contract_tests.redaction import Redactor
from contract_tests.report.cassette import Cassette
from contract_tests.report.ledger import Ledger
from contract_tests.spec import Spec
from contract_tests.suite.negative_scope import NegativeScope
from contract_tests.suite.observer import Observer
from contract_tests.suite.positive_cases import PositiveCases
from contract_tests.suite.probe import Probe
from contract_tests.suite.schemathesis_config import load_schema
from contract_tests.target import Target

CASSETTE_NAME = "cassette.yaml"
JUNIT_NAME = "junit.xml"
REPORT_NAME = "drift-report.md"
_SCHEMA_TEST = "contract_run_schema_test"
Test = TypeVar("Test", bound=Callable[..., Any])


@dataclass
class ContractRun:
    config: RunConfig
    target: Target
    spec: Spec
    schema: BaseSchema
    session: requests.Session
    redactor: Redactor
    ledger: Ledger
    cassette: Cassette
    observer: Observer
    probe: Probe
    positive_cases: PositiveCases
    started_at: datetime
    started_monotonic: float

    @classmethod
    def start(
        cls, config: RunConfig, target: Target, command: str, *, started: float | None = None
    ) -> ContractRun:
        """`started` (a `time.monotonic()`) is when the command began, so wall time counts
        the start-up too."""
        config.report_dir.mkdir(parents=True, exist_ok=True)
        spec = Spec.load()
        schema = load_schema(config, target)
        redactor = Redactor(target.secrets)
        ledger = Ledger()
        cassette = Cassette(
            config.report_dir / CASSETTE_NAME,
            schema.config.output,
            seed=schema.config.seed,
            command=command,
            redactor=redactor,
        )
        observer = Observer(spec, ledger, cassette, redactor)
        observer.install(schema)
        NegativeScope(spec, ledger).install(schema)
        session = polite_session()
        probe = Probe(schema, session, target.credentials.headers)
        return cls(
            config=config,
            target=target,
            spec=spec,
            schema=schema,
            session=session,
            redactor=redactor,
            ledger=ledger,
            cassette=cassette,
            observer=observer,
            probe=probe,
            positive_cases=PositiveCases(probe, target),
            started_at=datetime.now(UTC),
            started_monotonic=started if started is not None else time.monotonic(),
        )

    @property
    def seed(self) -> int:
        return self.schema.config.seed

    @property
    def elapsed(self) -> float:
        return time.monotonic() - self.started_monotonic

    def close(self) -> None:
        self.cassette.close()
        self.session.close()


CONTRACT_RUN = pytest.StashKey[ContractRun]()


def run_of(config: pytest.Config) -> ContractRun:
    """The run `config` belongs to (stashed by the contract plugin before collection)."""
    run = config.stash.get(CONTRACT_RUN, None)
    if run is None:
        raise RuntimeError(
            "no contract run is active: run the suite with `python -m contract_tests`"
        )
    return run


def schema_test(test: Test) -> Test:
    """Mark `test` to be parametrized with the generated cases of the run's schema.

    The schema only exists once the run started, so the suite's conftest applies it at collection.
    """
    setattr(test, _SCHEMA_TEST, True)
    return test


def is_schema_test(obj: object) -> bool:
    # The wrapper `schema.parametrize()` returns copies the mark (`functools.wraps`): skip it.
    return getattr(obj, _SCHEMA_TEST, False) is True and not hasattr(obj, "__wrapped__")
