"""Retries of idempotent reads, by httpx-retries' transport.

Every call of this client is a GET, so retrying is always safe. Retried: 429, 500, 502, 503,
504 and connection errors or timeouts (also while the body is read), with bounded exponential
backoff and full jitter; a `Retry-After` header (seconds or HTTP date) wins over the backoff,
capped at `max_backoff`.
"""

from __future__ import annotations

import asyncio
import contextlib
import math
import time
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import httpx
from httpx_retries import Retry, RetryTransport

__all__ = ["RetryPolicy", "check_max_retries"]

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})


@dataclass(frozen=True)
class RetryPolicy:
    """How failed reads are retried; `RetryPolicy(max_retries=0)` turns retries off.

    The pause before retry n (1-based) is `backoff_factor * 2**n` seconds scaled by a random
    factor in `[1 - jitter, 1]`, at most `max_backoff`. `sleep` / `async_sleep` perform the
    pauses (tests pass fakes that record the delays instead of waiting).
    """

    max_retries: int = 3
    backoff_factor: float = 0.5
    max_backoff: float = 30.0
    jitter: float = 1.0
    statuses: frozenset[int] = RETRY_STATUSES
    respect_retry_after: bool = True
    sleep: Callable[[float], None] = field(default=time.sleep, compare=False, repr=False)
    async_sleep: Callable[[float], Awaitable[None]] = field(
        default=asyncio.sleep, compare=False, repr=False
    )

    def __post_init__(self) -> None:
        check_max_retries(self.max_retries)
        for name in ("backoff_factor", "max_backoff", "jitter"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int | float) or math.isnan(value):
                raise ValueError(f"{name} must be a number, got {value!r}")
        object.__setattr__(self, "statuses", _status_codes(self.statuses))  # a list will do
        if self.backoff_factor < 0 or self.max_backoff <= 0:
            raise ValueError("backoff_factor must be >= 0 and max_backoff > 0")
        if not 0 <= self.jitter <= 1:
            raise ValueError(f"jitter must be between 0 and 1, got {self.jitter}")

    def to_retry(self, max_retries: int | None = None) -> Retry:
        """The httpx-retries `Retry` for this policy (with another retry budget if given)."""
        return _PolicyRetry(
            total=self.max_retries if max_retries is None else max_retries,
            allowed_methods=["GET"],
            status_forcelist=self.statuses,
            backoff_factor=self.backoff_factor,
            max_backoff_wait=self.max_backoff,
            backoff_jitter=self.jitter,
            respect_retry_after_header=self.respect_retry_after,
            sleep=self.sleep,
            async_sleep=self.async_sleep,
        )

    def transport(self, inner: httpx.BaseTransport | httpx.AsyncBaseTransport) -> RetryTransport:
        return RetryTransport(transport=_whole_body(inner), retry=self.to_retry())


# httpx reads a body after the transports return, outside the retry transport: a connection
# that broke mid-body (a reset, a read timeout: the common way a long page transfer dies) was
# not retried. These read it inside, so the retry transport sees the failure.


class _Reading:
    def __init__(self, inner: Any) -> None:
        self._inner = inner


class _WholeBody(_Reading, httpx.BaseTransport):
    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response: httpx.Response = self._inner.handle_request(request)
        if response.is_stream_consumed:  # built in memory (httpx.MockTransport)
            return response
        try:
            body = b"".join(response.iter_raw())
        finally:
            response.close()
        return _received(response, body)

    def close(self) -> None:
        self._inner.close()


class _AsyncWholeBody(_Reading, httpx.AsyncBaseTransport):
    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response: httpx.Response = await self._inner.handle_async_request(request)
        if response.is_stream_consumed:
            return response
        try:
            body = b"".join([chunk async for chunk in response.aiter_raw()])
        finally:
            await response.aclose()
        return _received(response, body)

    async def aclose(self) -> None:
        await self._inner.aclose()


class _EitherWholeBody(_WholeBody, _AsyncWholeBody):
    """For a transport that serves both clients (httpx.MockTransport)."""


def _whole_body(
    inner: httpx.BaseTransport | httpx.AsyncBaseTransport,
) -> httpx.BaseTransport | httpx.AsyncBaseTransport:
    sync = isinstance(inner, httpx.BaseTransport)
    asynchronous = isinstance(inner, httpx.AsyncBaseTransport)
    kind = (
        _EitherWholeBody
        if sync and asynchronous
        else _AsyncWholeBody
        if asynchronous
        else _WholeBody
    )
    return kind(inner)


def _received(response: httpx.Response, body: bytes) -> httpx.Response:
    """`response` with its raw body in memory (still encoded: httpx decodes it as usual)."""
    return httpx.Response(
        response.status_code,
        headers=response.headers,
        stream=httpx.ByteStream(body),
        extensions=response.extensions,
    )


def check_max_retries(max_retries: object) -> None:
    """A number of retries: an integer, 0 for none."""
    if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
        raise ValueError(f"max_retries must be an integer >= 0, got {max_retries!r}")


def _status_codes(values: object) -> frozenset[int]:
    if isinstance(values, Iterable) and not isinstance(values, str | bytes):
        with contextlib.suppress(TypeError):  # an unhashable member
            codes = frozenset(values)
            if all(isinstance(code, int) and not isinstance(code, bool) for code in codes):
                return codes
    raise ValueError(f"statuses must be HTTP status codes (integers), got {values!r}")


class _PolicyRetry(Retry):
    """httpx-retries' Retry whose pauses go through the policy's (injectable) sleep functions."""

    def __init__(
        self,
        *args: Any,
        sleep: Callable[[float], None] = time.sleep,
        async_sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self._sleep = sleep
        self._async_sleep = async_sleep

    def increment(self) -> Retry:
        # Retry.increment() rebuilds the object from its documented fields only; carry ours over.
        successor = super().increment()
        if isinstance(successor, _PolicyRetry):
            successor._sleep, successor._async_sleep = self._sleep, self._async_sleep
        return successor

    def sleep(self, response: httpx.Response | Exception) -> None:
        seconds = self._pause(response)
        self._sleep(seconds)
        self.elapsed_sleep += seconds

    async def asleep(self, response: httpx.Response | Exception) -> None:
        seconds = self._pause(response)
        await self._async_sleep(seconds)
        self.elapsed_sleep += seconds

    def _pause(self, response: httpx.Response | Exception) -> float:
        headers = response.headers if isinstance(response, httpx.Response) else httpx.Headers()
        # Retry-After first, else backoff; httpx-retries 0.6.0 (pinned) computes it here.
        return self._calculate_sleep(headers)
