"""Construction, authentication, timeouts, retries and the typed errors of the client."""

from __future__ import annotations

import json
import pickle
import socket
import struct
import threading
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest
from voucherify_activity import (
    AsyncVoucherifyActivityClient,
    RetryPolicy,
    VoucherifyActivityClient,
    errors,
)

from .fakes import (
    BASE_URL,
    ScriptedServer,
    SleepRecorder,
    async_client,
    customer_activity,
    customer_page,
    error_body,
    json_response,
    no_jitter_policy,
    sync_client,
)


def ok_page() -> httpx.Response:
    return json_response(200, customer_page([customer_activity(0)], has_more=False))


# ─── construction and authentication ───


def test_app_keys_are_sent_as_x_app_headers() -> None:
    server = ScriptedServer([ok_page()])
    with sync_client(server) as client:
        client.customer_activity.list("cust_1")

    headers = server.requests[0].headers
    assert (headers["X-App-Id"], headers["X-App-Token"]) == ("app-id", "app-token")
    assert "Authorization" not in headers
    assert headers["User-Agent"].startswith("voucherify-activity-client/")


def test_a_bearer_token_is_sent_as_authorization() -> None:
    server = ScriptedServer([ok_page()])
    client = VoucherifyActivityClient(
        bearer_token="oauth-token", base_url=BASE_URL, transport=server.transport
    )
    client.customer_activity.list("cust_1")

    headers = server.requests[0].headers
    assert headers["Authorization"] == "Bearer oauth-token"
    assert "X-App-Id" not in headers and "X-App-Token" not in headers


@pytest.mark.parametrize(
    ("credentials", "message"),
    [
        ({}, "credentials required"),
        ({"app_id": "id"}, "credentials required"),
        ({"app_id": "id", "app_token": ""}, "credentials required"),
        ({"app_id": "id", "app_token": "tok", "bearer_token": "b"}, "not both"),
        ({"bearer_token": ""}, "must not be empty"),
    ],
)
def test_exactly_one_auth_mode_is_required(credentials: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        VoucherifyActivityClient(**credentials)


@pytest.mark.parametrize(
    ("credentials", "kind", "message"),
    [
        ({"app_id": "id", "app_token": "s3cr3t\n"}, ValueError, "app_token starts or ends with"),
        ({"app_id": " id", "app_token": "s3cr3t"}, ValueError, "app_id starts or ends with"),
        ({"bearer_token": "s3cr3t\r\n"}, ValueError, "bearer_token starts or ends with"),
        ({"app_id": "id", "app_token": "s3\x00cr3t"}, ValueError, "a header cannot carry"),
        ({"bearer_token": "s3cr3t\u00e9"}, ValueError, "a header cannot carry"),
        ({"app_id": "id", "app_token": 12345}, TypeError, "app_token must be a string, got int"),
    ],
)
@pytest.mark.parametrize("client_class", [VoucherifyActivityClient, AsyncVoucherifyActivityClient])
def test_a_credential_no_header_can_carry_is_refused_without_showing_it(
    credentials: dict[str, Any], kind: type[Exception], message: str, client_class: Any
) -> None:
    # httpx would refuse it at the first request, quoting the value in its error message.
    with pytest.raises(kind, match=message) as caught:
        client_class(**credentials)
    assert "s3" not in str(caught.value) and "12345" not in str(caught.value)


@pytest.mark.parametrize("timeout", ["30", 0, -5, float("inf"), False])
@pytest.mark.parametrize("client_class", [VoucherifyActivityClient, AsyncVoucherifyActivityClient])
def test_a_bad_client_timeout_is_refused_at_construction(timeout: Any, client_class: Any) -> None:
    with pytest.raises(ValueError, match=r"timeout must be seconds \(a number > 0\)"):
        client_class(app_id="id", app_token="tok", timeout=timeout)


@pytest.mark.parametrize(
    ("cluster", "host"),
    [
        (None, "api.voucherify.io"),
        ("us1.api", "us1.api.voucherify.io"),
        ("as1.api", "as1.api.voucherify.io"),
    ],
)
def test_the_cluster_picks_the_host(cluster: Any, host: str) -> None:
    server = ScriptedServer([ok_page()])
    client = VoucherifyActivityClient(
        app_id="i", app_token="t", cluster=cluster, transport=server.transport, retry=None
    )
    client.customer_activity.list("cust 1/x")

    assert server.requests[0].url.host == host
    assert server.requests[0].url.raw_path.startswith(b"/v1/customers/cust%201%2Fx/activity")


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"cluster": "eu"}, "cluster must be one of"),
        ({"cluster": "api", "base_url": BASE_URL}, "not both"),
        ({"base_url": "api.voucherify.io"}, "must start with http"),
        ({"base_url": "https://proxy.test/voucherify?tenant=1"}, "must not carry a query"),
        ({"base_url": "https://proxy.test/#v1"}, "must not carry a query or fragment"),
    ],
)
def test_bad_server_options_are_clear_errors(options: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        VoucherifyActivityClient(app_id="i", app_token="t", **options)


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"retry": 3}, "retry must be a RetryPolicy or None, got 3"),
        ({"validate": "yes"}, "validate must be True or False, got 'yes'"),
    ],
)
def test_options_of_the_wrong_kind_are_refused_at_construction(
    options: dict[str, Any], message: str
) -> None:
    with pytest.raises(TypeError, match=message):
        VoucherifyActivityClient(app_id="i", app_token="t", **options)


