"""`client.customer_activity` and `client.program_activities`: list one page, or iterate them all.

Each feed's parameters are declared once (a TypedDict) and its three methods once, for both
clients: what differs between blocking and asyncio is the pager (pagination.py) a client mounts.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Generic, Protocol, TypedDict, TypeVar, Unpack

from ._http import Timeout
from .api.customers import list_customer_activity
from .api.loyalty_programs import list_program_activities
from .filters import ProgramActivityFilter, _aware_or_unset, _or_unset
from .models import (
    ActivityCategory,
    ActivityOrder,
    CampaignType,
    CustomerActivityType,
    ProgramActivityFilters,
)
from .pagination import PageRequest
from .types import UNSET

__all__ = [
    "CustomerActivityParams",
    "CustomerActivityResource",
    "ProgramActivitiesResource",
    "ProgramActivityParams",
    "RequestOptions",
]

Filters = ProgramActivityFilter | ProgramActivityFilters | None


class RequestOptions(TypedDict, total=False):
    """Options of every call, for that call only."""

    timeout: Timeout  # seconds or an httpx.Timeout; None waits forever
    max_retries: int | None  # e.g. 0: no retry for this call


class CustomerActivityParams(RequestOptions, total=False):
    """Parameters of `GET /v1/customers/{customerId}/activity` (all optional)."""

    starting_after_id: str | None  # start after this activity (a page's `more_starting_after`)
    limit: int
    order: ActivityOrder
    start_date: datetime.datetime | None  # timezone-aware; None: as if not given
    end_date: datetime.datetime | None
    campaign_id: str
    campaign_type: CampaignType
    category: ActivityCategory
    type: CustomerActivityType


class ProgramActivityParams(RequestOptions, total=False):
    """Parameters of `GET /v2/loyalties/programs/{id}/activities` (all optional)."""

    filters: Filters  # a ProgramActivityFilter (or the generated ProgramActivityFilters)
    cursor: str | None  # a page's `cursor.next`, before its `cursor.expires_at`
    limit: int
    order: ActivityOrder


def _customer_request(customer_id: str, params: CustomerActivityParams) -> PageRequest:
    return _request(_customer_kwargs, "customer_id", customer_id, params)


def _customer_kwargs(params: Mapping[str, Any]) -> dict[str, Any]:
    _reject_unknown(params, CustomerActivityParams.__annotations__, "customer_id")
    return list_customer_activity._get_kwargs(
        params["customer_id"],
        limit=_limit(params.get("limit")),
        order=params.get("order", UNSET),
        starting_after_id=_or_unset(params.get("starting_after_id")),
        start_date=_aware_or_unset("start_date", params.get("start_date")),
        end_date=_aware_or_unset("end_date", params.get("end_date")),
        campaign_id=params.get("campaign_id", UNSET),
        campaign_type=params.get("campaign_type", UNSET),
        category=params.get("category", UNSET),
        type_=params.get("type", UNSET),
    )


def _program_request(program_id: str, params: ProgramActivityParams) -> PageRequest:
    return _request(_program_kwargs, "program_id", program_id, params)


def _program_kwargs(params: Mapping[str, Any]) -> dict[str, Any]:
    _reject_unknown(params, ProgramActivityParams.__annotations__, "program_id")
    filters = params.get("filters")
    if isinstance(filters, ProgramActivityFilter):
        model: ProgramActivityFilters | None = filters.to_model()
    elif filters is None or isinstance(filters, ProgramActivityFilters):
        model = filters
    else:
        raise TypeError(f"filters must be a ProgramActivityFilter, got {type(filters).__name__}")
    return list_program_activities._get_kwargs(
        params["program_id"],
        filters=UNSET if model is None else model,
        limit=_limit(params.get("limit")),
        order=params.get("order", UNSET),
        cursor=_or_unset(params.get("cursor")),
    )


def _request(build: Any, id_name: str, id_value: str, given: Mapping[str, Any]) -> PageRequest:
    """The request of the listing's first page; its arguments are checked now, not on sending."""
    if not isinstance(id_value, str) or not id_value:
        raise ValueError(f"{id_name} must be a non-empty string, got {id_value!r}")
    params = {id_name: id_value, **given}
    options = {name: params.pop(name) for name in RequestOptions.__annotations__ if name in params}
    request = PageRequest(build, params, **options)
    request.kwargs  # noqa: B018 - builds and caches the request: bad arguments fail here
    return request


def _limit(limit: object) -> Any:
    if limit is None:
        return UNSET  # let the server apply its default page size
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
        raise ValueError(f"limit must be a positive integer, got {limit!r}")
    return limit


def _reject_unknown(params: Mapping[str, object], known: Mapping[str, object], path: str) -> None:
    unknown = sorted(set(params) - set(known) - {path})
    if unknown:
        raise TypeError(f"unexpected parameter(s) {unknown}; expected some of {sorted(known)}")


PageT = TypeVar("PageT", covariant=True)
PagesT = TypeVar("PagesT", covariant=True)
ItemsT = TypeVar("ItemsT", covariant=True)


class Pager(Protocol[PageT, PagesT, ItemsT]):
    """A client's way of fetching a feed: `SyncPager` or `AsyncPager` (pagination.py)."""

    def first(self, request: PageRequest) -> PageT: ...
    def pages(self, request: PageRequest) -> PagesT: ...
    def items(self, request: PageRequest) -> ItemsT: ...


class _Resource(Generic[PageT, PagesT, ItemsT]):
    def __init__(self, pager: Pager[PageT, PagesT, ItemsT]) -> None:
        self._pager = pager


class CustomerActivityResource(_Resource[PageT, PagesT, ItemsT]):
    """`GET /v1/customers/{customerId}/activity`, newest first unless `order="created_at"`."""

    def list(self, customer_id: str, **params: Unpack[CustomerActivityParams]) -> PageT:
        """One page; `page.next_page()` fetches the next (`has_more` / `more_starting_after`)."""
        return self._pager.first(_customer_request(customer_id, params))

    def iter_pages(self, customer_id: str, **params: Unpack[CustomerActivityParams]) -> PagesT:
        """Every page, following `has_more` / `more_starting_after`; requests as you iterate."""
        return self._pager.pages(_customer_request(customer_id, params))

    def iter(self, customer_id: str, **params: Unpack[CustomerActivityParams]) -> ItemsT:
        """Every activity of every page, one page in memory at a time."""
        return self._pager.items(_customer_request(customer_id, params))


class ProgramActivitiesResource(_Resource[PageT, PagesT, ItemsT]):
    """`GET /v2/loyalties/programs/{id}/activities` (BETA)."""

    def list(self, program_id: str, **params: Unpack[ProgramActivityParams]) -> PageT:
        """One page; `page.next_page()` fetches the next (`cursor.next`, before it expires)."""
        return self._pager.first(_program_request(program_id, params))

    def iter_pages(self, program_id: str, **params: Unpack[ProgramActivityParams]) -> PagesT:
        """Every page, following `cursor.next` until `cursor` is null; requests as you iterate."""
        return self._pager.pages(_program_request(program_id, params))

    def iter(self, program_id: str, **params: Unpack[ProgramActivityParams]) -> ItemsT:
        """Every activity of every page, one page in memory at a time."""
        return self._pager.items(_program_request(program_id, params))
