"""What each check expects and the promise it rests on: Voucherify's documentation or our policy.

A failing check must trace to something Voucherify wrote or to a numbered clause of our realism
policy (contract_tests/README.md, "What the checks rest on"); the report prints both for every
check. Sources: seed 000 is the *List Customer Activity* page, seed 001 the *Customer Activity
Object* page, seed 002 the *List Loyalty Program Activities* (BETA) page.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Promise:
    expects: str
    rests_on: str


PROMISES: dict[str, Promise] = {
    # Schemathesis' built-in checks (run on every generated case).
    "not_a_server_error": Promise(
        "no 5xx response",
        "realism policy R1: a 5xx is the server failing, never an answer",
    ),
    "status_code_conformance": Promise(
        "a status code the spec documents for the operation",
        "seeds 000 / 002: 200 with a page; realism policy R2: 400, 401, 404, 429, 500",
    ),
    "content_type_conformance": Promise(
        "a Content-Type the spec documents for that status",
        "seeds 000 / 002: JSON bodies; realism policy R2: JSON errors",
    ),
    "response_schema_conformance": Promise(
        "a body valid against the documented schema",
        "seeds 000 / 001 / 002: the documented page and event payloads, read as realism "
        "policy R3 allows (null leaves, absent nested objects, extra fields)",
    ),
    "response_headers_conformance": Promise(
        "the documented response headers, with valid values",
        "realism policy R2: `Retry-After` (seconds) on a 429",
    ),
    "negative_data_rejection": Promise(
        "a 4xx answer to a request breaking a documented constraint",
        "seeds 000 / 002 only: limit 1-100, the order / campaign_type / category / type enums, "
        "date-time dates, the cursor pattern, the junction and type values of `filters` "
        "(checks/documented_query.py); nothing our spec adds is tested",
    ),
    "positive_data_acceptance": Promise(
        "a 2xx answer to a request the spec allows (a 429 is the rate limit, a 5xx "
        "`not_a_server_error`'s)",
        "seeds 000 / 002: the documented parameters and their values",
    ),
    "ignored_auth": Promise(
        "401 when credentials are missing or wrong (Schemathesis' probe)",
        "seeds 000 / 002: X-App-Id + X-App-Token or a Bearer token are required; "
        "realism policy R2: 401",
    ),
    # Ours.
    "parses_with_client": Promise(
        "every 2xx body parses with the generated client, documented types typed",
        "seeds 000 / 001 / 002 as for response_schema_conformance (the client is generated "
        "from that schema), read as realism policy R3 allows",
    ),
    "no_undocumented_event_types": Promise(
        "only event types the spec documents",
        "seed 000: the type list; seed 001: the event payloads; seed 002: the valid values",
    ),
    "pagination_walk": Promise(
        "every feed walked to its end; walks at limits 1, 7 and 100 agree, in both orders",
        'seed 000: limit, order, has_more "indicates if there are more records", '
        'more_starting_after "to return another page"; seed 002: "cursor-paginated", limit, '
        "order; realism policy R4: each activity once, in order, whatever the page size, "
        "and the chain ends",
    ),
    "filters_honoured": Promise(
        "every returned item matches the filter and none that the filter promises is missing",
        "seed 000: type, category, campaign_id / campaign_type (events related to a campaign: "
        "seed 001 puts it in the payload's `campaign`), start_date / end_date (results "
        '"must begin / end on"); seed 002: id and type conditions, junction; '
        "realism policy R5 (created_at bounds) and R6 (ACTION / EFFECT split the feed)",
    ),
    "auth_required": Promise(
        "401 with a documented error body without credentials or with wrong ones",
        "seeds 000 / 002: credentials are required; realism policy R2: 401 and the Error body",
    ),
    "error_body_shape": Promise(
        "every 4xx/5xx body matches the Error schema",
        "realism policy R2: Voucherify's shared error body, `code` = the HTTP status",
    ),
}


def rests_on(check: str) -> str:
    promise = PROMISES.get(check)
    return promise.rests_on if promise else "not one of ours: see the check's own documentation"
