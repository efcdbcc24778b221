"""The HTTP session every request of a run uses: 429s are retried after their `Retry-After`, and
a redirect is an answer to check, never followed."""

from __future__ import annotations

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

MAX_RATE_LIMIT_RETRIES = 4
# A server asking for a longer pause than this gets retried sooner; the run must stay bounded.
MAX_RETRY_AFTER_S = 120


def polite_session(
    *, retries: int = MAX_RATE_LIMIT_RETRIES, max_retry_after: int = MAX_RETRY_AFTER_S
) -> requests.Session:
    retry = Retry(
        total=retries,
        connect=2,
        read=1,
        status=retries,
        status_forcelist=(429,),
        allowed_methods=frozenset({"GET"}),
        # Without a Retry-After header: 1 s, 2 s, 4 s... between attempts.
        backoff_factor=1.0,
        respect_retry_after_header=True,
        retry_after_max=max_retry_after,
        # The last 429 is returned, not raised: the checks report it like any other response.
        raise_on_status=False,
    )
    session = _NoRedirects()
    adapter = HTTPAdapter(max_retries=retry)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    return session


class _NoRedirects(requests.Session):
    """Voucherify documents no 3xx, so one is drift for the checks to report (the status is not
    in the spec). Following it would also send `X-App-Id` / `X-App-Token` to whatever host it
    names: requests drops only `Authorization` when the host changes."""

    def get_redirect_target(self, resp: requests.Response) -> None:
        return None