def test_default_timeouts_are_5s_connect_and_30s_read() -> None:
    client = VoucherifyActivityClient(app_id="i", app_token="t")
    timeout = client.api_client.get_httpx_client().timeout

    assert (timeout.connect, timeout.read, timeout.write, timeout.pool) == (5.0, 30.0, 30.0, 30.0)


def test_a_per_call_timeout_overrides_the_default() -> None:
    server = ScriptedServer([ok_page(), ok_page()])
    client = sync_client(server, timeout=12.0)
    client.customer_activity.list("cust_1")
    client.customer_activity.list("cust_1", timeout=httpx.Timeout(1.5, connect=0.5))

    first, second = (request.extensions["timeout"] for request in server.requests)
    assert first == {"connect": 12.0, "read": 12.0, "write": 12.0, "pool": 12.0}
    assert second == {"connect": 0.5, "read": 1.5, "write": 1.5, "pool": 1.5}


# ─── typed errors ───


@pytest.mark.parametrize(
    ("status", "error_class"),
    [
        (400, errors.BadRequestError),
        (401, errors.AuthenticationError),
        (403, errors.PermissionDeniedError),
        (404, errors.NotFoundError),
        (409, errors.APIStatusError),
        (429, errors.RateLimitError),
        (500, errors.InternalServerError),
        (503, errors.InternalServerError),
    ],
)
def test_each_status_raises_its_error_with_the_error_body(
    status: int, error_class: type[errors.APIStatusError]
) -> None:
    body = error_body(
        status, "not_found", "Resource not found", details="Cannot find customer with id cust_x"
    )
    body.update(resource_id="cust_x", resource_type="customer")
    server = ScriptedServer([json_response(status, body)])

    with pytest.raises(error_class) as caught:
        sync_client(server).customer_activity.list("cust_x")

    error = caught.value
    assert type(error) is error_class
    assert (error.status_code, error.code, error.key) == (status, status, "not_found")
    assert (error.message, error.details) == (
        "Resource not found",
        "Cannot find customer with id cust_x",
    )
    assert (error.request_id, error.resource_id, error.resource_type) == (
        "v-0fa4de3",
        "cust_x",
        "customer",
    )
    assert error.body == body
    assert str(error) == (
        f"{status} not_found: Resource not found (Cannot find customer with id cust_x) "
        "[request_id v-0fa4de3]"
    )


@pytest.mark.parametrize(
    ("status", "error_class"),
    [
        (502, errors.InternalServerError),
        (401, errors.AuthenticationError),
        (429, errors.RateLimitError),
    ],
)
def test_a_non_json_error_body_still_gives_the_right_error(
    status: int, error_class: type[errors.APIStatusError]
) -> None:
    html = "<html><body>\n  <h1>Bad Gateway</h1>\n</body></html>"
    server = ScriptedServer([httpx.Response(status, text=html)])

    with pytest.raises(error_class) as caught:
        sync_client(server).customer_activity.list("cust_1")

    error = caught.value
    assert (error.body, error.key, error.request_id) == (None, None, None)
    assert error.raw == html
    assert error.message == "<html><body> <h1>Bad Gateway</h1> </body></html>"


