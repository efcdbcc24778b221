"""`client.customer_activity` and `client.program_activities`: list one page, or iterate them all."""

from __future__ import annotations

import datetime
from collections.abc import AsyncIterator, Iterator, Mapping
from typing import Any, TypedDict, Unpack

from ._http import NOT_GIVEN, AsyncRequester, NotGiven, SyncRequester, Timeout
from .api.customers import list_customer_activity
from .api.loyalty_programs import list_program_activities
from .filters import ProgramActivityFilter
from .models import (
    ActivityCategory,
    ActivityOrder,
    CampaignType,
    CustomerActivity,
    CustomerActivityList,
    CustomerActivityType,
    ProgramActivity,
    ProgramActivityFilters,
    ProgramActivityList,
)
from .pagination import (
    Clock,
    iter_customer_activity_pages,
    iter_customer_activity_pages_async,
    iter_program_activity_pages,
    iter_program_activity_pages_async,
    utc_now,
)
from .parsing import parse_customer_activity_page, parse_program_activity_page
from .types import UNSET

__all__ = [
    "AsyncCustomerActivityResource",
    "AsyncProgramActivitiesResource",
    "CustomerActivityParams",
    "CustomerActivityResource",
    "ProgramActivitiesResource",
    "ProgramActivityParams",
]


class CustomerActivityParams(TypedDict, total=False):
    """Filters of `GET /v1/customers/{customerId}/activity` (all optional)."""

    limit: int
    order: ActivityOrder
    start_date: datetime.datetime
    end_date: datetime.datetime
    campaign_id: str
    campaign_type: CampaignType
    category: ActivityCategory
    type: CustomerActivityType


class ProgramActivityParams(TypedDict, total=False):
    """Plain parameters of `GET /v2/loyalties/programs/{id}/activities` (all optional)."""

    limit: int
    order: ActivityOrder


Filters = ProgramActivityFilter | ProgramActivityFilters | None


def _customer_request(
    customer_id: str, starting_after_id: str | None, params: CustomerActivityParams
) -> dict[str, Any]:
    _reject_unknown(params, CustomerActivityParams.__annotations__)
    if not isinstance(customer_id, str) or not customer_id:
        raise ValueError(f"customer_id must be a non-empty string, got {customer_id!r}")
    return list_customer_activity._get_kwargs(
        customer_id,
        limit=_limit(params.get("limit")),
        order=params.get("order", UNSET),
        starting_after_id=starting_after_id if starting_after_id is not None else UNSET,
        start_date=params.get("start_date", UNSET),
        end_date=params.get("end_date", UNSET),
        campaign_id=params.get("campaign_id", UNSET),
        campaign_type=params.get("campaign_type", UNSET),
        category=params.get("category", UNSET),
        type_=params.get("type", UNSET),
    )


def _program_request(
    program_id: str, filters: Filters, cursor: str | None, params: ProgramActivityParams
) -> dict[str, Any]:
    _reject_unknown(params, ProgramActivityParams.__annotations__)
    if not isinstance(program_id, str) or not program_id:
        raise ValueError(f"program_id must be a non-empty string, got {program_id!r}")
    if isinstance(filters, ProgramActivityFilter):
        model: ProgramActivityFilters | None = filters.to_model()
    elif filters is None or isinstance(filters, ProgramActivityFilters):
        model = filters
    else:
        raise TypeError(f"filters must be a ProgramActivityFilter, got {type(filters).__name__}")
    return list_program_activities._get_kwargs(
        program_id,
        filters=UNSET if model is None else model,
        limit=_limit(params.get("limit")),
        order=params.get("order", UNSET),
        cursor=cursor if cursor is not None else UNSET,
    )


def _limit(limit: object) -> Any:
    if limit is None:
        return UNSET  # let the server apply its default page size
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
        raise ValueError(f"limit must be a positive integer, got {limit!r}")
    return limit


def _reject_unknown(params: Mapping[str, object], known: Mapping[str, object]) -> None:
    unknown = sorted(set(params) - set(known))
    if unknown:
        raise TypeError(f"unexpected parameter(s) {unknown}; expected some of {sorted(known)}")


class CustomerActivityResource:
    """`GET /v1/customers/{customerId}/activity`, newest first unless `order="created_at"`."""

    def __init__(self, requester: SyncRequester, validate: bool = False) -> None:
        self._requester = requester
        self._validate = validate

    def list(
        self,
        customer_id: str,
        *,
        starting_after_id: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        **params: Unpack[CustomerActivityParams],
    ) -> CustomerActivityList:
        """One page; pass its `more_starting_after` as `starting_after_id` for the next."""
        request = _customer_request(customer_id, starting_after_id, params)
        response = self._requester.send(request, timeout=timeout, max_retries=max_retries)
        return parse_customer_activity_page(response.content, validate=self._validate)

    def iter_pages(
        self,
        customer_id: str,
        *,
        starting_after_id: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        **params: Unpack[CustomerActivityParams],
    ) -> Iterator[CustomerActivityList]:
        """Every page, following `has_more` / `more_starting_after`; requests as you iterate."""
        _customer_request(customer_id, starting_after_id, params)  # bad arguments fail here

        def fetch(after: str | None) -> CustomerActivityList:
            return self.list(
                customer_id,
                starting_after_id=after,
                timeout=timeout,
                max_retries=max_retries,
                **params,
            )

        return iter_customer_activity_pages(fetch, starting_after_id)

    def iter(
        self,
        customer_id: str,
        *,
        starting_after_id: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        **params: Unpack[CustomerActivityParams],
    ) -> Iterator[CustomerActivity]:
        """Every activity of every page, one page in memory at a time."""
        pages = self.iter_pages(
            customer_id,
            starting_after_id=starting_after_id,
            timeout=timeout,
            max_retries=max_retries,
            **params,
        )
        return (activity for page in pages for activity in page.data)


