"""Sending one request through the generated `Client`, with per-call options and typed errors."""

from __future__ import annotations

import enum
from typing import Any, Final, TypeAlias

import httpx

from ._response import connection_error, raise_for_status
from ._retries import RetryPolicy
from .client import Client

__all__ = ["NOT_GIVEN", "AsyncRequester", "NotGiven", "SyncRequester", "Timeout"]


class NotGiven(enum.Enum):
    """Marks an option the caller left out (None is a meaningful timeout: wait forever)."""

    NOT_GIVEN = enum.auto()

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven.NOT_GIVEN
Timeout: TypeAlias = float | httpx.Timeout | None


def _request_options(
    policy: RetryPolicy, timeout: Timeout | NotGiven, max_retries: int | None
) -> dict[str, Any]:
    options: dict[str, Any] = {}
    if timeout is not NOT_GIVEN:
        options["timeout"] = timeout
    if max_retries is not None:
        if max_retries < 0:
            raise ValueError(f"max_retries must be >= 0, got {max_retries}")
        # httpx-retries reads a per-request Retry from the request extensions.
        options["extensions"] = {"retry": policy.to_retry(max_retries)}
    return options


class SyncRequester:
    def __init__(self, client: Client, policy: RetryPolicy) -> None:
        self.client = client
        self._policy = policy

    def send(
        self,
        request: dict[str, Any],
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> httpx.Response:
        """Send the `_get_kwargs(...)` of a generated endpoint; raise unless the status is 2xx."""
        options = _request_options(self._policy, timeout, max_retries)
        try:
            response = self.client.get_httpx_client().request(**request, **options)
        except httpx.TransportError as error:
            raise connection_error(error) from error
        raise_for_status(response)
        return response


class AsyncRequester:
    def __init__(self, client: Client, policy: RetryPolicy) -> None:
        self.client = client
        self._policy = policy

    async def send(
        self,
        request: dict[str, Any],
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> httpx.Response:
        options = _request_options(self._policy, timeout, max_retries)
        try:
            response = await self.client.get_async_httpx_client().request(**request, **options)
        except httpx.TransportError as error:
            raise connection_error(error) from error
        raise_for_status(response)
        return response
