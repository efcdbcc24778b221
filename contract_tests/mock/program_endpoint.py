"""`GET /v2/loyalties/programs/{id}/activities` (BETA): opaque server-side cursors.

Order of checks: credentials (401), query parameters and filters (400), program (404), cursor
(400 `invalid_cursor`). A cursor carries the walk's filters and order: `filters` / `order` sent
alongside one are validated but ignored; `limit` applies per request.
"""

from __future__ import annotations

from functools import partial
from typing import cast

from starlette.requests import Request
from starlette.responses import Response

from ..spec import PROGRAM_ACTIVITY_OPERATION
from . import render
from .errors import invalid_cursor, not_found
from .paging import take_page
from .params import ScalarParams
from .program_filters import ProgramFilter, ProgramFilters
from .query import parse_query
from .state import MockState
from .timeutil import iso_from_us

IMPLEMENTED = frozenset({"limit", "order", "cursor"})
DEFAULT_LIMIT = 10
DEFAULT_ORDER = "-created_at"


class ProgramActivityEndpoint:
    def __init__(self, state: MockState) -> None:
        self.state = state
        spec = state.dataset.spec
        self.params = ScalarParams(spec, PROGRAM_ACTIVITY_OPERATION, IMPLEMENTED)
        self.filters = ProgramFilters(spec)

    async def handle(self, request: Request) -> Response:
        state, faults, cursors = self.state, self.state.faults, self.state.cursors
        state.authorize(request)
        pairs = parse_query(request.scope["query_string"])
        values = self.params.parse(pairs, errors={"cursor": invalid_cursor})
        query = faults.program_filter(self.filters.parse(pairs, cursors.now_us()))
        program_id = request.path_params["program_id"]
        feed = state.dataset.program_feed(program_id)
        if feed is None:
            raise not_found("program", program_id)
        descending = faults.descending(values.get("order", DEFAULT_ORDER) == "-created_at")
        after = None
        token = values.get("cursor")
        if token is not None:
            continued = cursors.redeem(token, program_id)
            query = cast(ProgramFilter, continued.query)
            descending, after = continued.descending, continued.after
        limit = values.get("limit", self.params.default("limit") or DEFAULT_LIMIT)
        faults.check_limit(limit)
        selected = feed.select(query, range(len(feed)), query.predicate())
        page = take_page(
            selected,
            descending=descending,
            after=after,
            limit=faults.limit(limit),
            shift=faults.page_shift() if after is not None else 0,
        )
        next_token, expires_at = None, None
        claims_more = page.has_more or faults.never_ending or faults.fresh_cursors_forever
        if claims_more and (page.positions or faults.fresh_cursors_forever):
            if faults.never_ending and token is not None:
                next_token, expires_at = token, cursors.redeem(token, program_id).expires_at_us
            else:
                # Past the end (fresh_cursors_forever) a new cursor continues where this one did.
                last = (
                    faults.continue_after(page.positions)
                    if page.positions
                    else (after if after is not None else -1)
                )
                next_token, issued = cursors.issue(
                    program_id, query, descending=descending, after=last
                )
                expires_at = issued.expires_at_us
        envelope = partial(
            render.program_page,
            cursor=next_token,
            expires_at=None if expires_at is None else iso_from_us(expires_at),
        )
        bodies = [feed.activities[i].body for i in page.positions]
        return state.page_response("program", bodies, envelope)
