"""Fixtures of the contract suite; the run itself comes from the contract plugin.

`python -m contract_tests` registers the plugin. Running `pytest contract_tests/suite` directly
registers it here from the environment, with the same settings and report folder rules.
"""

from __future__ import annotations

import os
import sys
from typing import Any

import pytest

# Registers parses_with_client, no_undocumented_event_types and error_body_shape with Schemathesis.
import contract_tests.suite.response_checks  # noqa: F401
from contract_tests.config import ConfigError, load_config
from contract_tests.suite.plugin import PLUGIN_NAME, ContractPlugin
from contract_tests.suite.runtime import ContractRun, is_schema_test, run_of


def pytest_configure(config: pytest.Config) -> None:
    if any(isinstance(plugin, ContractPlugin) for plugin in config.pluginmanager.get_plugins()):
        return
    try:
        settings = load_config(os.environ)
    except ConfigError as exc:
        pytest.exit(exc.render(), returncode=2)
    command = "pytest " + " ".join(sys.argv[1:])
    config.pluginmanager.register(ContractPlugin(settings, command), PLUGIN_NAME)


@pytest.hookimpl(tryfirst=True)
def pytest_pycollect_makeitem(collector: pytest.Collector, name: str, obj: Any) -> Any:
    """A `schema_test` is collected as `schema.parametrize()` makes it: one item per operation."""
    if not is_schema_test(obj):
        return None
    parametrized = run_of(collector.config).schema.parametrize()(obj)
    return collector.ihook.pytest_pycollect_makeitem(
        collector=collector, name=name, obj=parametrized
    )


@pytest.fixture(scope="session")
def contract_run(pytestconfig: pytest.Config) -> ContractRun:
    return run_of(pytestconfig)
