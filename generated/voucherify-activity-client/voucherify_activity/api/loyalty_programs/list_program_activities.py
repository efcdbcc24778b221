from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._query import deep_object_params
from ...client import AuthenticatedClient, Client
from ...models.activity_order import ActivityOrder
from ...models.error import Error
from ...models.program_activity_filters import ProgramActivityFilters
from ...models.program_activity_list import ProgramActivityList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    filters: ProgramActivityFilters | Unset = UNSET,
    limit: int | Unset = 10,
    order: ActivityOrder | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_filters: dict[str, Any] | Unset = UNSET
    if not isinstance(filters, Unset):
        json_filters = filters.to_dict()
    if not isinstance(json_filters, Unset):
        params.update(deep_object_params("filters", json_filters))

    params["limit"] = limit

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order

    params["order"] = json_order

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/loyalties/programs/{id}/activities".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ProgramActivityList | None:
    if response.status_code == 200:
        response_200 = ProgramActivityList.from_dict(response.json())

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
) -> Response[Error | ProgramActivityList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filters: ProgramActivityFilters | Unset = UNSET,
    limit: int | Unset = 10,
    order: ActivityOrder | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[Error | ProgramActivityList]:
    """List loyalty program activities (BETA)

     BETA. Activities of one loyalty program, newest first unless `order=created_at`. Pages
    are chained with the opaque `cursor.next`; `cursor` is `null` on the last page.

    Args:
        id (str):
        filters (ProgramActivityFilters | Unset):
        limit (int | Unset):  Default: 10.
        order (ActivityOrder | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ProgramActivityList]
    """

    kwargs = _get_kwargs(
        id=id,
        filters=filters,
        limit=limit,
        order=order,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filters: ProgramActivityFilters | Unset = UNSET,
    limit: int | Unset = 10,
    order: ActivityOrder | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Error | ProgramActivityList | None:
    """List loyalty program activities (BETA)

     BETA. Activities of one loyalty program, newest first unless `order=created_at`. Pages
    are chained with the opaque `cursor.next`; `cursor` is `null` on the last page.

    Args:
        id (str):
        filters (ProgramActivityFilters | Unset):
        limit (int | Unset):  Default: 10.
        order (ActivityOrder | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ProgramActivityList
    """

    return sync_detailed(
        id=id,
        client=client,
        filters=filters,
        limit=limit,
        order=order,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filters: ProgramActivityFilters | Unset = UNSET,
    limit: int | Unset = 10,
    order: ActivityOrder | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[Error | ProgramActivityList]:
    """List loyalty program activities (BETA)

     BETA. Activities of one loyalty program, newest first unless `order=created_at`. Pages
    are chained with the opaque `cursor.next`; `cursor` is `null` on the last page.

    Args:
        id (str):
        filters (ProgramActivityFilters | Unset):
        limit (int | Unset):  Default: 10.
        order (ActivityOrder | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ProgramActivityList]
    """

    kwargs = _get_kwargs(
        id=id,
        filters=filters,
        limit=limit,
        order=order,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filters: ProgramActivityFilters | Unset = UNSET,
    limit: int | Unset = 10,
    order: ActivityOrder | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Error | ProgramActivityList | None:
    """List loyalty program activities (BETA)

     BETA. Activities of one loyalty program, newest first unless `order=created_at`. Pages
    are chained with the opaque `cursor.next`; `cursor` is `null` on the last page.

    Args:
        id (str):
        filters (ProgramActivityFilters | Unset):
        limit (int | Unset):  Default: 10.
        order (ActivityOrder | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ProgramActivityList
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            filters=filters,
            limit=limit,
            order=order,
            cursor=cursor,
        )
    ).parsed
