"""Per-call options (`timeout=`, `max_retries=`) and transport errors, for the clients' requests."""

from __future__ import annotations

import contextlib
import enum
import math
from collections.abc import Iterator
from typing import Any, Final, TypeAlias

import httpx

from ._response import connection_error
from ._retries import RetryPolicy

__all__ = [
    "NOT_GIVEN",
    "NotGiven",
    "Timeout",
    "check_timeout",
    "request_options",
    "transport_errors",
]


class NotGiven(enum.Enum):
    """Marks an option the caller left out (None is a meaningful timeout: wait forever)."""

    NOT_GIVEN = enum.auto()

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven.NOT_GIVEN
Timeout: TypeAlias = float | httpx.Timeout | None


def check_timeout(timeout: object) -> None:
    """Seconds (a finite number > 0), an httpx.Timeout, or None (wait forever); checked when
    given, as httpx would fail only on sending, from deep inside."""
    if timeout is None or isinstance(timeout, httpx.Timeout):
        return
    if isinstance(timeout, int | float) and not isinstance(timeout, bool):
        if math.isfinite(timeout) and timeout > 0:
            return
    raise ValueError(
        f"timeout must be seconds (a number > 0), an httpx.Timeout or None, got {timeout!r}"
    )


def request_options(
    policy: RetryPolicy, timeout: Timeout | NotGiven, max_retries: int | None
) -> dict[str, Any]:
    """httpx's arguments for a call's options (checked by PageRequest when the call was made)."""
    options: dict[str, Any] = {}
    if timeout is not NOT_GIVEN:
        options["timeout"] = timeout
    if max_retries is not None:
        # httpx-retries reads a per-request Retry from the request extensions.
        options["extensions"] = {"retry": policy.to_retry(max_retries)}
    return options


@contextlib.contextmanager
def transport_errors() -> Iterator[None]:
    """httpx's request failures as this client's errors (see `connection_error`)."""
    try:
        yield
    except httpx.RequestError as error:
        raise connection_error(error) from error