def test_rate_limit_error_carries_retry_after() -> None:
    server = ScriptedServer(
        [
            json_response(
                429, error_body(429, "too_many_requests", "Slow down"), {"Retry-After": "7"}
            )
        ]
    )

    with pytest.raises(errors.RateLimitError) as caught:
        sync_client(server).customer_activity.list("cust_1")

    assert caught.value.retry_after == 7.0


def test_connection_errors_and_timeouts_are_typed() -> None:
    server = ScriptedServer(
        [httpx.ConnectError("connection refused"), httpx.ReadTimeout("read timed out")]
    )
    client = sync_client(server)

    with pytest.raises(errors.APIConnectionError) as refused:
        client.customer_activity.list("cust_1")
    with pytest.raises(errors.APITimeoutError) as timed_out:
        client.customer_activity.list("cust_1")

    assert type(refused.value) is errors.APIConnectionError
    assert "connection refused" in str(refused.value)
    assert isinstance(refused.value.__cause__, httpx.ConnectError)
    assert isinstance(timed_out.value.__cause__, httpx.ReadTimeout)
    assert str(timed_out.value).startswith("Request timed out. (GET https://api.test/v1/")


def test_a_body_whose_content_encoding_does_not_decode_is_a_decode_error() -> None:
    garbled = httpx.ByteStream(b"\x1f\x8bnot gzip")  # a stream: read (and fail) by the client
    corrupt = httpx.Response(200, headers={"Content-Encoding": "gzip"}, stream=garbled)
    server = ScriptedServer([corrupt])

    with pytest.raises(errors.ResponseDecodeError) as caught:
        sync_client(server).customer_activity.list("cust_1")

    assert str(caught.value).startswith("the response body could not be decoded: ")
    assert isinstance(caught.value.__cause__, httpx.DecodingError)


def test_too_many_redirects_is_a_connection_error() -> None:
    server = ScriptedServer([httpx.TooManyRedirects("Exceeded maximum allowed redirects.")])

    with pytest.raises(errors.APIConnectionError, match="Exceeded maximum allowed redirects"):
        sync_client(server).customer_activity.list("cust_1")


def test_errors_survive_pickling_so_they_cross_process_pools() -> None:
    server = ScriptedServer(
        [
            json_response(404, error_body(404, "not_found", "Resource not found")),
            httpx.ConnectError("connection refused"),
        ]
    )
    client = sync_client(server)
    raised = []
    for _ in range(2):
        with pytest.raises(errors.VoucherifyError) as caught:
            client.customer_activity.list("cust_x")
        raised.append(caught.value)
    raised += [
        errors.ActivityDecodeError(
            "required field missing",
            index=3,
            activity_type="customer.created",
            activity_id="evcus_1",
            path=["data", "customer"],
        ),
        errors.CursorExpiredError("lcrsapr_1", None),
    ]

    for error in raised:
        again = pickle.loads(pickle.dumps(error))
        assert type(again) is type(error)
        assert (str(again), repr(again)) == (str(error), repr(error))
        attributes = {k: v for k, v in vars(error).items() if k not in ("response", "request")}
        assert {k: v for k, v in vars(again).items() if k in attributes} == attributes
    assert pickle.loads(pickle.dumps(raised[0])).response.status_code == 404


SECRET = "s3cr3t-token-value"


