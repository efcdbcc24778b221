"""Voucherify-style error bodies: `{code, key, message, details, request_id}` (+ resource_*)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from starlette.responses import Response

from .serial import Serial


@dataclass(eq=False)  # not frozen: the interpreter and test tools set exception attributes
class ApiError(Exception):
    """An error response; raised anywhere in a request, rendered by the app."""

    status: int
    key: str
    message: str
    details: str
    resource_id: str | None = None
    resource_type: str | None = None

    def body(self, request_id: str) -> dict[str, Any]:
        body: dict[str, Any] = {
            "code": self.status,
            "key": self.key,
            "message": self.message,
            "details": self.details,
            "request_id": request_id,
        }
        if self.resource_id is not None:
            body["resource_id"] = self.resource_id
        if self.resource_type is not None:
            body["resource_type"] = self.resource_type
        return body


def invalid_query(details: str) -> ApiError:
    return ApiError(400, "invalid_query_params", "Invalid query params", details)


def invalid_cursor(details: str) -> ApiError:
    return ApiError(400, "invalid_cursor", "Invalid cursor", details)


def unauthorized() -> ApiError:
    return ApiError(
        401,
        "unauthorized",
        "Unauthorized",
        "Missing or invalid credentials: send X-App-Id with X-App-Token, or Authorization: Bearer.",
    )


def not_found(resource_type: str, resource_id: str) -> ApiError:
    return ApiError(
        404,
        "not_found",
        "Resource not found",
        f"Cannot find {resource_type} with id {resource_id}",
        resource_id=resource_id,
        resource_type=resource_type,
    )


def route_not_found(path: str) -> ApiError:
    return ApiError(404, "not_found", "Resource not found", f"No route for {path}")


def method_not_allowed(method: str) -> ApiError:
    return ApiError(405, "method_not_allowed", "Method not allowed", f"{method} is not supported")


def internal_error(details: str) -> ApiError:
    return ApiError(500, "internal_server_error", "Internal server error", details)


class RequestIds(Serial):
    """`v-` + 18 hex digits, deterministic per app so reports of two runs compare equal."""

    def __init__(self, salt: str = "mock") -> None:
        super().__init__(salt, digest_size=9, prefix="v-")


def error_response(error: ApiError, request_id: str, *, bare: bool = False) -> Response:
    """The JSON error response; `bare` is the `bad_error_body` fault's `{"error": ...}` shape."""
    body: dict[str, Any] = {"error": error.message} if bare else error.body(request_id)
    headers = {"Allow": "GET, HEAD"} if error.status == 405 else None
    # ASCII escapes: details may quote a path, and a lone surrogate must not become a 500.
    content = json.dumps(body, separators=(",", ":")).encode("ascii")
    return Response(content, error.status, headers, media_type="application/json")
