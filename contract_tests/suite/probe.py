"""Requests our own checks send, made as Schemathesis cases.

Going through `Case.call` gives them the run's transport settings (rate limit, timeout, 429
handling), puts them in the cassette, and lets the response checks (schema conformance, client
parsing...) see every page a walk or a filter check fetches."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import requests
from schemathesis import BaseSchema, Case, CheckFunction, Response
from schemathesis.checks import not_a_server_error
from schemathesis.errors import FailureGroup

from contract_tests.redaction import Redactor
from contract_tests.report.curl import response_curl
from contract_tests.schemathesis_compat import (
    Failure,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)
from contract_tests.spec import Feed
from contract_tests.suite.response_checks import (
    error_body_shape,
    no_undocumented_event_types,
    parses_with_client,
)

# Response checks applied to every probe; the request-shape checks (negative/positive data,
# ignored_auth) only make sense for generated cases.
LIGHT_CHECKS: list[CheckFunction] = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    parses_with_client,
    no_undocumented_event_types,
    error_body_shape,
]
# Schema validation of a 100-activity page costs ~10 ms; walks re-read every activity six times,
# so only one complete pass per feed (the limit-100 listings) and the small requests get it.
FULL_CHECKS: list[CheckFunction] = [*LIGHT_CHECKS, response_schema_conformance]


@dataclass(frozen=True, slots=True)
class Exchange:
    case: Case[Any]
    response: Response

    @property
    def status(self) -> int:
        return self.response.status_code

    def json(self) -> Any:
        try:
            return self.response.json()
        except ValueError:
            return None

    def curl(self, redactor: Redactor) -> str:
        return response_curl(self.response, redactor)

    def summary(self) -> str:
        request = self.response.request
        return f"{request.method} {request.url} -> {self.status}"


class Probe:
    def __init__(
        self,
        schema: BaseSchema,
        session: requests.Session,
        credentials: Mapping[str, str],
    ) -> None:
        self._operations = {feed: schema[feed.path]["GET"] for feed in Feed}
        self._session = session
        self._credentials = dict(credentials)

    def get(
        self,
        feed: Feed,
        resource_id: str,
        query: Mapping[str, Any] | None = None,
        *,
        headers: Mapping[str, str] | None = None,
        validate: bool = True,
        checks: list[CheckFunction] | None = None,
    ) -> Exchange:
        """GET one page; `headers=None` sends the run's credentials, `{}` sends none at all.

        Responses are validated with `checks` (all response checks by default).
        """
        case = self._operations[feed].Case(
            path_parameters={feed.path_parameter: resource_id},
            query=dict(query or {}),
        )
        sent_headers = self._credentials if headers is None else dict(headers)
        response = case.call(session=self._session, headers=sent_headers)
        if validate:
            self.validate(case, response, checks or FULL_CHECKS, headers=sent_headers)
        return Exchange(case, response)

    def validate(
        self,
        case: Case[Any],
        response: Response,
        checks: list[CheckFunction],
        *,
        headers: Mapping[str, str] | None = None,
    ) -> list[Failure]:
        """Run `checks` and return their failures.

        Outcomes also reach the report through the `after_validate` hook, so callers only act on
        the failures that concern their own check.
        """
        try:
            case.validate_response(
                response,
                checks=checks,
                headers=dict(headers or {}),
                transport_kwargs={"session": self._session, "headers": dict(headers or {})},
            )
        except FailureGroup as group:
            return list(group.exceptions)
        return []
