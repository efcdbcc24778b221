"""Our per-response checks, registered with Schemathesis so they run on every response it validates.

Schemathesis reports a check under its function name, so these names are the ones in the report.
A check returns True when it does not apply (Schemathesis then records no outcome for it).
"""

from __future__ import annotations

from typing import Any

import schemathesis
from schemathesis import Case, CheckContext, Response

from contract_tests.checks.client_parse import client_parse_problems
from contract_tests.checks.event_types import undocumented_types
from contract_tests.schemathesis_compat import ContractFailure
from contract_tests.spec import Feed, Spec


def spec() -> Spec:
    return Spec.load()


def _page(response: Response, case: Case[Any]) -> tuple[Feed, Any] | None:
    feed = Feed.from_label(case.operation.label)
    if feed is None or not 200 <= response.status_code < 300:
        return None
    try:
        return feed, response.json()
    except ValueError:
        return None  # not JSON: content_type_conformance / response_schema_conformance say so


@schemathesis.check
def parses_with_client(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
    """Every 2xx body parses with the generated client; no documented type lands in Unknown."""
    page = _page(response, case)
    if page is None:
        return True
    feed, body = page
    problems = client_parse_problems(feed, body, spec().documented_types(feed))
    if problems:
        title = (
            "the generated client cannot parse the page"
            if "from_dict raised" in problems[0]
            else "a documented event type parsed as Unknown"
        )
        raise ContractFailure(
            operation=case.operation.label, title=title, message="\n".join(problems)
        )
    return None


@schemathesis.check
def no_undocumented_event_types(
    ctx: CheckContext, response: Response, case: Case[Any]
) -> bool | None:
    """Every activity's `type` is one the spec documents."""
    page = _page(response, case)
    if page is None:
        return True
    feed, body = page
    found = undocumented_types(body, spec().documented_types(feed))
    if found:
        event_type, _ = found[0]
        raise ContractFailure(
            operation=case.operation.label,
            title=f"undocumented event type {event_type!r}",
            message="\n".join(f"activity {item_id}: type {kind!r}" for kind, item_id in found),
        )
    return None


@schemathesis.check
def error_body_shape(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
    """Every 4xx/5xx body matches the documented Error schema, with `code` the HTTP status."""
    status = response.status_code
    if status < 400:
        return True
    try:
        body = response.json()
    except ValueError:
        raise ContractFailure(
            operation=case.operation.label,
            title=f"{status} body is not JSON",
            message=response.text_lossy()[:500],
        ) from None
    problems = spec().error_body_problems(body)
    if isinstance(body, dict) and isinstance(body.get("code"), int) and body["code"] != status:
        problems.append(f"code: {body['code']} but the HTTP status is {status}")
    if problems:
        raise ContractFailure(
            operation=case.operation.label,
            title=f"{status} body does not match the Error schema",
            message="\n".join(problems) + f"\nbody: {response.text_lossy()[:500]}",
        )
    return None
