"""Before a live run: can the API be reached with these settings at all?

A wrong token, a base URL with `/v1` in it or a host that is down would otherwise fail every
check, and the nightly would report dozens of findings of drift (and mark every earlier finding
resolved) when nothing about the API changed. One request per feed, without retries, tells an
operator's mistake from drift: refused credentials, a path the API does not know, no answer.
Anything else (a page, a 400, a 429, a 5xx) is the suite's to judge.
"""

from __future__ import annotations

import httpx

from contract_tests.config import (
    ENV_APP_TOKEN,
    ENV_BASE_URL,
    ENV_BEARER_TOKEN,
    ENV_CUSTOMER_ID,
    ENV_PROGRAM_ID,
    LiveApi,
)
from contract_tests.spec import Feed

_SETTING = {Feed.CUSTOMER: ENV_CUSTOMER_ID, Feed.PROGRAM: ENV_PROGRAM_ID}


def problem(live: LiveApi, timeout: float) -> str | None:
    """Why the run cannot check `live` (a sentence naming what to fix), or None."""
    headers = dict(live.credentials.headers)
    with httpx.Client(base_url=live.base_url, headers=headers, timeout=timeout) as http:
        for feed, resource_id in (
            (Feed.CUSTOMER, live.customer_id),
            (Feed.PROGRAM, live.program_id),
        ):
            path = feed.path.replace("{" + feed.path_parameter + "}", resource_id)
            try:
                status = http.get(path, params={"limit": 1}).status_code
            except httpx.HTTPError as exc:
                return f"no answer from {live.base_url} ({type(exc).__name__}: {exc})"
            if status in (401, 403):
                return (
                    f"the API refused the credentials (HTTP {status} for GET {path}): check "
                    f"{ENV_APP_TOKEN} and its app id, or {ENV_BEARER_TOKEN}"
                )
            if status == 404:
                return (
                    f"HTTP 404 for GET {live.base_url}{path}: {ENV_BASE_URL} is the API's root "
                    f"(no /v1 in it), and {_SETTING[feed]} must name an existing "
                    f"{'customer' if feed is Feed.CUSTOMER else 'loyalty program'}"
                )
    return None
