"""Errors raised by the client; catch `VoucherifyError` for all of them."""

from ._exceptions import (
    ActivityDecodeError,
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    CursorExpiredError,
    InternalServerError,
    NotFoundError,
    PaginationError,
    PermissionDeniedError,
    RateLimitError,
    ResponseDecodeError,
    VoucherifyError,
)


class UnexpectedStatus(VoucherifyError):
    """Raised by the low-level `api` functions when the response status is not documented and
    Client.raise_on_unexpected_status is True"""

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content

        super().__init__(
            f"Unexpected status code: {status_code}\n\nResponse content:\n{content.decode(errors='ignore')}"
        )


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
