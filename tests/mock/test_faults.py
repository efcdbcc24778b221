"""Every fault changes exactly the behaviour it names (so the contract suite can be proven)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import jsonschema
import pytest

from contract_tests.mock import FAULTS, UnknownFault, create_app
from contract_tests.mock.categories import category_of
from contract_tests.mock.dataset import (
    BIG_CUSTOMER_ID,
    BIG_PROGRAM_ID,
    EMPTY_CUSTOMER_ID,
    EMPTY_PROGRAM_ID,
    SMALL_CUSTOMER_ID,
)

from .support import V1, V2, Contract, MockClient, ids, v1_path, v2_path, walk_v1, walk_v2

Check = Callable[[MockClient, MockClient, Contract], None]
CHECKS: dict[str, Check] = {}


def checks(fault: str) -> Callable[[Check], Check]:
    def register(check: Check) -> Check:
        CHECKS[fault] = check
        return check

    return register


def page(client: MockClient, params: dict[str, Any] | None = None) -> dict[str, Any]:
    response = client.get(v1_path(BIG_CUSTOMER_ID), params)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def program_page(client: MockClient, params: dict[str, Any] | None = None) -> dict[str, Any]:
    response = client.get(v2_path(BIG_PROGRAM_ID), params)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def item_ids(body: dict[str, Any]) -> list[str]:
    return [activity["id"] for activity in body["data"]]


def ids_of_walk(client: MockClient, customer: str) -> list[str]:
    return ids(walk_v1(client, customer, {"limit": 10}))


@checks("wrong_field_type")
def _wrong_field_type(faulty: MockClient, normal: MockClient, contract: Contract) -> None:
    assert isinstance(page(normal)["data"][0]["created_at"], str)
    assert isinstance(page(faulty)["data"][0]["created_at"], int)
    with pytest.raises(jsonschema.ValidationError):
        contract.check_response(V1, faulty.get(v1_path(BIG_CUSTOMER_ID)))


@checks("retyped_group_id")
def _retyped_group_id(faulty: MockClient, normal: MockClient, contract: Contract) -> None:
    for path, operation in ((v1_path(BIG_CUSTOMER_ID), V1), (v2_path(BIG_PROGRAM_ID), V2)):
        broken, correct = faulty.get(path).json()["data"], normal.get(path).json()["data"]
        assert isinstance(broken[0]["group_id"], int)
        assert [item["id"] for item in broken] == [item["id"] for item in correct]
        assert broken[1:] == correct[1:]
        with pytest.raises(jsonschema.ValidationError):
            contract.check_response(operation, faulty.get(path))


@checks("page_overlap")
def _page_overlap(faulty: MockClient, normal: MockClient, contract: Contract) -> None:
    first = page(faulty, {"limit": 5})
    second = page(faulty, {"limit": 5, "starting_after_id": first["more_starting_after"]})
    assert second["data"][0]["id"] == first["data"][-1]["id"]
    v2_first = program_page(faulty, {"limit": 5})
    v2_second = program_page(faulty, {"cursor": v2_first["cursor"]["next"], "limit": 5})
    assert v2_second["data"][0]["id"] == v2_first["data"][-1]["id"]


@checks("page_gap")
def _page_gap(faulty: MockClient, normal: MockClient, contract: Contract) -> None:
    after = page(normal, {"limit": 5})["more_starting_after"]
    correct = item_ids(page(normal, {"limit": 5, "starting_after_id": after}))
    assert item_ids(page(faulty, {"limit": 5, "starting_after_id": after})) == [
        *correct[1:],
        item_ids(page(normal, {"limit": 6, "starting_after_id": after}))[5],
    ]
    cursor = program_page(faulty, {"limit": 5})["cursor"]["next"]
    normal_cursor = program_page(normal, {"limit": 5})["cursor"]["next"]
    skipped = item_ids(program_page(faulty, {"cursor": cursor, "limit": 4}))
    assert skipped == item_ids(program_page(normal, {"cursor": normal_cursor, "limit": 5}))[1:]


@checks("ignore_limit")
def _ignore_limit(faulty: MockClient, normal: MockClient, contract: Contract) -> None:
    assert len(page(normal, {"limit": 5})["data"]) == 5
    assert len(page(faulty, {"limit": 5})["data"]) == 6
    assert len(program_page(faulty, {"limit": 5})["data"]) == 6


@checks("ignore_order")
def _ignore_order(faulty: MockClient, normal: MockClient, contract: Contract) -> None:
    ascending = {"order": "created_at", "limit": 5}
    assert item_ids(page(faulty, ascending)) == item_ids(page(normal, {"limit": 5}))
    assert item_ids(page(faulty, ascending)) != item_ids(page(normal, ascending))
    assert item_ids(program_page(faulty, ascending)) == item_ids(program_page(normal, {"limit": 5}))


def _v1_values(body: dict[str, Any], key: str) -> set[Any]:
    return {activity[key] for activity in body["data"]}


@checks("ignore_type_filter")
def _ignore_type_filter(faulty: MockClient, normal: MockClient, contract: Contract) -> None:
    params = {"type": "customer.order.paid", "limit": 50}
    assert _v1_values(page(normal, params), "type") == {"customer.order.paid"}
    assert len(_v1_values(page(faulty, params), "type")) > 1


@checks("ignore_category_filter")
def _ignore_category_filter(faulty: MockClient, normal: MockClient, contract: Contract) -> None:
    params = {"category": "ACTION", "limit": 100}
    assert {category_of(t) for t in _v1_values(page(normal, params), "type")} == {"ACTION"}
    assert {category_of(t) for t in _v1_values(page(faulty, params), "type")} == {
        "ACTION",
        "EFFECT",
    }


@checks("ignore_campaign_filter")
def _ignore_campaign_filter(faulty: MockClient, normal: MockClient, contract: Contract) -> None:
    unknown = {"campaign_id": "camp_doesnotexist"}
    assert page(normal, unknown)["data"] == []
    assert len(page(faulty, unknown)["data"]) == 10
    gifts = {"campaign_type": "GIFT_VOUCHERS", "limit": 100}
    assert item_ids(page(faulty, gifts)) == item_ids(page(normal, {"limit": 100}))
    assert item_ids(page(faulty, gifts)) != item_ids(page(normal, gifts))


@checks("ignore_date_filter")
def _ignore_date_filter(faulty: MockClient, normal: MockClient, contract: Contract) -> None:
    params = {"start_date": "2022-01-01T00:00:00Z", "end_date": "2022-01-31T23:59:59.999Z"}
    assert all(a["created_at"].startswith("2022-01") for a in page(normal, params)["data"])
    assert not all(a["created_at"].startswith("2022-01") for a in page(faulty, params)["data"])


@checks("ignore_v2_filters")
def _ignore_v2_filters(faulty: MockClient, normal: MockClient, contract: Contract) -> None:
    params = {"filters[type][conditions][$is]": "vl.program.created", "limit": 50}
    assert _v1_values(program_page(normal, params), "type") == {"vl.program.created"}
    assert len(_v1_values(program_page(faulty, params), "type")) > 1


@checks("unknown_event_type")
def _unknown_event_type(faulty: MockClient, normal: MockClient, contract: Contract) -> None:
    assert page(faulty)["data"][0]["type"] == "customer.loyalty.points.teleported"
    assert program_page(faulty)["data"][0]["type"] == "vl.program.teleported"
    with pytest.raises(AssertionError, match="undocumented type"):
        contract.check_response(V1, faulty.get(v1_path(BIG_CUSTOMER_ID)))
    contract.check_response(V1, normal.get(v1_path(BIG_CUSTOMER_ID)))


@checks("malformed_known_type")
def _malformed_known_type(faulty: MockClient, normal: MockClient, contract: Contract) -> None:
    first = page(faulty, {"type": "customer.redemption.succeeded"})["data"][0]
    assert "customer" not in first["data"]["data"]
    assert (
        "customer"
        in page(normal, {"type": "customer.redemption.succeeded"})["data"][0]["data"]["data"]
    )
    with pytest.raises(jsonschema.ValidationError):
        contract.check_response(V1, faulty.get(v1_path(BIG_CUSTOMER_ID)))
    with pytest.raises(jsonschema.ValidationError):
        contract.check_response(V2, faulty.get(v2_path(BIG_PROGRAM_ID)))


@checks("undocumented_field")
def _undocumented_field(faulty: MockClient, normal: MockClient, contract: Contract) -> None:
    assert all("risk_score" in activity for activity in page(faulty)["data"])
    assert all("risk_score" in activity for activity in program_page(faulty)["data"])
    assert not any("risk_score" in activity for activity in page(normal)["data"])


@checks("auth_not_enforced")
def _auth_not_enforced(faulty: MockClient, normal: MockClient, contract: Contract) -> None:
    assert faulty.get(v1_path(BIG_CUSTOMER_ID), headers={}).status_code == 200
    assert faulty.get(v2_path(BIG_PROGRAM_ID), headers={}).status_code == 200
    assert normal.get(v1_path(BIG_CUSTOMER_ID), headers={}).status_code == 401


@checks("bad_error_body")
def _bad_error_body(faulty: MockClient, normal: MockClient, contract: Contract) -> None:
    response = faulty.get(v1_path("cust_unknown"))
    assert response.status_code == 404
    assert set(response.json()) == {"error"}
    with pytest.raises(jsonschema.ValidationError):
        contract.check_response(V1, response)
    contract.check_response(V1, normal.get(v1_path("cust_unknown")))


@checks("never_ending_pages")
def _never_ending_pages(faulty: MockClient, normal: MockClient, contract: Contract) -> None:
    params: dict[str, Any] = {"limit": 10}
    seen: list[list[str]] = []
    for _ in range(6):  # the small customer has 25 activities: 3 pages if the walk ended
        body = faulty.get(v1_path(SMALL_CUSTOMER_ID), params).json()
        assert body["has_more"] is True
        seen.append(item_ids(body))
        params["starting_after_id"] = body["more_starting_after"]
    assert seen[2:] == [seen[1]] * 4
    cursor = program_page(faulty, {"limit": 100})["cursor"]["next"]
    for _ in range(5):
        again = program_page(faulty, {"cursor": cursor, "limit": 100})["cursor"]
        assert again is not None and again["next"] == cursor


@checks("has_more_forever")
def _has_more_forever(faulty: MockClient, normal: MockClient, contract: Contract) -> None:
    expected = ids_of_walk(normal, SMALL_CUSTOMER_ID)  # 25 activities: 3 pages of 10
    params: dict[str, Any] = {"limit": 10}
    bodies = []
    for _ in range(6):
        body = contract.check_response(V1, faulty.get(v1_path(SMALL_CUSTOMER_ID), params))
        assert body["has_more"] is True
        bodies.append(body)
        params["starting_after_id"] = body["more_starting_after"]
    assert [len(body["data"]) for body in bodies] == [10, 10, 5, 0, 0, 0]
    assert [i for body in bodies for i in item_ids(body)] == expected
    assert bodies[2]["more_starting_after"] == expected[-1]
    empty = faulty.get(v1_path(EMPTY_CUSTOMER_ID)).json()
    assert empty["data"] == [] and empty["has_more"] is True
    assert normal.get(v1_path(EMPTY_CUSTOMER_ID)).json()["has_more"] is False
    v2 = {"limit": 100}
    assert ids(walk_v2(faulty, BIG_PROGRAM_ID, v2)) == ids(walk_v2(normal, BIG_PROGRAM_ID, v2))


@checks("fresh_cursors_forever")
def _fresh_cursors_forever(faulty: MockClient, normal: MockClient, contract: Contract) -> None:
    expected = ids(walk_v2(normal, BIG_PROGRAM_ID, {"limit": 100}))
    full_pages = -(-len(expected) // 100)
    params: dict[str, Any] = {"limit": 100}
    bodies, cursors = [], []
    for _ in range(full_pages + 3):
        body = contract.check_response(V2, faulty.get(v2_path(BIG_PROGRAM_ID), params))
        assert body["cursor"] is not None
        bodies.append(body)
        cursors.append(body["cursor"]["next"])
        params["cursor"] = body["cursor"]["next"]
    assert [i for body in bodies for i in item_ids(body)] == expected
    assert [item_ids(body) for body in bodies[full_pages:]] == [[], [], []]
    assert len(set(cursors)) == len(cursors)  # every one of them fresh
    empty = faulty.get(v2_path(EMPTY_PROGRAM_ID)).json()
    assert empty["data"] == [] and empty["cursor"] is not None
    assert normal.get(v2_path(EMPTY_PROGRAM_ID)).json()["cursor"] is None
    assert ids_of_walk(faulty, SMALL_CUSTOMER_ID) == ids_of_walk(normal, SMALL_CUSTOMER_ID)


@checks("overlapping_pages")
def _overlapping_pages(faulty: MockClient, normal: MockClient, contract: Contract) -> None:
    first = page(faulty, {"limit": 5})
    assert first["more_starting_after"] == first["data"][0]["id"]
    second = page(faulty, {"limit": 5, "starting_after_id": first["more_starting_after"]})
    assert item_ids(second)[:4] == item_ids(first)[1:]
    v2_first = program_page(faulty, {"limit": 5})
    v2_second = program_page(faulty, {"cursor": v2_first["cursor"]["next"], "limit": 5})
    assert item_ids(v2_second)[:4] == item_ids(v2_first)[1:]
    assert item_ids(page(faulty, {"limit": 5})) == item_ids(page(normal, {"limit": 5}))


@checks("wrong_envelope_type")
def _wrong_envelope_type(faulty: MockClient, normal: MockClient, contract: Contract) -> None:
    assert page(faulty, {"limit": 5})["has_more"] == "true"
    assert page(faulty, {"type": "customer.created", "limit": 100})["has_more"] == "false"
    assert isinstance(program_page(faulty, {"limit": 5})["cursor"], str)
    created = {"filters[type][conditions][$is]": "vl.program.created", "limit": 100}
    assert program_page(faulty, created)["cursor"] == ""
    assert program_page(normal, created)["cursor"] is None
    for path, operation in ((v1_path(BIG_CUSTOMER_ID), V1), (v2_path(BIG_PROGRAM_ID), V2)):
        with pytest.raises(jsonschema.ValidationError):
            contract.check_response(operation, faulty.get(path))
        contract.check_response(operation, normal.get(path))


@checks("wrong_content_type")
def _wrong_content_type(faulty: MockClient, normal: MockClient, contract: Contract) -> None:
    for path in (v1_path(BIG_CUSTOMER_ID), v2_path(BIG_PROGRAM_ID)):
        response, correct = faulty.get(path), normal.get(path)
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/plain")
        assert correct.headers["content-type"] == "application/json"
        assert response.json()["data"] == correct.json()["data"]
    assert faulty.get(v1_path("cust_unknown")).headers["content-type"] == "application/json"


def _refused_at_limit_bounds(
    status: int, faulty: MockClient, normal: MockClient, contract: Contract
) -> None:
    for path in (v1_path(BIG_CUSTOMER_ID), v2_path(BIG_PROGRAM_ID)):
        for limit in (1, 100):
            response = faulty.get(path, {"limit": limit})
            assert response.status_code == status
            contract.check_response(V1 if path.startswith("/v1") else V2, response)
            assert normal.get(path, {"limit": limit}).status_code == 200
        assert faulty.get(path, {"limit": 2}).status_code == 200
        assert faulty.get(path, {"limit": 99}).status_code == 200
        assert faulty.get(path).status_code == 200  # the default 10


@checks("server_error_at_limit_bounds")
def _server_error_at_limit_bounds(
    faulty: MockClient, normal: MockClient, contract: Contract
) -> None:
    _refused_at_limit_bounds(500, faulty, normal, contract)


@checks("not_found_at_limit_bounds")
def _not_found_at_limit_bounds(faulty: MockClient, normal: MockClient, contract: Contract) -> None:
    _refused_at_limit_bounds(404, faulty, normal, contract)


@checks("server_error")
def _server_error(faulty: MockClient, normal: MockClient, contract: Contract) -> None:
    for path in (v1_path(BIG_CUSTOMER_ID), v2_path(BIG_PROGRAM_ID), "/anything"):
        response = faulty.get(path)
        assert response.status_code == 500
        assert response.json()["key"] == "internal_server_error"
    contract.check_response(V1, faulty.get(v1_path(BIG_CUSTOMER_ID)))


def test_every_fault_has_a_check() -> None:
    assert set(CHECKS) == FAULTS


@pytest.mark.parametrize("fault", sorted(FAULTS))
def test_fault_changes_behaviour(
    fault: str, client: MockClient, make_client: Callable[..., MockClient], contract: Contract
) -> None:
    CHECKS[fault](make_client(faults=frozenset({fault})), client, contract)


def test_unknown_fault_is_refused() -> None:
    with pytest.raises(UnknownFault, match="teleport"):
        create_app(faults=frozenset({"teleport"}))