class AsyncCustomerActivityResource:
    """Async twin of CustomerActivityResource."""

    def __init__(self, requester: AsyncRequester, validate: bool = False) -> None:
        self._requester = requester
        self._validate = validate

    async def list(
        self,
        customer_id: str,
        *,
        starting_after_id: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        **params: Unpack[CustomerActivityParams],
    ) -> CustomerActivityList:
        request = _customer_request(customer_id, starting_after_id, params)
        response = await self._requester.send(request, timeout=timeout, max_retries=max_retries)
        return parse_customer_activity_page(response.content, validate=self._validate)

    def iter_pages(
        self,
        customer_id: str,
        *,
        starting_after_id: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        **params: Unpack[CustomerActivityParams],
    ) -> AsyncIterator[CustomerActivityList]:
        _customer_request(customer_id, starting_after_id, params)

        async def fetch(after: str | None) -> CustomerActivityList:
            return await self.list(
                customer_id,
                starting_after_id=after,
                timeout=timeout,
                max_retries=max_retries,
                **params,
            )

        return iter_customer_activity_pages_async(fetch, starting_after_id)

    async def iter(
        self,
        customer_id: str,
        *,
        starting_after_id: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        **params: Unpack[CustomerActivityParams],
    ) -> AsyncIterator[CustomerActivity]:
        pages = self.iter_pages(
            customer_id,
            starting_after_id=starting_after_id,
            timeout=timeout,
            max_retries=max_retries,
            **params,
        )
        async for page in pages:
            for activity in page.data:
                yield activity


class ProgramActivitiesResource:
    """`GET /v2/loyalties/programs/{id}/activities` (BETA)."""

    def __init__(
        self, requester: SyncRequester, validate: bool = False, clock: Clock = utc_now
    ) -> None:
        self._requester = requester
        self._validate = validate
        self._clock = clock

    def list(
        self,
        program_id: str,
        *,
        filters: Filters = None,
        cursor: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        **params: Unpack[ProgramActivityParams],
    ) -> ProgramActivityList:
        """One page; pass its `cursor.next` as `cursor` (before `cursor.expires_at`) for the next."""
        request = _program_request(program_id, filters, cursor, params)
        response = self._requester.send(request, timeout=timeout, max_retries=max_retries)
        return parse_program_activity_page(response.content, validate=self._validate)

    def iter_pages(
        self,
        program_id: str,
        *,
        filters: Filters = None,
        cursor: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        **params: Unpack[ProgramActivityParams],
    ) -> Iterator[ProgramActivityList]:
        """Every page, following `cursor.next` until `cursor` is null; requests as you iterate."""
        _program_request(program_id, filters, cursor, params)

        def fetch(current: str | None) -> ProgramActivityList:
            return self.list(
                program_id,
                filters=filters,
                cursor=current,
                timeout=timeout,
                max_retries=max_retries,
                **params,
            )

        return iter_program_activity_pages(fetch, cursor, self._clock)

    def iter(
        self,
        program_id: str,
        *,
        filters: Filters = None,
        cursor: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        **params: Unpack[ProgramActivityParams],
    ) -> Iterator[ProgramActivity]:
        """Every activity of every page, one page in memory at a time."""
        pages = self.iter_pages(
            program_id,
            filters=filters,
            cursor=cursor,
            timeout=timeout,
            max_retries=max_retries,
            **params,
        )
        return (activity for page in pages for activity in page.data)


class AsyncProgramActivitiesResource:
    """Async twin of ProgramActivitiesResource."""

    def __init__(
        self, requester: AsyncRequester, validate: bool = False, clock: Clock = utc_now
    ) -> None:
        self._requester = requester
        self._validate = validate
        self._clock = clock

    async def list(
        self,
        program_id: str,
        *,
        filters: Filters = None,
        cursor: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        **params: Unpack[ProgramActivityParams],
    ) -> ProgramActivityList:
        request = _program_request(program_id, filters, cursor, params)
        response = await self._requester.send(request, timeout=timeout, max_retries=max_retries)
        return parse_program_activity_page(response.content, validate=self._validate)

    def iter_pages(
        self,
        program_id: str,
        *,
        filters: Filters = None,
        cursor: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        **params: Unpack[ProgramActivityParams],
    ) -> AsyncIterator[ProgramActivityList]:
        _program_request(program_id, filters, cursor, params)

        async def fetch(current: str | None) -> ProgramActivityList:
            return await self.list(
                program_id,
                filters=filters,
                cursor=current,
                timeout=timeout,
                max_retries=max_retries,
                **params,
            )

        return iter_program_activity_pages_async(fetch, cursor, self._clock)

    async def iter(
        self,
        program_id: str,
        *,
        filters: Filters = None,
        cursor: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        **params: Unpack[ProgramActivityParams],
    ) -> AsyncIterator[ProgramActivity]:
        pages = self.iter_pages(
            program_id,
            filters=filters,
            cursor=cursor,
            timeout=timeout,
            max_retries=max_retries,
            **params,
        )
        async for page in pages:
            for activity in page.data:
                yield activity
