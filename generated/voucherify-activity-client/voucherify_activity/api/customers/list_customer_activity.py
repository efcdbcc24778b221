import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.activity_category import ActivityCategory
from ...models.activity_order import ActivityOrder
from ...models.campaign_type import CampaignType
from ...models.customer_activity_list import CustomerActivityList
from ...models.customer_activity_type import CustomerActivityType
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    customer_id: str,
    *,
    limit: int | Unset = 10,
    order: ActivityOrder | Unset = UNSET,
    starting_after_id: str | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
    campaign_id: str | Unset = UNSET,
    campaign_type: CampaignType | Unset = UNSET,
    category: ActivityCategory | Unset = UNSET,
    type_: CustomerActivityType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order

    params["order"] = json_order

    params["starting_after_id"] = starting_after_id

    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = start_date.isoformat()
    params["start_date"] = json_start_date

    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = end_date.isoformat()
    params["end_date"] = json_end_date

    params["campaign_id"] = campaign_id

    json_campaign_type: str | Unset = UNSET
    if not isinstance(campaign_type, Unset):
        json_campaign_type = campaign_type

    params["campaign_type"] = json_campaign_type

    json_category: str | Unset = UNSET
    if not isinstance(category, Unset):
        json_category = category

    params["category"] = json_category

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_

    params["type"] = json_type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/customers/{customer_id}/activity".format(
            customer_id=quote(str(customer_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomerActivityList | Error | None:
    if response.status_code == 200:
        response_200 = CustomerActivityList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CustomerActivityList | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    customer_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 10,
    order: ActivityOrder | Unset = UNSET,
    starting_after_id: str | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
    campaign_id: str | Unset = UNSET,
    campaign_type: CampaignType | Unset = UNSET,
    category: ActivityCategory | Unset = UNSET,
    type_: CustomerActivityType | Unset = UNSET,
) -> Response[CustomerActivityList | Error]:
    """List customer activity

     Activities of one customer, newest first unless `order=created_at`. Pages are chained
    with `has_more` and `more_starting_after` (pass it as `starting_after_id`).

    Args:
        customer_id (str):
        limit (int | Unset):  Default: 10.
        order (ActivityOrder | Unset):
        starting_after_id (str | Unset):
        start_date (datetime.datetime | Unset):
        end_date (datetime.datetime | Unset):
        campaign_id (str | Unset):
        campaign_type (CampaignType | Unset):
        category (ActivityCategory | Unset):
        type_ (CustomerActivityType | Unset): Every documented customer event type: the `type`
            enum of the endpoint page, the two
            consent events of the activity object page, and the seven types only Voucherify's
            OpenAPI lists (holder assignments, pending points, `points_activated`).

            `customer.segment_entered`, spelled once on the activity object page, is treated as a
            typo of `customer.segment.entered` (the endpoint's enum and the OpenAPI use the dotted
            form and nothing documents a separate payload), so it is not a value here; should the
            API ever send it, it parses as `UnknownCustomerActivity`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerActivityList | Error]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        limit=limit,
        order=order,
        starting_after_id=starting_after_id,
        start_date=start_date,
        end_date=end_date,
        campaign_id=campaign_id,
        campaign_type=campaign_type,
        category=category,
        type_=type_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    customer_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 10,
    order: ActivityOrder | Unset = UNSET,
    starting_after_id: str | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
    campaign_id: str | Unset = UNSET,
    campaign_type: CampaignType | Unset = UNSET,
    category: ActivityCategory | Unset = UNSET,
    type_: CustomerActivityType | Unset = UNSET,
) -> CustomerActivityList | Error | None:
    """List customer activity

     Activities of one customer, newest first unless `order=created_at`. Pages are chained
    with `has_more` and `more_starting_after` (pass it as `starting_after_id`).

    Args:
        customer_id (str):
        limit (int | Unset):  Default: 10.
        order (ActivityOrder | Unset):
        starting_after_id (str | Unset):
        start_date (datetime.datetime | Unset):
        end_date (datetime.datetime | Unset):
        campaign_id (str | Unset):
        campaign_type (CampaignType | Unset):
        category (ActivityCategory | Unset):
        type_ (CustomerActivityType | Unset): Every documented customer event type: the `type`
            enum of the endpoint page, the two
            consent events of the activity object page, and the seven types only Voucherify's
            OpenAPI lists (holder assignments, pending points, `points_activated`).

            `customer.segment_entered`, spelled once on the activity object page, is treated as a
            typo of `customer.segment.entered` (the endpoint's enum and the OpenAPI use the dotted
            form and nothing documents a separate payload), so it is not a value here; should the
            API ever send it, it parses as `UnknownCustomerActivity`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerActivityList | Error
    """

    return sync_detailed(
        customer_id=customer_id,
        client=client,
        limit=limit,
        order=order,
        starting_after_id=starting_after_id,
        start_date=start_date,
        end_date=end_date,
        campaign_id=campaign_id,
        campaign_type=campaign_type,
        category=category,
        type_=type_,
    ).parsed


async def asyncio_detailed(
    customer_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 10,
    order: ActivityOrder | Unset = UNSET,
    starting_after_id: str | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
    campaign_id: str | Unset = UNSET,
    campaign_type: CampaignType | Unset = UNSET,
    category: ActivityCategory | Unset = UNSET,
    type_: CustomerActivityType | Unset = UNSET,
) -> Response[CustomerActivityList | Error]:
    """List customer activity

     Activities of one customer, newest first unless `order=created_at`. Pages are chained
    with `has_more` and `more_starting_after` (pass it as `starting_after_id`).

    Args:
        customer_id (str):
        limit (int | Unset):  Default: 10.
        order (ActivityOrder | Unset):
        starting_after_id (str | Unset):
        start_date (datetime.datetime | Unset):
        end_date (datetime.datetime | Unset):
        campaign_id (str | Unset):
        campaign_type (CampaignType | Unset):
        category (ActivityCategory | Unset):
        type_ (CustomerActivityType | Unset): Every documented customer event type: the `type`
            enum of the endpoint page, the two
            consent events of the activity object page, and the seven types only Voucherify's
            OpenAPI lists (holder assignments, pending points, `points_activated`).

            `customer.segment_entered`, spelled once on the activity object page, is treated as a
            typo of `customer.segment.entered` (the endpoint's enum and the OpenAPI use the dotted
            form and nothing documents a separate payload), so it is not a value here; should the
            API ever send it, it parses as `UnknownCustomerActivity`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerActivityList | Error]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        limit=limit,
        order=order,
        starting_after_id=starting_after_id,
        start_date=start_date,
        end_date=end_date,
        campaign_id=campaign_id,
        campaign_type=campaign_type,
        category=category,
        type_=type_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    customer_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 10,
    order: ActivityOrder | Unset = UNSET,
    starting_after_id: str | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
    campaign_id: str | Unset = UNSET,
    campaign_type: CampaignType | Unset = UNSET,
    category: ActivityCategory | Unset = UNSET,
    type_: CustomerActivityType | Unset = UNSET,
) -> CustomerActivityList | Error | None:
    """List customer activity

     Activities of one customer, newest first unless `order=created_at`. Pages are chained
    with `has_more` and `more_starting_after` (pass it as `starting_after_id`).

    Args:
        customer_id (str):
        limit (int | Unset):  Default: 10.
        order (ActivityOrder | Unset):
        starting_after_id (str | Unset):
        start_date (datetime.datetime | Unset):
        end_date (datetime.datetime | Unset):
        campaign_id (str | Unset):
        campaign_type (CampaignType | Unset):
        category (ActivityCategory | Unset):
        type_ (CustomerActivityType | Unset): Every documented customer event type: the `type`
            enum of the endpoint page, the two
            consent events of the activity object page, and the seven types only Voucherify's
            OpenAPI lists (holder assignments, pending points, `points_activated`).

            `customer.segment_entered`, spelled once on the activity object page, is treated as a
            typo of `customer.segment.entered` (the endpoint's enum and the OpenAPI use the dotted
            form and nothing documents a separate payload), so it is not a value here; should the
            API ever send it, it parses as `UnknownCustomerActivity`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerActivityList | Error
    """

    return (
        await asyncio_detailed(
            customer_id=customer_id,
            client=client,
            limit=limit,
            order=order,
            starting_after_id=starting_after_id,
            start_date=start_date,
            end_date=end_date,
            campaign_id=campaign_id,
            campaign_type=campaign_type,
            category=category,
            type_=type_,
        )
    ).parsed