@pytest.mark.parametrize(
    "credentials", [{"app_id": "app-id", "app_token": SECRET}, {"bearer_token": SECRET}]
)
def test_a_pickled_error_carries_no_credential(credentials: dict[str, Any]) -> None:
    """Errors cross process pools into result backends and error trackers: the request they
    carry (alone, or as the response's) goes with its credential headers blanked."""
    outcomes: list[httpx.Response | Exception] = [
        json_response(status, error_body(status, "k", "m")) for status in (401, 404, 429, 500)
    ]
    # A redirect is not followed: httpx prepares the next request, credentials and all.
    outcomes.append(httpx.Response(302, headers={"Location": f"{BASE_URL}/v1/elsewhere"}))
    outcomes += [httpx.ConnectError("refused"), httpx.ReadTimeout("slow")]
    server = ScriptedServer(outcomes)
    client = VoucherifyActivityClient(
        **credentials, base_url=BASE_URL, transport=server.transport, retry=None
    )
    for _ in outcomes:
        with pytest.raises(errors.VoucherifyError) as caught:
            client.customer_activity.list("cust_1")
        error = caught.value
        assert isinstance(error, errors.APIStatusError | errors.APIConnectionError)
        request = (
            error.response.request if isinstance(error, errors.APIStatusError) else error.request
        )
        # In the process the error is as it came (the request that was sent) ...
        assert SECRET in str(
            request.headers.get("x-app-token", request.headers.get("authorization"))
        )
        pickled = pickle.dumps(error)
        assert SECRET.encode() not in pickled, type(error)
        again = pickle.loads(pickled)
        assert type(again) is type(error)
        sent = again.response.request if isinstance(again, errors.APIStatusError) else again.request
        # ... and a pickled one keeps the rest of the request, with the credentials blanked.
        assert (sent.method, sent.url) == (request.method, request.url)
        assert sent.headers["user-agent"] == request.headers["user-agent"]
        for name in ("x-app-id", "x-app-token", "authorization"):
            assert sent.headers.get(name) in (None, errors.REDACTED)
        if isinstance(again, errors.APIStatusError) and isinstance(error, errors.APIStatusError):
            assert again.response.content == error.response.content
            if error.status_code == 302:
                assert error.response.next_request is not None
                follow = again.response.next_request
                assert follow is not None and follow.url == error.response.next_request.url
                assert all(
                    follow.headers.get(name) in (None, errors.REDACTED)
                    for name in ("x-app-id", "x-app-token", "authorization")
                )


@pytest.mark.parametrize(
    "credentials", [{"app_id": "app-id", "app_token": SECRET}, {"bearer_token": SECRET}]
)
def test_the_repr_of_the_low_level_client_shows_no_credential(credentials: dict[str, Any]) -> None:
    from voucherify_activity.client import AuthenticatedClient

    client = VoucherifyActivityClient(**credentials, base_url=BASE_URL)
    assert SECRET not in repr(client.api_client)
    assert SECRET not in repr(AuthenticatedClient(base_url=BASE_URL, token=SECRET))


def test_a_connection_error_without_a_message_names_its_kind() -> None:
    # httpx's async transport raises ReadError("") for a connection reset.
    server = ScriptedServer([httpx.ReadError("")])

    with pytest.raises(errors.APIConnectionError, match=r"^Connection error: ReadError\. \(GET "):
        sync_client(server).customer_activity.list("cust_1")


def test_the_repr_of_a_decode_error_names_where_the_value_is() -> None:
    error = errors.ActivityDecodeError(
        "required field missing",
        index=3,
        activity_type="customer.created",
        activity_id="evcus_1",
        path=["data", "customer"],
    )
    assert repr(error) == (
        "ActivityDecodeError('[3] (customer.created, evcus_1): data.customer: "
        "required field missing')"
    )


def test_every_client_error_is_a_voucherify_error() -> None:
    for name in errors.__all__:
        assert issubclass(getattr(errors, name), errors.VoucherifyError), name
    assert issubclass(errors.ResponseDecodeError, ValueError)
    assert issubclass(errors.CursorExpiredError, errors.PaginationError)


# ─── retries ───


def test_retry_after_is_honoured_then_the_call_succeeds() -> None:
    sleeps = SleepRecorder()
    server = ScriptedServer(
        [
            json_response(
                429, error_body(429, "too_many_requests", "Slow down"), {"Retry-After": "2"}
            ),
            httpx.Response(503, text="unavailable"),
            ok_page(),
        ]
    )
    page = sync_client(server, retry=no_jitter_policy(sleeps)).customer_activity.list("cust_1")

    assert page.data[0].id == "evcus_000000"
    assert len(server.requests) == 3
    # Retry-After wins; then exponential backoff: 0.5 * 2**2 on the second retry.
    assert sleeps.delays == [2.0, 2.0]


