"""Errors raised by the client; catch `VoucherifyError` for all of them.

VoucherifyError
├── APIStatusError              the API answered with a status >= 300
│   ├── BadRequestError         400
│   ├── AuthenticationError     401
│   ├── PermissionDeniedError   403
│   ├── NotFoundError           404
│   ├── RateLimitError          429 (retry_after)
│   └── InternalServerError     5xx
├── APIConnectionError          no response (DNS, refused, reset, ...); a redirect is not
│   │                           followed: it is an APIStatusError with its 3xx status
│   └── APITimeoutError
├── ResponseDecodeError         a 2xx body that is not JSON, breaks the spec, or does not decode
│   │                           (its Content-Encoding); also a ValueError
│   └── ActivityDecodeError     ... inside one activity of a page
├── PaginationError             the server broke the pagination contract
│   └── CursorExpiredError      a v2 cursor expired before the next page was fetched
└── UnexpectedStatus            an undocumented status, from the generated low-level `api` layer
"""

from __future__ import annotations

import contextlib
import copy
import datetime
from collections.abc import Mapping
from typing import Any

import httpx

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "ActivityDecodeError",
    "AuthenticationError",
    "BadRequestError",
    "CursorExpiredError",
    "InternalServerError",
    "NotFoundError",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseDecodeError",
    "UnexpectedStatus",
    "VoucherifyError",
]

_RAW_SHOWN = 200  # characters of a non-JSON error body quoted in the message


class VoucherifyError(Exception):
    """Base class of every error raised by this client."""

    def __reduce__(self) -> tuple[Any, ...]:
        # Pickled with its attributes, not through __init__ (whose arguments differ per class),
        # so an error crosses a process pool or a multiprocessing queue as itself; but without the
        # credentials its request carries, as it may end in a result backend or an error tracker.
        state = {name: _without_credentials(value) for name, value in self.__dict__.items()}
        return (_restored, (type(self), self.args, state))


class APIStatusError(VoucherifyError):
    """The API answered with an error status; the fields of its error body are attributes.

    `body` is the decoded JSON error body (None when it was not a JSON object) and `raw` the
    body text as received, so a proxy's HTML error page still reaches you.
    """

    status_code: int
    code: int | None
    key: str | None
    message: str
    details: str | None
    request_id: str | None
    resource_id: str | None
    resource_type: str | None

    def __init__(self, response: httpx.Response, body: Mapping[str, Any] | None) -> None:
        self.response = response
        self.status_code = response.status_code
        self.body = body
        self.raw = response.text
        fields = body or {}
        self.code = _optional(fields, "code", int)
        self.key = _optional(fields, "key", str)
        self.details = _optional(fields, "details", str)
        self.request_id = _optional(fields, "request_id", str)
        self.resource_id = _optional(fields, "resource_id", str)
        self.resource_type = _optional(fields, "resource_type", str)
        self.message = _optional(fields, "message", str) or _raw_excerpt(self.raw)
        super().__init__(self._describe())

    def _describe(self) -> str:
        text = f"{self.status_code}"
        if self.key:
            text += f" {self.key}"
        text += f": {self.message}"
        if self.details:
            text += f" ({self.details})"
        if self.request_id:
            text += f" [request_id {self.request_id}]"
        return text


class BadRequestError(APIStatusError):
    """400: a query or path parameter is invalid (see `key` and `details`)."""


class AuthenticationError(APIStatusError):
    """401: credentials are missing or wrong."""


class PermissionDeniedError(APIStatusError):
    """403: the credentials may not read this resource."""


class NotFoundError(APIStatusError):
    """404: the customer or program does not exist (see `resource_id`)."""


class RateLimitError(APIStatusError):
    """429 after the retries (if any) were used up; `retry_after` is in seconds, if sent."""

    retry_after: float | None

    def __init__(self, response: httpx.Response, body: Mapping[str, Any] | None) -> None:
        self.retry_after = _retry_after(response.headers.get("Retry-After"))
        super().__init__(response, body)


class InternalServerError(APIStatusError):
    """5xx after the retries (if any) were used up."""


class APIConnectionError(VoucherifyError):
    """No response was received (connection refused or reset, DNS failure, ...)."""

    def __init__(self, request: httpx.Request, message: str = "Connection error.") -> None:
        self.request = request
        super().__init__(f"{message} ({request.method} {request.url})")


class APITimeoutError(APIConnectionError):
    """The request timed out (connect, read, write or pool timeout)."""

    def __init__(self, request: httpx.Request) -> None:
        super().__init__(request, "Request timed out.")


class ResponseDecodeError(VoucherifyError, ValueError):
    """A successful response whose body is not JSON or does not match the spec.

    `path` locates the offending value from the body's root (`["data", 3, "created_at"]`);
    `reason` says what is wrong with it.
    """

    def __init__(self, reason: str, path: list[str | int] | None = None) -> None:
        self.reason = reason
        self.path: list[str | int] = path if path is not None else []
        super().__init__(reason)

    def prepend(self, segment: str | int) -> None:
        """Called by each enclosing level while the error travels up to the page."""
        self.path.insert(0, segment)

    def __str__(self) -> str:
        return f"{format_path(self.path)}: {self.reason}" if self.path else self.reason

    def __repr__(self) -> str:  # with the path (and activity) that str() gives, for `%r` logs
        return f"{type(self).__name__}({str(self)!r})"


