"""`GET /v1/customers/{customerId}/activity`: has_more / more_starting_after pagination.

Order of checks: credentials (401), query parameters (400), customer (404), `starting_after_id`
(400 when it is not an activity of this customer). Unknown query parameters are ignored.
"""

from __future__ import annotations

from functools import partial

from starlette.requests import Request
from starlette.responses import Response

from ..spec import CUSTOMER_ACTIVITY_OPERATION
from . import render
from .customer_query import IMPLEMENTED, customer_filter
from .errors import invalid_query, not_found
from .paging import take_page
from .params import ScalarParams
from .query import parse_query
from .state import MockState

DEFAULT_LIMIT = 10
DEFAULT_ORDER = "-created_at"


class CustomerActivityEndpoint:
    def __init__(self, state: MockState) -> None:
        self.state = state
        self.params = ScalarParams(state.dataset.spec, CUSTOMER_ACTIVITY_OPERATION, IMPLEMENTED)

    async def handle(self, request: Request) -> Response:
        state, faults = self.state, self.state.faults
        state.authorize(request)
        values = self.params.parse(parse_query(request.scope["query_string"]))
        query = faults.customer_filter(customer_filter(values))
        customer_id = request.path_params["customer_id"]
        feed = state.dataset.customer_feed(customer_id)
        if feed is None:
            raise not_found("customer", customer_id)
        after = None
        if "starting_after_id" in values:
            after = feed.index_of.get(values["starting_after_id"])
            if after is None:
                raise invalid_query("starting_after_id is not an activity of this customer")
        limit = values.get("limit", self.params.default("limit") or DEFAULT_LIMIT)
        faults.check_limit(limit)
        selected = feed.select(query, feed.within(query.start_us, query.end_us), query.predicate())
        page = take_page(
            selected,
            descending=faults.descending(values.get("order", DEFAULT_ORDER) == "-created_at"),
            after=after,
            limit=faults.limit(limit),
            shift=faults.page_shift() if after is not None else 0,
        )
        activities = [feed.activities[i] for i in page.positions]
        has_more = page.has_more
        more_starting_after = (
            feed.activities[faults.continue_after(page.positions)].id if activities else None
        )
        if faults.never_ending and activities:
            has_more = True
            more_starting_after = values.get("starting_after_id", more_starting_after)
        if faults.has_more_forever and not has_more:
            has_more = True  # and an empty page after the last says it again, forever
            more_starting_after = more_starting_after or values.get("starting_after_id")
        envelope = partial(
            render.customer_page, has_more=has_more, more_starting_after=more_starting_after
        )
        return state.page_response("customer", [a.body for a in activities], envelope)
