"""Raw query-string parsing that never fails with anything but a 400.

Starlette's `request.query_params` replaces undecodable bytes silently; the mock parses
`scope["query_string"]` itself so that bad UTF-8 is a clear 400, and keeps repeated keys in order
(deepObject arrays are written that way).
"""

from __future__ import annotations

from urllib.parse import unquote_to_bytes

from .errors import invalid_query

MAX_PAIRS = 1_000  # a query with more parameters than this is abuse, not a request


def parse_query(raw: bytes) -> list[tuple[str, str]]:
    """`(name, value)` pairs in order; `+` is a space, malformed `%` escapes stay literal."""
    pairs: list[tuple[str, str]] = []
    for chunk in raw.split(b"&"):
        if not chunk:
            continue
        name, _, value = chunk.partition(b"=")
        pairs.append((_decode(name), _decode(value)))
        if len(pairs) > MAX_PAIRS:
            raise invalid_query(f"more than {MAX_PAIRS} query parameters")
    return pairs


def _decode(part: bytes) -> str:
    try:
        return unquote_to_bytes(part.replace(b"+", b" ")).decode("utf-8")
    except UnicodeDecodeError as exc:
        raise invalid_query("the query string is not valid UTF-8 once percent-decoded") from exc
