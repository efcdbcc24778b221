"""What every request handler of one app shares: dataset, faults, clock, cursors, request ids."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from starlette.requests import Request

from .auth import is_authorized
from .cursors import CursorStore
from .dataset import Dataset
from .errors import RequestIds, unauthorized
from .faults import Faults


@dataclass(frozen=True)
class MockState:
    dataset: Dataset
    faults: Faults
    clock: Callable[[], datetime]
    cursors: CursorStore
    request_ids: RequestIds

    def authorize(self, request: Request) -> None:
        if self.faults.auth_enforced and not is_authorized(request.headers):
            raise unauthorized()
