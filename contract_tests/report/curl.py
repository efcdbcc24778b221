"""Reproducing `curl` commands in which secrets appear only as environment variable references."""

from __future__ import annotations

import re
from collections.abc import Mapping

from schemathesis import Response

from contract_tests.redaction import Redactor

# Headers every request carries that do not matter for reproducing it.
_NOISE_HEADERS = frozenset(
    {"user-agent", "accept-encoding", "connection", "content-length", "x-schemathesis-testcaseid"}
)
# What a double-quoted shell word must escape, except the `$VOUCHERIFY_…` placeholders that the
# shell is meant to expand.
_ESCAPE = re.compile(r'(["\\`]|\$(?!VOUCHERIFY_[A-Z0-9_]))')


def curl_command(method: str, url: str, headers: Mapping[str, str], redactor: Redactor) -> str:
    parts = ["curl", "-sS"]
    if method.upper() != "GET":
        parts += ["-X", method.upper()]
    for name, value in headers.items():
        if name.lower() in _NOISE_HEADERS or (name.lower() == "accept" and value == "*/*"):
            continue
        parts += ["-H", _double_quoted(f"{name}: {redactor.text(value)}")]
    parts.append(_double_quoted(redactor.text(url)))
    return " ".join(parts)


def _double_quoted(text: str) -> str:
    """Quote for a POSIX shell, leaving `$NAME` placeholders to be expanded by it."""
    return '"' + _ESCAPE.sub(r"\\\1", text) + '"'


def response_curl(response: Response, redactor: Redactor) -> str:
    """The `curl` command reproducing the request that `response` answers."""
    request = response.request
    headers = {name: str(value) for name, value in request.headers.items()}
    return curl_command(str(request.method), str(request.url), headers, redactor)