@pytest.mark.parametrize("status", [429, 500, 502, 503, 504])
def test_retryable_statuses_back_off_exponentially_and_give_up(status: int) -> None:
    sleeps = SleepRecorder()
    server = ScriptedServer([httpx.Response(status, text="busy") for _ in range(4)])

    with pytest.raises(errors.APIStatusError) as caught:
        sync_client(server, retry=no_jitter_policy(sleeps)).customer_activity.list("cust_1")

    assert caught.value.status_code == status
    assert len(server.requests) == 4  # one try + three retries
    assert sleeps.delays == [1.0, 2.0, 4.0]


def test_connection_errors_are_retried() -> None:
    sleeps = SleepRecorder()
    server = ScriptedServer([httpx.ConnectError("refused"), httpx.ReadTimeout("slow"), ok_page()])

    page = sync_client(server, retry=no_jitter_policy(sleeps)).customer_activity.list("cust_1")

    assert len(page.data) == 1
    assert sleeps.delays == [1.0, 2.0]


class _BreaksMidBody(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body that stops after its first bytes, as a reset or stalled connection does."""

    def __init__(self, error: httpx.TransportError) -> None:
        self._error = error

    def __iter__(self) -> Iterator[bytes]:
        yield b'{"object": "list", "da'
        raise self._error

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield b'{"object": "list", "da'
        raise self._error


def _broken_body(error: httpx.TransportError) -> httpx.Response:
    return httpx.Response(
        200, headers={"content-type": "application/json"}, stream=_BreaksMidBody(error)
    )


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
async def test_a_connection_that_breaks_while_the_body_is_read_is_retried(
    asynchronous: bool,
) -> None:
    sleeps = SleepRecorder()
    replies = [_broken_body(httpx.ReadError("reset")), _broken_body(httpx.ReadTimeout("slow"))]
    server = ScriptedServer([*replies, ok_page()])
    policy = no_jitter_policy(sleeps)

    if asynchronous:
        async with async_client(server, retry=policy) as client:
            page: Any = await client.customer_activity.list("cust_1")
    else:
        page = sync_client(server, retry=policy).customer_activity.list("cust_1")

    assert [a.id for a in page.data] == ["evcus_000000"]
    assert len(server.requests) == 3
    assert sleeps.delays == [1.0, 2.0]


def test_a_body_that_keeps_breaking_is_a_connection_error_after_the_retries() -> None:
    server = ScriptedServer([_broken_body(httpx.ReadError("reset")) for _ in range(3)])

    with pytest.raises(errors.APIConnectionError, match="Connection error: reset"):
        sync_client(
            server, retry=no_jitter_policy(SleepRecorder(), max_retries=2)
        ).customer_activity.list("cust_1")
    assert len(server.requests) == 3


def test_a_real_connection_reset_mid_body_is_retried() -> None:
    """Over loopback with httpx's own transport: headers, part of the body, then a TCP reset."""
    body = json.dumps(customer_page([customer_activity(0)], has_more=False)).encode()
    head = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n"
    served: list[int] = []

    def serve(listener: socket.socket) -> None:
        for attempt in range(2):
            connection, _ = listener.accept()
            with connection:
                connection.recv(65536)
                served.append(attempt)
                if attempt == 0:  # SO_LINGER 0: close() sends a RST, not a FIN
                    connection.sendall(head % len(body) + body[:10])
                    connection.setsockopt(
                        socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0)
                    )
                else:
                    connection.sendall(head % len(body) + body)

    with socket.create_server(("127.0.0.1", 0)) as listener:
        thread = threading.Thread(target=serve, args=(listener,), daemon=True)
        thread.start()
        port = listener.getsockname()[1]
        with VoucherifyActivityClient(
            app_id="i",
            app_token="t",
            base_url=f"http://127.0.0.1:{port}",
            retry=no_jitter_policy(SleepRecorder()),
        ) as client:
            page = client.customer_activity.list("cust_1")
        thread.join(timeout=5)

    assert [a.id for a in page.data] == ["evcus_000000"]
    assert served == [0, 1]