class ActivityDecodeError(ResponseDecodeError):
    """One activity of a page breaks the spec.

    `index` is its position in the page and `location` the path to it from the body's root
    (`["data", 3]`); both are None / empty when the activity's payload was read lazily outside
    its page. `path` leads from the activity to the offending value.
    """

    def __init__(
        self,
        reason: str,
        *,
        index: int | None,
        activity_type: str | None,
        activity_id: str | None,
        path: list[str | int],
    ) -> None:
        self.index = index
        self.activity_type = activity_type
        self.activity_id = activity_id
        self.location: list[str | int] = [] if index is None else [index]
        super().__init__(reason, path)

    def prepend(self, segment: str | int) -> None:
        self.location.insert(0, segment)

    def locate(self, index: int, list_name: str = "data") -> None:
        """Record where in its page the activity sits (for errors raised outside the page)."""
        self.index = index
        self.location = [list_name, index]

    def __str__(self) -> str:
        where = format_path(self.location) if self.location else "activity"
        if self.activity_type is not None or self.activity_id is not None:
            where += f" ({self.activity_type or '?'}, {self.activity_id or '?'})"
        inside = f"{format_path(self.path)}: " if self.path else ""
        return f"{where}: {inside}{self.reason}"


class PaginationError(VoucherifyError):
    """The server broke the pagination contract (a repeated cursor, an empty page claiming more)."""


class CursorExpiredError(PaginationError):
    """A v2 cursor expired before the next page was requested; restart the listing.

    `expires_at` is None when the server, not the client, reported the expiry (400
    `invalid_cursor`); that BadRequestError is then this error's `__cause__`.
    """

    def __init__(self, cursor: str, expires_at: datetime.datetime | None) -> None:
        self.cursor = cursor
        self.expires_at = expires_at
        when = f" at {expires_at.isoformat()}" if expires_at is not None else ""
        super().__init__(f"cursor {cursor} expired{when}; restart the listing from the first page")


class UnexpectedStatus(VoucherifyError):
    """Raised by the low-level `api` functions when the response status is not documented and
    Client.raise_on_unexpected_status is True"""

    def __init__(self, status_code: int, content: bytes) -> None:
        self.status_code = status_code
        self.content = content
        text = content.decode(errors="ignore")
        super().__init__(f"Unexpected status code: {status_code}\n\nResponse content:\n{text}")


# Header values a pickled error does not carry (the contract check blanks the same ones).
CREDENTIAL_HEADERS = frozenset({"authorization", "x-app-id", "x-app-token", "x-client-token"})
REDACTED = "[redacted]"


def _without_credentials(value: Any) -> Any:
    """A copy of a request (or of a response and its request) with the credential headers
    blanked; any other value as it is."""
    if isinstance(value, httpx.Request):
        clone = copy.copy(value)  # through __getstate__: no stream, nothing sent twice
        clone.headers = httpx.Headers(
            [
                (name, REDACTED if name.lower() in CREDENTIAL_HEADERS else header)
                for name, header in value.headers.multi_items()
            ]
        )
        return clone
    if isinstance(value, httpx.Response):
        response = copy.copy(value)
        with contextlib.suppress(RuntimeError):  # a response built without a request
            response.request = _without_credentials(value.request)
        # httpx prepares the request a 3xx points to (redirects are not followed), headers and all
        response.next_request = _without_credentials(value.next_request)
        return response
    return value


def _restored(cls: type[VoucherifyError], args: tuple[Any, ...], state: dict[str, Any]) -> Any:
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


def format_path(path: list[str | int]) -> str:
    """`["data", 3, "data", "customer"]` -> `data[3].data.customer`."""
    text = ""
    for segment in path:
        if isinstance(segment, int):
            text += f"[{segment}]"
        else:
            text += f".{segment}" if text else segment
    return text


def _optional(fields: Mapping[str, Any], name: str, kind: type) -> Any:
    value = fields.get(name)
    return value if isinstance(value, kind) and not isinstance(value, bool) else None


def _raw_excerpt(raw: str) -> str:
    text = " ".join(raw.split())
    if not text:
        return "(empty body)"
    return text if len(text) <= _RAW_SHOWN else text[:_RAW_SHOWN] + "…"


def _retry_after(value: str | None) -> float | None:
    if value is None:
        return None
    try:
        seconds = float(value.strip())
    except ValueError:
        return _retry_after_date(value)
    return seconds if seconds >= 0 else None


def _retry_after_date(value: str) -> float | None:
    from email.utils import parsedate_to_datetime  # only for the rare HTTP-date form

    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=datetime.UTC)
    return max(0.0, (when - datetime.datetime.now(datetime.UTC)).total_seconds())
