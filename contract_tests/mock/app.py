"""`create_app`: the Starlette application serving both feeds over the shared dataset."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from starlette.types import ASGIApp, Receive, Scope, Send

from .cursors import CursorStore
from .customer_endpoint import CustomerActivityEndpoint
from .dataset import get_dataset
from .errors import (
    ApiError,
    RequestIds,
    internal_error,
    method_not_allowed,
    route_not_found,
)
from .faults import Faults
from .program_endpoint import ProgramActivityEndpoint
from .state import MockState
from .timeutil import utc_now

CUSTOMER_ACTIVITY_PATH = "/v1/customers/{customer_id}/activity"
PROGRAM_ACTIVITY_PATH = "/v2/loyalties/programs/{program_id}/activities"


def create_app(
    *,
    faults: frozenset[str] = frozenset(),
    clock: Callable[[], datetime] | None = None,
) -> Starlette:
    """The mock API; `faults` (names in `FAULTS`) break one behaviour each, `clock` drives cursors.

    Raises `UnknownFault` for a fault name it does not know.
    """
    active = Faults(frozenset(faults))
    now = clock or utc_now
    state = MockState(
        dataset=get_dataset(),
        faults=active,
        clock=now,
        cursors=CursorStore(now),
        request_ids=RequestIds(),
    )

    async def on_api_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, ApiError)
        return state.error_response(exc)

    async def on_http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        error = (
            method_not_allowed(request.method)
            if exc.status_code == 405
            else route_not_found(request.url.path[:200])
        )
        return state.error_response(error)

    async def on_unexpected(request: Request, exc: Exception) -> Response:
        # A bug in the mock: still answer in the documented error shape.
        error = internal_error(f"{type(exc).__name__} in the mock")
        return state.error_response(error)

    middleware = [Middleware(ServerErrorFault, state=state)] if "server_error" in active else []
    return Starlette(
        routes=[
            Route(CUSTOMER_ACTIVITY_PATH, CustomerActivityEndpoint(state).handle, methods=["GET"]),
            Route(PROGRAM_ACTIVITY_PATH, ProgramActivityEndpoint(state).handle, methods=["GET"]),
        ],
        middleware=middleware,
        exception_handlers={
            ApiError: on_api_error,
            HTTPException: on_http_error,
            Exception: on_unexpected,
        },
    )


class ServerErrorFault:
    """The `server_error` fault: every request gets a 500."""

    def __init__(self, app: ASGIApp, state: MockState) -> None:
        self.app = app
        self.state = state

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        error = internal_error("Injected fault: server_error")
        await self.state.error_response(error)(scope, receive, send)