def test_jittered_backoff_stays_within_its_bounds() -> None:
    sleeps = SleepRecorder()
    policy = RetryPolicy(max_retries=3, backoff_factor=1.0, max_backoff=3.0, sleep=sleeps)
    server = ScriptedServer([httpx.Response(500) for _ in range(4)])

    with pytest.raises(errors.InternalServerError):
        sync_client(server, retry=policy).customer_activity.list("cust_1")

    assert len(sleeps.delays) == 3
    assert all(0.0 <= delay <= 3.0 for delay in sleeps.delays)


@pytest.mark.parametrize("status", [400, 401, 404])
def test_client_errors_are_not_retried(status: int) -> None:
    sleeps = SleepRecorder()
    server = ScriptedServer([json_response(status, error_body(status, "nope", "No"))])

    with pytest.raises(errors.APIStatusError):
        sync_client(server, retry=no_jitter_policy(sleeps)).customer_activity.list("cust_1")

    assert (len(server.requests), sleeps.delays) == (1, [])


def test_retries_can_be_switched_off_for_the_client_or_one_call() -> None:
    sleeps = SleepRecorder()
    off = ScriptedServer([httpx.Response(503)])
    with pytest.raises(errors.InternalServerError):
        sync_client(off, retry=None).customer_activity.list("cust_1")

    per_call = ScriptedServer([httpx.Response(503), httpx.Response(503), ok_page()])
    client = sync_client(per_call, retry=no_jitter_policy(sleeps))
    with pytest.raises(errors.InternalServerError):
        client.customer_activity.list("cust_1", max_retries=0)
    client.customer_activity.list("cust_1", max_retries=1)

    assert len(off.requests) == 1
    assert len(per_call.requests) == 3
    assert sleeps.delays == [1.0]


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ({"max_retries": -1}, "max_retries must be an integer >= 0"),
        ({"max_retries": "3"}, "max_retries must be an integer >= 0"),
        ({"max_retries": None}, "max_retries must be an integer >= 0"),  # retry=None: none
        ({"jitter": 2.0}, "jitter must be between 0 and 1"),
        ({"jitter": "1"}, "jitter must be a number"),
        ({"backoff_factor": -1}, "backoff_factor must be >= 0"),
        ({"max_backoff": float("nan")}, "max_backoff must be a number"),
        ({"statuses": "429"}, "statuses must be HTTP status codes"),
        ({"statuses": 429}, "statuses must be HTTP status codes"),
        ({"statuses": [True]}, "statuses must be HTTP status codes"),
    ],
)
def test_a_bad_retry_policy_is_refused(settings: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        RetryPolicy(**settings)


def test_retry_statuses_may_be_any_collection_of_codes() -> None:
    assert RetryPolicy(statuses=[503, 429]).statuses == frozenset({429, 503})  # type: ignore[arg-type]
    assert RetryPolicy(statuses=iter([502])).statuses == frozenset({502})  # type: ignore[arg-type]


async def test_async_client_retries_with_async_sleep_and_maps_errors() -> None:
    sleeps = SleepRecorder()
    server = ScriptedServer(
        [
            json_response(429, error_body(429, "too_many_requests", "Slow"), {"Retry-After": "3"}),
            ok_page(),
            json_response(404, error_body(404, "not_found", "Resource not found")),
            httpx.ConnectTimeout("connect timed out"),
        ]
    )
    async with async_client(server, retry=no_jitter_policy(sleeps, max_retries=1)) as client:
        page = await client.customer_activity.list("cust_1")
        with pytest.raises(errors.NotFoundError):
            await client.customer_activity.list("cust_2")
        with pytest.raises(errors.APITimeoutError):
            await client.customer_activity.list("cust_3", max_retries=0)

    assert page.data[0].id == "evcus_000000"
    assert sleeps.delays == [3.0]
    assert server.requests[0].headers["X-App-Token"] == "app-token"


async def test_async_client_sends_the_bearer_token() -> None:
    server = ScriptedServer([ok_page()])
    client = AsyncVoucherifyActivityClient(
        bearer_token="tok", base_url=BASE_URL, transport=server.transport
    )
    await client.customer_activity.list("cust_1")
    await client.aclose()

    assert server.requests[0].headers["Authorization"] == "Bearer tok"
