"""Test helpers: an in-process client for the mock, and validators of its responses from the
project's one spec reader (`contract_tests.spec`, formats checked too)."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable, Iterator, Mapping
from functools import cached_property
from typing import Any

import httpx
from jsonschema import Draft202012Validator
from starlette.applications import Starlette

from contract_tests.mock.dataset import APP_ID, APP_TOKEN, BEARER_TOKEN, Feed, StoredActivity
from contract_tests.spec import CUSTOMER_ACTIVITY_OPERATION, PROGRAM_ACTIVITY_OPERATION, Spec

V1 = CUSTOMER_ACTIVITY_OPERATION
V2 = PROGRAM_ACTIVITY_OPERATION

APP_HEADERS = {"X-App-Id": APP_ID, "X-App-Token": APP_TOKEN}
BEARER_HEADERS = {"Authorization": f"Bearer {BEARER_TOKEN}"}


def v1_path(customer: str) -> str:
    return f"/v1/customers/{customer}/activity"


def v2_path(program: str) -> str:
    return f"/v2/loyalties/programs/{program}/activities"


class MockClient:
    """Synchronous calls into the ASGI app through httpx's ASGITransport (no sockets)."""

    def __init__(self, app: Starlette) -> None:
        self._runner = asyncio.Runner()
        transport = httpx.ASGITransport(app=app)
        self._client = httpx.AsyncClient(transport=transport, base_url="http://mock.test")

    def get(
        self,
        path: str,
        params: Mapping[str, Any] | list[tuple[str, Any]] | None = None,
        *,
        raw_query: str | None = None,
        headers: Mapping[str, str] = APP_HEADERS,
        method: str = "GET",
    ) -> httpx.Response:
        url = httpx.URL(path, query=raw_query.encode()) if raw_query is not None else path
        request = self._client.request(method, url, params=params, headers=dict(headers))
        return self._runner.run(request)

    def close(self) -> None:
        self._runner.run(self._client.aclose())
        self._runner.close()


class Contract:
    """Validators for the two operations' documented responses."""

    def __init__(self) -> None:
        self.spec = Spec.load()

    def pointer(self, ref: str) -> Any:
        return self.spec.pointer(ref)

    def validator(self, ref: str) -> Draft202012Validator:
        return self.spec.validator(ref, formats=True)

    def operation(self, operation_id: str) -> dict[str, Any]:
        return self.spec.operation(operation_id)

    def response_ref(self, operation_id: str, status: int) -> str:
        """The `$ref` of the documented schema for a status (fails if undocumented)."""
        response = self.operation(operation_id)["responses"][str(status)]
        if "$ref" in response:
            response = self.pointer(response["$ref"])
        schema = response["content"]["application/json"]["schema"]
        ref = schema["$ref"]
        assert isinstance(ref, str)
        return ref

    def union_ref(self, operation_id: str) -> str:
        return self.spec.union(operation_id).ref

    def mapping(self, operation_id: str) -> dict[str, str]:
        return dict(self.spec.union(operation_id).variants)

    @cached_property
    def event_types(self) -> dict[str, tuple[str, ...]]:
        return {op: tuple(self.mapping(op)) for op in (V1, V2)}

    def check_activity(self, operation_id: str, activity: Any) -> None:
        """The activity validates against the variant its `type` maps to."""
        ref = self.mapping(operation_id).get(activity.get("type"))
        assert ref is not None, f"undocumented type {activity.get('type')!r}"
        self.validator(ref).validate(activity)

    def check_response(self, operation_id: str, response: httpx.Response) -> Any:
        """The body validates against the documented response of its status; returns it."""
        body = response.json()
        ref = self.response_ref(operation_id, response.status_code)
        if response.status_code == 200:
            # The union is checked per item through the mapping (a full `oneOf` over ~90
            # variants costs ~30 ms per activity); `check_union` does the literal check.
            self.validator(ref).validate({**body, "data": []})
            for activity in body["data"]:
                self.check_activity(operation_id, activity)
        else:
            self.validator(ref).validate(body)
            assert body["code"] == response.status_code
            assert body["request_id"].startswith("v-")
        return body

    def check_union(self, operation_id: str, response: httpx.Response) -> None:
        self.validator(self.response_ref(operation_id, 200)).validate(response.json())


def walk_v1(
    client: MockClient, customer: str, params: Mapping[str, Any], *, max_pages: int = 5_000
) -> Iterator[dict[str, Any]]:
    """Every page of a v1 walk (asserting has_more/more_starting_after consistency)."""
    after: str | None = None
    for _ in range(max_pages):
        query = dict(params) if after is None else {**params, "starting_after_id": after}
        response = client.get(v1_path(customer), query)
        assert response.status_code == 200, response.text
        page: dict[str, Any] = response.json()
        yield page
        if not page["has_more"]:
            assert "more_starting_after" not in page
            return
        assert page["more_starting_after"] == page["data"][-1]["id"]
        after = page["more_starting_after"]
    raise AssertionError("the walk did not end")


def walk_v2(
    client: MockClient,
    program: str,
    params: Mapping[str, Any] | list[tuple[str, Any]],
    *,
    max_pages: int = 5_000,
) -> Iterator[dict[str, Any]]:
    pairs = list(params.items()) if isinstance(params, Mapping) else list(params)
    cursor: str | None = None
    for _ in range(max_pages):
        query = pairs if cursor is None else [*pairs, ("cursor", cursor)]
        response = client.get(v2_path(program), query)
        assert response.status_code == 200, response.text
        page: dict[str, Any] = response.json()
        yield page
        if page["cursor"] is None:
            return
        cursor = page["cursor"]["next"]
    raise AssertionError("the walk did not end")


def ids(pages: Iterator[dict[str, Any]]) -> list[str]:
    return [activity["id"] for page in pages for activity in page["data"]]


def decoded(body: bytes) -> dict[str, Any]:
    value: dict[str, Any] = json.loads(body)
    return value


def oracle_ids(
    feed: Feed | None,
    keep: Callable[[StoredActivity], bool] = lambda activity: True,
    *,
    newest_first: bool = True,
) -> list[str]:
    """Brute force: the ids of `feed`, filtered and ordered in plain Python."""
    assert feed is not None
    chosen = sorted((a for a in feed.activities if keep(a)), key=lambda a: a.created_us)
    return [a.id for a in (reversed(chosen) if newest_first else chosen)]
