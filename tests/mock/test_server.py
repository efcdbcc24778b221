"""The mock over real loopback sockets: `serve_in_thread` and `python -m contract_tests.mock`."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from contract_tests.mock import create_app, serve_in_thread
from contract_tests.mock.__main__ import main as mock_main
from contract_tests.mock.dataset import HUGE_CUSTOMER_ID, SMALL_CUSTOMER_ID

from .support import APP_HEADERS, BEARER_HEADERS, v1_path

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    with serve_in_thread(create_app()) as url:
        yield url


def test_serve_in_thread_answers_on_loopback(base_url: str) -> None:
    assert base_url.startswith("http://127.0.0.1:")
    with httpx.Client(base_url=base_url, headers=APP_HEADERS) as http:
        response = http.get(v1_path(SMALL_CUSTOMER_ID), params={"limit": 3})
    assert response.status_code == 200
    assert len(response.json()["data"]) == 3


def test_huge_customer_walks_10000_activities(base_url: str) -> None:
    seen: list[str] = []
    after: str | None = None
    with httpx.Client(base_url=base_url, headers=APP_HEADERS, timeout=30) as http:
        while True:
            params: dict[str, str | int] = {"limit": 100}
            if after is not None:
                params["starting_after_id"] = after
            page = http.get(v1_path(HUGE_CUSTOMER_ID), params=params).json()
            seen.extend(activity["id"] for activity in page["data"])
            if not page["has_more"]:
                break
            after = page["more_starting_after"]
    assert len(seen) >= 10_000
    assert len(set(seen)) == len(seen)
    assert seen[0].startswith("evcus_")


def test_server_stops_when_the_context_exits() -> None:
    with serve_in_thread(create_app()) as url:
        assert httpx.get(url + v1_path(SMALL_CUSTOMER_ID), headers=BEARER_HEADERS).is_success
    with pytest.raises(httpx.ConnectError):
        httpx.get(url + v1_path(SMALL_CUSTOMER_ID), headers=BEARER_HEADERS, timeout=2)


def test_command_line_prints_url_and_credentials_and_serves() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = [
        sys.executable,
        "-m",
        "contract_tests.mock",
        "--port",
        "0",
        "--fault",
        "ignore_limit",
    ]
    with subprocess.Popen(command, env=env, stdout=subprocess.PIPE, text=True) as process:
        try:
            assert process.stdout is not None
            first = process.stdout.readline()
            credentials = process.stdout.readline() + process.stdout.readline()
            url = first.split(" on ", 1)[1].split()[0]
            assert "ignore_limit" in first
            assert "mock-app-id" in credentials and "mock-bearer-token" in credentials
            response = httpx.get(url + v1_path(SMALL_CUSTOMER_ID) + "?limit=2", headers=APP_HEADERS)
            assert response.status_code == 200 and len(response.json()["data"]) == 3
        finally:
            process.terminate()
            process.wait(timeout=30)


def test_command_line_rejects_an_unknown_fault() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-m", "contract_tests.mock", "--fault", "teleport"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "invalid choice" in result.stderr


@pytest.mark.parametrize("port", ["65536", "-1", "http"])
def test_command_line_rejects_a_port_that_is_none(
    port: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        mock_main(["--port", port])

    assert exited.value.code == 2
    assert f"argument --port: a port is 0 to 65535, got '{port}'" in capsys.readouterr().err
