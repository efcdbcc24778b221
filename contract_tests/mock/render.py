"""Response bodies assembled from pre-serialized activity bytes (no re-encoding per request)."""

from __future__ import annotations

from collections.abc import Sequence

from .rebinding import encode


def customer_page(
    items: Sequence[bytes], *, has_more: bool, more_starting_after: str | None
) -> bytes:
    tail = b'],"has_more":true' if has_more else b'],"has_more":false'
    if has_more and more_starting_after is not None:
        tail += b',"more_starting_after":' + encode(more_starting_after)
    return b'{"object":"list","data_ref":"data","data":[' + b",".join(items) + tail + b"}"


def program_page(items: Sequence[bytes], *, cursor: str | None, expires_at: str | None) -> bytes:
    if cursor is None:
        tail = b'],"cursor":null'
    else:
        tail = b'],"cursor":' + encode({"next": cursor, "expires_at": expires_at})
    return b'{"object":"list","data":[' + b",".join(items) + tail + b"}"
