"""The entry points: VoucherifyActivityClient and AsyncVoucherifyActivityClient.

Both wrap the generated `Client` (kept as `.api_client` for the low-level `api` functions) with
authentication, a base URL per cluster, default timeouts and the retrying transport.
"""

from __future__ import annotations

import types
from typing import Any, Literal, Self

import httpx

from ._http import AsyncRequester, SyncRequester
from ._resources import (
    AsyncCustomerActivityResource,
    AsyncProgramActivitiesResource,
    CustomerActivityResource,
    ProgramActivitiesResource,
)
from ._retries import RetryPolicy
from .client import Client
from .pagination import Clock, utc_now

__all__ = [
    "DEFAULT_TIMEOUT",
    "AsyncVoucherifyActivityClient",
    "Cluster",
    "VoucherifyActivityClient",
]

Cluster = Literal["api", "us1.api", "as1.api"]
CLUSTERS: tuple[Cluster, ...] = ("api", "us1.api", "as1.api")
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
_VERSION = "0.1.0"


def base_url_for(cluster: str | None, base_url: str | None) -> str:
    """`https://{cluster}.voucherify.io` (Europe by default), or `base_url` as given."""
    if cluster is not None and base_url is not None:
        raise ValueError("pass either cluster= or base_url=, not both")
    if base_url is not None:
        if not base_url.startswith(("http://", "https://")):
            raise ValueError(f"base_url must start with http:// or https://, got {base_url!r}")
        return base_url.rstrip("/")
    chosen = cluster or "api"
    if chosen not in CLUSTERS:
        raise ValueError(f"cluster must be one of {', '.join(CLUSTERS)}; got {chosen!r}")
    return f"https://{chosen}.voucherify.io"


def auth_headers(
    app_id: str | None, app_token: str | None, bearer_token: str | None
) -> dict[str, str]:
    """Exactly one mode: `X-App-Id` + `X-App-Token`, or `Authorization: Bearer`."""
    app_mode = app_id is not None or app_token is not None
    if app_mode and bearer_token is not None:
        raise ValueError("pass either app_id= and app_token=, or bearer_token=, not both")
    if bearer_token is not None:
        if not bearer_token:
            raise ValueError("bearer_token must not be empty")
        return {"Authorization": f"Bearer {bearer_token}"}
    if not app_id or not app_token:
        raise ValueError(
            "credentials required: app_id= and app_token= (both non-empty), or bearer_token="
        )
    return {"X-App-Id": app_id, "X-App-Token": app_token}


def _timeout(timeout: float | httpx.Timeout | None) -> httpx.Timeout:
    return timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)


def _generated_client(
    *,
    app_id: str | None,
    app_token: str | None,
    bearer_token: str | None,
    cluster: str | None,
    base_url: str | None,
    timeout: float | httpx.Timeout | None,
    headers: dict[str, str] | None,
    transport: Any,
) -> Client:
    return Client(
        base_url=base_url_for(cluster, base_url),
        headers={
            "User-Agent": f"voucherify-activity-client/{_VERSION}",
            **(headers or {}),
            **auth_headers(app_id, app_token, bearer_token),
        },
        timeout=_timeout(timeout),
        raise_on_unexpected_status=True,
        httpx_args={"transport": transport},
    )


class VoucherifyActivityClient:
    """Blocking client; use it as a context manager, or call `close()`.

    Args:
        app_id, app_token: application keys (sent as `X-App-Id` / `X-App-Token`), or
        bearer_token: an OAuth access token (sent as `Authorization: Bearer …`).
        cluster: `"api"` (Europe, the default), `"us1.api"` or `"as1.api"`; or
        base_url: any other server, e.g. a mock.
        timeout: seconds or an `httpx.Timeout`; default 5 s to connect, 30 s for the rest.
        retry: RetryPolicy for 429/5xx/connection errors (default 3 retries); None turns it off.
        transport: an httpx transport to send through (tests pass `httpx.MockTransport`).
        headers: extra headers for every request.
        validate: parse every activity's payload with its page (errors surface at once)
            instead of on first access.
        clock: the current time, for v2 cursor expiry (tests pass a fake).
    """

    def __init__(
        self,
        *,
        app_id: str | None = None,
        app_token: str | None = None,
        bearer_token: str | None = None,
        cluster: Cluster | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        retry: RetryPolicy | None = RetryPolicy(),  # noqa: B008 - frozen, safe to share
        transport: httpx.BaseTransport | None = None,
        headers: dict[str, str] | None = None,
        validate: bool = False,
        clock: Clock = utc_now,
    ) -> None:
        policy = retry if retry is not None else RetryPolicy(max_retries=0)
        self.api_client = _generated_client(
            app_id=app_id,
            app_token=app_token,
            bearer_token=bearer_token,
            cluster=cluster,
            base_url=base_url,
            timeout=timeout,
            headers=headers,
            transport=policy.transport(transport or httpx.HTTPTransport()),
        )
        requester = SyncRequester(self.api_client, policy)
        self.customer_activity = CustomerActivityResource(requester, validate)
        self.program_activities = ProgramActivitiesResource(requester, validate, clock)

    def close(self) -> None:
        self.api_client.get_httpx_client().close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: types.TracebackType | None,
    ) -> None:
        self.close()


class AsyncVoucherifyActivityClient:
    """Asyncio client; `async with` it, or `await client.aclose()`. Arguments as the sync client."""

    def __init__(
        self,
        *,
        app_id: str | None = None,
        app_token: str | None = None,
        bearer_token: str | None = None,
        cluster: Cluster | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        retry: RetryPolicy | None = RetryPolicy(),  # noqa: B008 - frozen, safe to share
        transport: httpx.AsyncBaseTransport | None = None,
        headers: dict[str, str] | None = None,
        validate: bool = False,
        clock: Clock = utc_now,
    ) -> None:
        policy = retry if retry is not None else RetryPolicy(max_retries=0)
        self.api_client = _generated_client(
            app_id=app_id,
            app_token=app_token,
            bearer_token=bearer_token,
            cluster=cluster,
            base_url=base_url,
            timeout=timeout,
            headers=headers,
            transport=policy.transport(transport or httpx.AsyncHTTPTransport()),
        )
        requester = AsyncRequester(self.api_client, policy)
        self.customer_activity = AsyncCustomerActivityResource(requester, validate)
        self.program_activities = AsyncProgramActivitiesResource(requester, validate, clock)

    async def aclose(self) -> None:
        await self.api_client.get_async_httpx_client().aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: types.TracebackType | None,
    ) -> None:
        await self.aclose()
