"""The mock's credential check (Voucherify's two schemes, either one suffices)."""

from __future__ import annotations

import hmac
from collections.abc import Mapping

from .population import APP_ID, APP_TOKEN, BEARER_TOKEN


def _same(given: str | None, expected: str) -> bool:
    return given is not None and hmac.compare_digest(given.encode(), expected.encode())


def is_authorized(headers: Mapping[str, str]) -> bool:
    """`X-App-Id` + `X-App-Token` (both, matching), or `Authorization: Bearer <token>`."""
    if _same(headers.get("x-app-id"), APP_ID) and _same(headers.get("x-app-token"), APP_TOKEN):
        return True
    scheme, _, credentials = (headers.get("authorization") or "").partition(" ")
    return scheme.lower() == "bearer" and _same(credentials.strip(), BEARER_TOKEN)
