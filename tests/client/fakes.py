"""Test doubles for the client: a scripted HTTP server, page builders and a sleep recorder."""

from __future__ import annotations

import datetime
import itertools
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote

import httpx
from voucherify_activity import AsyncVoucherifyActivityClient, RetryPolicy, VoucherifyActivityClient

from .spec_examples import discriminator_mapping, example_for, fallback_variant

BASE_URL = "https://api.test"
Reply = httpx.Response | Exception | Callable[[httpx.Request], httpx.Response]


class ScriptedServer:
    """Answers requests with `replies` in order (an exception is raised instead of answering)."""

    def __init__(self, replies: Iterable[Reply]) -> None:
        self.replies: list[Reply] = list(replies)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if not self.replies:
            raise AssertionError(f"unexpected request {request.method} {request.url}")
        reply = self.replies.pop(0)
        if isinstance(reply, Exception):
            raise reply
        if isinstance(reply, httpx.Response):
            return reply
        return reply(request)

    @property
    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self)

    def queries(self) -> list[str]:
        """The decoded query string of every request, in order."""
        return [unquote(request.url.query.decode()) for request in self.requests]


@dataclass
class SleepRecorder:
    """Stands in for time.sleep / asyncio.sleep: records the delays, never waits."""

    delays: list[float] = field(default_factory=list)

    def __call__(self, seconds: float) -> None:
        self.delays.append(seconds)

    async def asleep(self, seconds: float) -> None:
        self.delays.append(seconds)


def no_jitter_policy(recorder: SleepRecorder, max_retries: int = 3) -> RetryPolicy:
    return RetryPolicy(
        max_retries=max_retries,
        backoff_factor=0.5,
        jitter=0.0,
        sleep=recorder,
        async_sleep=recorder.asleep,
    )


def sync_client(server: ScriptedServer, **options: Any) -> VoucherifyActivityClient:
    options.setdefault("retry", None)
    return VoucherifyActivityClient(
        app_id="app-id",
        app_token="app-token",
        base_url=BASE_URL,
        transport=server.transport,
        **options,
    )


def async_client(server: ScriptedServer, **options: Any) -> AsyncVoucherifyActivityClient:
    options.setdefault("retry", None)
    return AsyncVoucherifyActivityClient(
        app_id="app-id",
        app_token="app-token",
        base_url=BASE_URL,
        transport=server.transport,
        **options,
    )


def json_response(status: int, body: Any, headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(status, json=body, headers=headers)


def error_body(status: int, key: str, message: str, **extra: str) -> dict[str, Any]:
    return {"code": status, "key": key, "message": message, "request_id": "v-0fa4de3", **extra}


def customer_activity(number: int, variant: str = "CustomerRedemptionSucceededActivity") -> Any:
    activity = example_for(variant)
    activity["id"] = f"evcus_{number:06d}"
    return activity


def program_activity(number: int, variant: str = "ProgramCreatedActivity") -> Any:
    activity = example_for(variant)
    activity["id"] = f"laprg_{number:06x}"
    return activity


def customer_page(activities: list[Any], *, has_more: bool) -> dict[str, Any]:
    page: dict[str, Any] = {"object": "list", "data_ref": "data", "data": activities}
    page["has_more"] = has_more
    if activities:
        page["more_starting_after"] = activities[-1]["id"]
    return page


def program_page(
    activities: list[Any], next_cursor: str | None, expires_at: str = "2030-01-01T00:00:00Z"
) -> dict[str, Any]:
    cursor = None if next_cursor is None else {"next": next_cursor, "expires_at": expires_at}
    return {"object": "list", "data": activities, "cursor": cursor}


def customer_pages(total: int, per_page: int) -> Iterable[dict[str, Any]]:
    numbers = iter(range(total))
    while True:
        chunk = [customer_activity(number) for number in itertools.islice(numbers, per_page)]
        last = chunk[-1]["id"] if chunk else None
        more = last is not None and int(last.split("_")[1]) < total - 1
        yield customer_page(chunk, has_more=more)
        if not more:
            return


def every_variant(union: str) -> list[tuple[str, str]]:
    """(type, class name) for each documented type of `union`, from the spec's mapping."""
    return sorted(discriminator_mapping(union).items())


def unknown_variant(union: str) -> str:
    return fallback_variant(union)


def normalized(value: Any) -> Any:
    """JSON with every RFC 3339 date-time replaced by its instant, to compare round trips."""
    if isinstance(value, dict):
        return {key: normalized(item) for key, item in value.items()}
    if isinstance(value, list):
        return [normalized(item) for item in value]
    if isinstance(value, str) and len(value) >= 19 and value[10:11] == "T":
        try:
            return datetime.datetime.fromisoformat(value)
        except ValueError:
            return value
    return value
