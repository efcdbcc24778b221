"""What every request handler of one app shares: dataset, faults, clock, cursors, request ids."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from starlette.requests import Request
from starlette.responses import Response

from . import item_faults
from .auth import is_authorized
from .cursors import CursorStore
from .dataset import Dataset
from .errors import ApiError, RequestIds, error_response, unauthorized
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

    def page_response(
        self, feed_kind: str, bodies: Sequence[bytes], render: Callable[[list[bytes]], bytes]
    ) -> Response:
        """A page of activity `bodies` (`render` wraps them in the envelope), damaged by the
        active payload and envelope faults."""
        items = item_faults.damage(
            bodies, self.faults, feed_kind=feed_kind, malformations=self.dataset.malformations
        )
        body = item_faults.damage_envelope(render(items), self.faults, feed_kind=feed_kind)
        return Response(body, media_type=self.faults.page_media_type)

    def error_response(self, error: ApiError) -> Response:
        """The error's response with the next request id (`bare` under `bad_error_body`)."""
        return error_response(error, self.request_ids.next(), bare=self.faults.bare_errors)
