"""The entry points: VoucherifyActivityClient and AsyncVoucherifyActivityClient.

Both wrap the generated `Client` (kept as `.api_client` for the low-level `api` functions) with
authentication, a base URL per cluster, default timeouts and the retrying transport. As in httpx,
`BaseClient` holds the state and builds the requests; the two clients differ only in what awaits.
"""

from __future__ import annotations

import types
from collections.abc import AsyncIterator, Coroutine, Iterator
from typing import Any, ClassVar, Generic, Literal, Self, TypeVar, get_args

import httpx

from ._http import check_timeout, request_options, transport_errors
from ._resources import CustomerActivityResource, ProgramActivitiesResource
from ._response import raise_for_status
from ._retries import RetryPolicy
from .client import Client
from .models import CustomerActivity, ProgramActivity
from .pages import (
    AsyncCustomerActivityPage,
    AsyncProgramActivityPage,
    CustomerActivityPage,
    ProgramActivityPage,
)
from .pagination import AsyncPager, Clock, PageRequest, SyncPager, utc_now

__all__ = [
    "DEFAULT_TIMEOUT",
    "AsyncVoucherifyActivityClient",
    "BaseClient",
    "Cluster",
    "VoucherifyActivityClient",
]

Cluster = Literal["api", "us1.api", "as1.api"]
CLUSTERS: tuple[Cluster, ...] = get_args(Cluster)
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
TransportT = TypeVar("TransportT", httpx.BaseTransport, httpx.AsyncBaseTransport)


def base_url_for(cluster: str | None, base_url: str | None) -> str:
    """`https://{cluster}.voucherify.io` (Europe by default), or `base_url` as given."""
    if cluster is not None and base_url is not None:
        raise ValueError("pass either cluster= or base_url=, not both")
    if base_url is not None:
        if not isinstance(base_url, str) or not base_url.startswith(("http://", "https://")):
            raise ValueError(f"base_url must start with http:// or https://, got {base_url!r}")
        if "?" in base_url or "#" in base_url:  # httpx would drop the feed's path after it
            raise ValueError(f"base_url must not carry a query or fragment, got {base_url!r}")
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
        _check_credential("bearer_token", bearer_token)
        return {"Authorization": f"Bearer {bearer_token}"}
    if not app_id or not app_token:
        raise ValueError(
            "credentials required: app_id= and app_token= (both non-empty), or bearer_token="
        )
    _check_credential("app_id", app_id)
    _check_credential("app_token", app_token)
    return {"X-App-Id": app_id, "X-App-Token": app_token}


def _check_credential(name: str, value: object) -> None:
    """A credential httpx can send. Else the error says why without the value: httpx would
    refuse it at the first request with the value in its message (`Illegal header value
    b'…\\n'`), a message that travels into logs and error trackers."""
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a string, got {type(value).__name__}")
    if value != value.strip():
        raise ValueError(
            f"{name} starts or ends with whitespace (a newline read from a file?): strip it"
        )
    if not value.isascii() or not value.isprintable():
        raise ValueError(f"{name} holds a character a header cannot carry (non-ASCII or control)")


def _timeout(timeout: float | httpx.Timeout | None) -> httpx.Timeout:
    check_timeout(timeout)
    return timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)


class BaseClient(Generic[TransportT]):
    """State and request building shared by both clients.

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

    # Per mode: the default transport class, the pager class and each feed's page class
    # (typed by the subclass's annotations of customer_activity and program_activities).
    _transport: ClassVar[Any]
    _pager: ClassVar[Any]
    _pages: ClassVar[tuple[type[Any], type[Any]]]
    customer_activity: CustomerActivityResource[Any, Any, Any]
    program_activities: ProgramActivitiesResource[Any, Any, Any]

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
        transport: TransportT | None = None,
        headers: dict[str, str] | None = None,
        validate: bool = False,
        clock: Clock = utc_now,
    ) -> None:
        from . import __version__  # the package is loaded by now; it imports this module

        if retry is not None and not isinstance(retry, RetryPolicy):
            raise TypeError(f"retry must be a RetryPolicy or None, got {retry!r}")
        if not isinstance(validate, bool):
            raise TypeError(f"validate must be True or False, got {validate!r}")
        self._policy = retry if retry is not None else RetryPolicy(max_retries=0)
        self._validate = validate
        self._clock = clock
        self.api_client = Client(
            base_url=base_url_for(cluster, base_url),
            headers={
                "User-Agent": f"voucherify-activity-client/{__version__}",
                **(headers or {}),
                **auth_headers(app_id, app_token, bearer_token),
            },
            timeout=_timeout(timeout),
            raise_on_unexpected_status=True,
            httpx_args={"transport": self._policy.transport(transport or self._transport())},
        )
        self.customer_activity = CustomerActivityResource(self._pager(self, self._pages[0]))
        self.program_activities = ProgramActivitiesResource(self._pager(self, self._pages[1]))

    def _request_args(self, request: PageRequest) -> dict[str, Any]:
        """The generated endpoint's request plus this call's options, for httpx."""
        options = request_options(self._policy, request.timeout, request.max_retries)
        return {**request.kwargs, **options}


class VoucherifyActivityClient(BaseClient[httpx.BaseTransport]):
    """Blocking client; use it as a context manager, or call `close()`. Arguments: BaseClient."""

    _transport, _pager = httpx.HTTPTransport, SyncPager
    _pages = (CustomerActivityPage, ProgramActivityPage)
    customer_activity: CustomerActivityResource[
        CustomerActivityPage, Iterator[CustomerActivityPage], Iterator[CustomerActivity]
    ]
    program_activities: ProgramActivitiesResource[
        ProgramActivityPage, Iterator[ProgramActivityPage], Iterator[ProgramActivity]
    ]

    def _send(self, request: PageRequest) -> httpx.Response:
        """Send `request`; raise unless the status is 2xx."""
        with transport_errors():
            response = self.api_client.get_httpx_client().request(**self._request_args(request))
        raise_for_status(response)
        return response

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


class AsyncVoucherifyActivityClient(BaseClient[httpx.AsyncBaseTransport]):
    """Asyncio client; `async with` it, or `await client.aclose()`. Arguments: BaseClient."""

    _transport, _pager = httpx.AsyncHTTPTransport, AsyncPager
    _pages = (AsyncCustomerActivityPage, AsyncProgramActivityPage)
    customer_activity: CustomerActivityResource[
        Coroutine[Any, Any, AsyncCustomerActivityPage],
        AsyncIterator[AsyncCustomerActivityPage],
        AsyncIterator[CustomerActivity],
    ]
    program_activities: ProgramActivitiesResource[
        Coroutine[Any, Any, AsyncProgramActivityPage],
        AsyncIterator[AsyncProgramActivityPage],
        AsyncIterator[ProgramActivity],
    ]

    async def _send(self, request: PageRequest) -> httpx.Response:
        with transport_errors():
            client = self.api_client.get_async_httpx_client()
            response = await client.request(**self._request_args(request))
        raise_for_status(response)
        return response

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
