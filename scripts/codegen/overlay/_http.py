"""Per-call options (`timeout=`, `max_retries=`) and transport errors, for the clients' requests."""

from __future__ import annotations

import contextlib
import enum
from collections.abc import Iterator
from typing import Any, Final, TypeAlias

import httpx

from ._response import connection_error
from ._retries import RetryPolicy

__all__ = ["NOT_GIVEN", "NotGiven", "Timeout", "request_options", "transport_errors"]


class NotGiven(enum.Enum):
    """Marks an option the caller left out (None is a meaningful timeout: wait forever)."""

    NOT_GIVEN = enum.auto()

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven.NOT_GIVEN
Timeout: TypeAlias = float | httpx.Timeout | None


def request_options(
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


@contextlib.contextmanager
def transport_errors() -> Iterator[None]:
    """httpx's transport failures as APIConnectionError / APITimeoutError."""
    try:
        yield
    except httpx.TransportError as error:
        raise connection_error(error) from error
