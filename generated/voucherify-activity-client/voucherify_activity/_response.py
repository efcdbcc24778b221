"""HTTP outcome -> result or typed error: status mapping and transport failures."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from .errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseDecodeError,
)
from .parsing import loads

_BY_STATUS: Mapping[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    429: RateLimitError,
}


def raise_for_status(response: httpx.Response) -> None:
    """Return quietly on 2xx, else raise the APIStatusError subclass for the status."""
    status = response.status_code
    if 200 <= status < 300:
        return
    if status >= 500:
        error_class: type[APIStatusError] = InternalServerError
    else:
        error_class = _BY_STATUS.get(status, APIStatusError)
    raise error_class(response, _error_body(response))


def connection_error(error: httpx.RequestError) -> APIConnectionError | ResponseDecodeError:
    """The client error for an httpx request failure (raise it `from` the original): a body
    whose Content-Encoding does not decode is a ResponseDecodeError, the rest (transport
    failures, too many redirects) an APIConnectionError."""
    if isinstance(error, httpx.DecodingError):
        return ResponseDecodeError(f"the response body could not be decoded: {error}")
    request = _request_of(error)
    if isinstance(error, httpx.TimeoutException):
        return APITimeoutError(request)
    # str(error) is empty for some transport errors (the async client's ReadError): name the class.
    return APIConnectionError(request, f"Connection error: {str(error) or type(error).__name__}.")


def _error_body(response: httpx.Response) -> Mapping[str, Any] | None:
    # A proxy or load balancer may answer with HTML or nothing; the error class still fits.
    try:
        body = loads(response.content)
    except ValueError:
        return None
    return body if isinstance(body, Mapping) else None


def _request_of(error: httpx.RequestError) -> httpx.Request:
    try:
        return error.request
    except RuntimeError:  # an exception raised without a request attached (custom transports)
        return httpx.Request("GET", "http://unknown.invalid/")
