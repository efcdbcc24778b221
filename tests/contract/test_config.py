"""Run settings: the mock by default, the live API only with everything it needs."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from contract_tests.config import (
    LIVE_RATE_LIMIT,
    MOCK_MAX_EXAMPLES,
    ConfigError,
    Overrides,
    load_config,
)

LIVE = {
    "VOUCHERIFY_BASE_URL": "https://api.voucherify.io/",
    "VOUCHERIFY_APP_ID": "app-id-value",
    "VOUCHERIFY_APP_TOKEN": "app-token-value",
    "VOUCHERIFY_CUSTOMER_ID": "cust_abc",
    "VOUCHERIFY_PROGRAM_ID": "lprg_0a1b",
}
ROOT = Path(__file__).resolve().parents[2]


def _problems(environ: dict[str, str], overrides: Overrides | None = None) -> list[str]:
    with pytest.raises(ConfigError) as caught:
        load_config(environ, overrides)
    return caught.value.problems


def test_without_base_url_the_embedded_mock_is_the_target() -> None:
    config = load_config({})
    assert config.live is None
    assert config.rate_limit is None
    assert config.max_examples == MOCK_MAX_EXAMPLES
    assert config.report_dir.parent == Path("reports")
    assert config.target_label == "embedded mock"


def test_live_settings_with_application_keys() -> None:
    config = load_config(LIVE)
    assert config.live is not None
    assert config.live.base_url == "https://api.voucherify.io"
    assert dict(config.live.credentials.headers) == {
        "X-App-Id": "app-id-value",
        "X-App-Token": "app-token-value",
    }
    assert dict(config.live.credentials.secrets) == {
        "app-id-value": "VOUCHERIFY_APP_ID",
        "app-token-value": "VOUCHERIFY_APP_TOKEN",
    }
    assert config.rate_limit == LIVE_RATE_LIMIT
    assert config.target_label == "https://api.voucherify.io"


def test_live_settings_with_a_bearer_token() -> None:
    environ = {k: v for k, v in LIVE.items() if "APP_" not in k}
    config = load_config({**environ, "VOUCHERIFY_BEARER_TOKEN": "tok"})
    assert config.live is not None
    assert dict(config.live.credentials.headers) == {"Authorization": "Bearer tok"}
    assert dict(config.live.credentials.secrets) == {"tok": "VOUCHERIFY_BEARER_TOKEN"}


def test_base_url_alone_lists_everything_missing() -> None:
    problems = _problems({"VOUCHERIFY_BASE_URL": "https://api.voucherify.io"})
    text = "\n".join(problems)
    for name in ("VOUCHERIFY_APP_ID", "VOUCHERIFY_BEARER_TOKEN", "VOUCHERIFY_CUSTOMER_ID"):
        assert name in text
    assert "VOUCHERIFY_PROGRAM_ID" in text
    assert len(problems) == 3


def test_half_a_key_pair_names_the_missing_half() -> None:
    environ = {k: v for k, v in LIVE.items() if k != "VOUCHERIFY_APP_TOKEN"}
    assert _problems(environ) == [
        "VOUCHERIFY_APP_TOKEN is not set (VOUCHERIFY_APP_ID is; they are used together)"
    ]


def test_live_ids_without_base_url_are_inconsistent() -> None:
    problems = _problems({"VOUCHERIFY_CUSTOMER_ID": "cust_1", "VOUCHERIFY_APP_TOKEN": "x"})
    assert len(problems) == 1
    assert (
        "VOUCHERIFY_APP_TOKEN, VOUCHERIFY_CUSTOMER_ID are set but VOUCHERIFY_BASE_URL"
        in problems[0]
    )


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"VOUCHERIFY_BASE_URL": "api.voucherify.io"}, "must be an http(s) URL"),
        ({"VOUCHERIFY_PROGRAM_ID": "program-1"}, "must look like lprg_<hex>"),
        ({"VOUCHERIFY_CONTRACT_RATE_LIMIT": "fast"}, "must be a number, got 'fast'"),
        ({"VOUCHERIFY_CONTRACT_MAX_EXAMPLES": "1e3"}, "must be a whole number, got '1e3'"),
        ({"VOUCHERIFY_CONTRACT_MAX_EXAMPLES": "0"}, "max examples must be positive"),
    ],
)
def test_invalid_values_are_named(change: dict[str, str], expected: str) -> None:
    problems = _problems({**LIVE, **change})
    assert any(expected in problem for problem in problems), problems


def test_empty_variables_count_as_unset() -> None:
    # GitHub Actions passes unset secrets as empty strings.
    config = load_config({name: "" for name in LIVE})
    assert config.live is None


def test_options_win_over_environment_knobs() -> None:
    config = load_config(
        {**LIVE, "VOUCHERIFY_CONTRACT_MAX_EXAMPLES": "7", "VOUCHERIFY_CONTRACT_RATE_LIMIT": "2"},
        Overrides(max_examples=3, rate_limit=0),
    )
    assert config.max_examples == 3
    assert config.rate_limit is None


def test_mock_faults_need_the_mock() -> None:
    problems = _problems(LIVE, Overrides(mock_faults=frozenset({"page_gap"})))
    assert problems == ["--mock-fault only applies to the embedded mock; unset VOUCHERIFY_BASE_URL"]


def test_cli_explains_missing_settings_without_a_traceback(tmp_path: Path) -> None:
    environ = {"PATH": "", "VOUCHERIFY_BASE_URL": "https://api.voucherify.io"}
    result = subprocess.run(
        [sys.executable, "-m", "contract_tests", "--report-dir", str(tmp_path / "r")],
        cwd=ROOT,
        env=environ,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "contract check: cannot start, the configuration is incomplete:" in result.stderr
    for name in ("VOUCHERIFY_APP_ID", "VOUCHERIFY_CUSTOMER_ID", "VOUCHERIFY_PROGRAM_ID"):
        assert name in result.stderr
    assert "unset VOUCHERIFY_BASE_URL" in result.stderr
    assert not (tmp_path / "r").exists()


def test_every_target_walks_feeds_to_the_end_within_a_generous_cap() -> None:
    assert load_config({}).max_walk_items == load_config(LIVE).max_walk_items >= 20_000
    assert load_config({"VOUCHERIFY_CONTRACT_MAX_WALK_ITEMS": "50000"}).max_walk_items == 50_000
    assert load_config(LIVE, Overrides(max_walk_items=400)).max_walk_items == 400
    assert _problems({"VOUCHERIFY_CONTRACT_MAX_WALK_ITEMS": "0"}) == [
        "max walk items must be positive, got 0"
    ]
