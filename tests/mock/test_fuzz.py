"""Random query strings never produce anything but a documented status and a valid body."""

from __future__ import annotations

from urllib.parse import quote

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from contract_tests.mock.dataset import (
    BIG_CUSTOMER_ID,
    BIG_PROGRAM_ID,
    EMPTY_PROGRAM_ID,
    SMALL_CUSTOMER_ID,
)

from .support import APP_HEADERS, BEARER_HEADERS, V1, V2, Contract, MockClient, v1_path, v2_path

ALLOWED = {200, 400, 401, 404}
FUZZ = settings(
    max_examples=250,
    deadline=None,
    derandomize=True,  # CI runs the same examples every time
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)

V1_NAMES = [
    "limit", "order", "starting_after_id", "start_date", "end_date", "campaign_id",
    "campaign_type", "category", "type",
]  # fmt: skip
V2_NAMES = [
    "limit", "order", "cursor", "filters", "filters[junction]", "filters[type][conditions][$is]",
    "filters[type][conditions][$in][0]", "filters[type][conditions][$in][]",
    "filters[id][conditions][$not_in][1]", "filters[created_at][conditions][$after]",
    "filters[created_at][conditions][$more_than]", "filters[x][y]", "filters[type][",
    "filters[type][conditions][$is][0]", "filters[]", "filters[created_at][conditions][$nope]",
]  # fmt: skip
VALUES = [
    "0", "1", "10", "100", "101", "-5", "1e3", "99999999999999999999999999999999", "",
    "created_at", "-created_at", "ACTION", "EFFECT", "LOYALTY_PROGRAM", "customer.order.paid",
    "vl.program.created", "AND", "OR", "2024-02-29T12:00:00.123Z", "2024-02-30T12:00:00Z",
    "2023-12-22T10:13:06+01:00", "lcrsapr_00ff", "laprg_abc", "evcus_123", "%", "%zz", "%ff",
    "%C3%28", "%00", "[]", "[0]", "&", "=", "+", "ż", "\u2603",
]  # fmt: skip

text = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=12)


def sendable(raw: str) -> str:
    """`raw` as a client could put it in a URL: non-printable-ASCII and `#` escaped, rest as is."""
    return "".join(
        c if c.isascii() and c.isprintable() and c not in " #" else quote(c) for c in raw
    )


def component(names: list[str]) -> st.SearchStrategy[str]:
    name = st.one_of(st.sampled_from(names), text)
    value = st.one_of(st.sampled_from(VALUES), text, st.integers().map(str))
    encoded = st.booleans()

    def build(parts: tuple[str, str, bool]) -> str:
        key, val, escape = parts
        if escape:
            return f"{quote(key, safe='[]$')}={quote(val, safe='')}"
        return f"{sendable(key)}={sendable(val)}"

    raw = st.sampled_from(["", "&", "=", "%", "%ff", "a", "limit", "filters[", "&&=&"])
    return st.one_of(st.tuples(name, value, encoded).map(build), raw)


def query(names: list[str]) -> st.SearchStrategy[str]:
    return st.lists(component(names), max_size=6).map("&".join)


headers = st.sampled_from([APP_HEADERS, APP_HEADERS, BEARER_HEADERS, {}])


@FUZZ
@given(
    customer=st.sampled_from([BIG_CUSTOMER_ID, SMALL_CUSTOMER_ID, "crm-big-001", "cust_x", "%20"]),
    raw=query(V1_NAMES),
    auth=headers,
)
def test_v1_never_fails_badly(
    client: MockClient, contract: Contract, customer: str, raw: str, auth: dict[str, str]
) -> None:
    response = client.get(v1_path(customer), raw_query=raw, headers=auth)
    assert response.status_code in ALLOWED, (raw, response.text)
    event(f"status {response.status_code}")
    contract.check_response(V1, response)


@FUZZ
@given(
    program=st.sampled_from([BIG_PROGRAM_ID, EMPTY_PROGRAM_ID, "lprg_00", "x"]),
    raw=query(V2_NAMES),
    auth=headers,
)
def test_v2_never_fails_badly(
    client: MockClient, contract: Contract, program: str, raw: str, auth: dict[str, str]
) -> None:
    response = client.get(v2_path(program), raw_query=raw, headers=auth)
    assert response.status_code in ALLOWED, (raw, response.text)
    event(f"status {response.status_code}")
    contract.check_response(V2, response)
