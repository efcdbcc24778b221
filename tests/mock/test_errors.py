"""401 / 404 / 400 / 405 responses, all in the documented error shape."""

from __future__ import annotations

import pytest

from contract_tests.mock.dataset import (
    APP_ID,
    APP_TOKEN,
    BEARER_TOKEN,
    BIG_CUSTOMER_ID,
    BIG_PROGRAM_ID,
    SMALL_CUSTOMER_ID,
)

from .support import (
    APP_HEADERS,
    BEARER_HEADERS,
    V1,
    V2,
    Contract,
    MockClient,
    v1_path,
    v2_path,
)

ENDPOINTS = [(V1, v1_path(SMALL_CUSTOMER_ID)), (V2, v2_path(BIG_PROGRAM_ID))]


@pytest.mark.parametrize(("operation", "path"), ENDPOINTS)
@pytest.mark.parametrize(
    "headers", [APP_HEADERS, BEARER_HEADERS, {"authorization": f"bearer {BEARER_TOKEN}"}]
)
def test_either_scheme_is_accepted(
    client: MockClient, operation: str, path: str, headers: dict[str, str]
) -> None:
    assert client.get(path, headers=headers).status_code == 200


@pytest.mark.parametrize(("operation", "path"), ENDPOINTS)
@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"X-App-Id": APP_ID},
        {"X-App-Token": APP_TOKEN},
        {"X-App-Id": APP_ID, "X-App-Token": "wrong"},
        {"X-App-Id": "wrong", "X-App-Token": APP_TOKEN},
        {"Authorization": "Bearer wrong"},
        {"Authorization": BEARER_TOKEN},
        {"Authorization": f"Basic {BEARER_TOKEN}"},
        {"X-App-Id": APP_TOKEN, "X-App-Token": APP_ID},
    ],
)
def test_bad_credentials_are_401(
    client: MockClient, contract: Contract, operation: str, path: str, headers: dict[str, str]
) -> None:
    response = client.get(path, headers=headers)
    assert response.status_code == 401
    assert contract.check_response(operation, response)["key"] == "unauthorized"


def test_credentials_are_checked_before_anything_else(client: MockClient) -> None:
    response = client.get(v1_path("nobody"), {"limit": "0"}, headers={})
    assert response.status_code == 401


@pytest.mark.parametrize(
    ("operation", "path", "resource_type", "resource_id"),
    [
        (V1, v1_path("cust_unknown"), "customer", "cust_unknown"),
        (V1, v1_path("crm-unknown"), "customer", "crm-unknown"),
        (V2, v2_path("lprg_0123"), "program", "lprg_0123"),
        (V2, v2_path("not-a-program"), "program", "not-a-program"),
    ],
)
def test_unknown_owner_is_404(
    client: MockClient,
    contract: Contract,
    operation: str,
    path: str,
    resource_type: str,
    resource_id: str,
) -> None:
    response = client.get(path)
    assert response.status_code == 404
    body = contract.check_response(operation, response)
    assert body["key"] == "not_found"
    assert (body["resource_type"], body["resource_id"]) == (resource_type, resource_id)


def test_query_errors_come_before_404(client: MockClient) -> None:
    assert client.get(v1_path("cust_unknown"), {"limit": "0"}).status_code == 400


@pytest.mark.parametrize(
    "query",
    [
        "limit=0",
        "limit=101",
        "limit=-1",
        "limit=1.5",
        "limit=abc",
        "limit=",
        "limit=99999999999999999999999999999999999999999",
        "order=newest",
        "order=",
        "start_date=yesterday",
        "start_date=2023-01-01",
        "end_date=2023-01-01T00:00:00",
        "start_date=2024-01-02T00:00:00Z&end_date=2024-01-01T00:00:00Z",
        "type=customer.teleported",
        "campaign_type=COUPONS",
        "category=action",
        "starting_after_id=evcus_doesnotexist",
        "limit=%ff",
        "type=%C3%28",
    ],
)
def test_bad_v1_queries_are_400(client: MockClient, contract: Contract, query: str) -> None:
    response = client.get(v1_path(BIG_CUSTOMER_ID), raw_query=query)
    assert response.status_code == 400, response.text
    body = contract.check_response(V1, response)
    assert body["key"] == "invalid_query_params"
    assert body["details"]


def test_starting_after_an_activity_of_another_customer(client: MockClient) -> None:
    other = client.get(v1_path(SMALL_CUSTOMER_ID), {"limit": 1}).json()["data"][0]["id"]
    response = client.get(v1_path(BIG_CUSTOMER_ID), {"starting_after_id": other})
    assert response.status_code == 400


@pytest.mark.parametrize("query", ["limit=0", "order=up", "limit=5&limit=0"])
def test_bad_v2_queries_are_400(client: MockClient, contract: Contract, query: str) -> None:
    response = client.get(v2_path(BIG_PROGRAM_ID), raw_query=query)
    assert response.status_code == 400
    assert contract.check_response(V2, response)["key"] == "invalid_query_params"


@pytest.mark.parametrize("path", [v1_path(BIG_CUSTOMER_ID), v2_path(BIG_PROGRAM_ID)])
def test_unknown_parameters_are_ignored(client: MockClient, path: str) -> None:
    plain = client.get(path, {"limit": 3}).json()["data"]
    assert client.get(path, {"limit": 3, "colour": "red", "page": "2"}).json()["data"] == plain


def test_malformed_percent_escapes_stay_literal(client: MockClient) -> None:
    response = client.get(v1_path(BIG_CUSTOMER_ID), raw_query="campaign_id=%zz&foo=%")
    assert response.status_code == 200
    assert response.json()["data"] == []


@pytest.mark.parametrize("method", ["POST", "PUT", "PATCH", "DELETE"])
def test_other_methods_are_405(client: MockClient, method: str) -> None:
    response = client.get(v1_path(BIG_CUSTOMER_ID), method=method)
    assert response.status_code == 405
    assert response.headers["allow"] == "GET, HEAD"
    assert response.json()["key"] == "method_not_allowed"


def test_unknown_route_is_404_in_the_same_shape(client: MockClient) -> None:
    response = client.get("/v1/customers")
    assert response.status_code == 404
    body = response.json()
    assert (
        body["key"] == "not_found" and body["code"] == 404 and body["request_id"].startswith("v-")
    )
