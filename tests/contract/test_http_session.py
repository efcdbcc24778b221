"""The run's HTTP session honours `Retry-After` on 429 and returns the last answer."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse
from starlette.routing import Route

from contract_tests.http_session import MAX_RETRY_AFTER_S, polite_session
from contract_tests.mock import serve_in_thread


class RateLimited:
    """Answers 429 (Retry-After: 0) `busy` times, then 200."""

    def __init__(self, busy: int) -> None:
        self.busy = busy
        self.calls = 0

    async def handle(self, request: Request) -> JSONResponse:
        self.calls += 1
        if self.calls <= self.busy:
            body = {"code": 429, "key": "too_many_requests", "message": "Too many requests"}
            return JSONResponse(body, status_code=429, headers={"Retry-After": "0"})
        return JSONResponse({"object": "list"})


@pytest.fixture(scope="module")
def running() -> Iterator[tuple[str, RateLimited]]:
    endpoint = RateLimited(busy=2)
    app = Starlette(routes=[Route("/thing", endpoint.handle)])
    with serve_in_thread(app) as base_url:
        yield base_url, endpoint


@pytest.fixture
def server(running: tuple[str, RateLimited]) -> tuple[str, RateLimited]:
    running[1].calls = 0
    return running


def test_429_is_retried_after_retry_after(server: tuple[str, RateLimited]) -> None:
    base_url, endpoint = server
    with polite_session() as session:
        response = session.get(f"{base_url}/thing", timeout=5)
    assert response.status_code == 200
    assert endpoint.calls == 3


def test_the_last_429_is_returned_when_retries_run_out(server: tuple[str, RateLimited]) -> None:
    base_url, endpoint = server
    with polite_session(retries=1) as session:
        response = session.get(f"{base_url}/thing", timeout=5)
    assert response.status_code == 429
    assert endpoint.calls == 2


def test_a_huge_retry_after_is_capped() -> None:
    adapter = polite_session().get_adapter("https://api.voucherify.io")
    retry = adapter.max_retries  # type: ignore[attr-defined]
    assert retry.parse_retry_after("86400") == MAX_RETRY_AFTER_S
    assert retry.allowed_methods == frozenset({"GET"})


def test_a_redirect_is_returned_not_followed() -> None:
    """Not to another host (the credentials would go along), not even to the same one."""
    followed: list[str] = []

    async def elsewhere(request: Request) -> JSONResponse:
        followed.append(request.headers.get("x-app-token", ""))
        return JSONResponse({"object": "list"})

    with serve_in_thread(Starlette(routes=[Route("/caught", elsewhere)])) as other:

        async def moved(request: Request) -> RedirectResponse:
            return RedirectResponse(f"{other}/caught", status_code=302)

        with serve_in_thread(Starlette(routes=[Route("/thing", moved)])) as base_url:
            response = polite_session().get(
                f"{base_url}/thing", headers={"X-App-Token": "s3cr3t"}, timeout=10
            )

    assert response.status_code == 302
    assert response.headers["location"] == f"{other}/caught"
    assert followed == []
