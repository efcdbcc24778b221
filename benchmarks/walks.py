"""The two P2 contenders: walking a customer's feed with our client, and with bare httpx + JSON.

Both send the same requests (`limit`, then `starting_after_id` from `more_starting_after`), with
the same credentials, over one keep-alive connection, and decode with the same JSON library
(the one our client picked), so the difference is what the client adds: typed envelopes, checks,
retries transport, pagination bookkeeping. Imports stay light: this module also runs in the
memory-measuring subprocess.
"""

from __future__ import annotations

import contextlib
import itertools
from collections.abc import Callable, Generator
from dataclasses import dataclass
from functools import partial
from typing import Any

import httpx
from voucherify_activity import VoucherifyActivityClient
from voucherify_activity._json import _loads as picked_loads  # the library, not its wrapper

Walk = Generator[Any, None, None]


@dataclass(frozen=True)
class Feed:
    """Where to walk: the server, its credentials and the customer."""

    base_url: str
    app_id: str
    app_token: str
    customer_id: str
    limit: int = 100


def raw_items(feed: Feed, loads: Callable[[bytes], Any] = picked_loads) -> Walk:
    """Activities as plain dicts, page after page, from a bare httpx loop.

    `loads` decodes each body: by default with the library our client picked (orjson when
    installed, else the standard library).
    """
    headers = {"X-App-Id": feed.app_id, "X-App-Token": feed.app_token}
    path = f"/v1/customers/{feed.customer_id}/activity"
    with httpx.Client(base_url=feed.base_url, headers=headers) as http:
        params: dict[str, str | int] = {"limit": feed.limit}
        while True:
            response = http.get(path, params=params)
            response.raise_for_status()
            page = loads(response.content)
            yield from page["data"]
            if not page["has_more"]:
                return
            params = {"limit": feed.limit, "starting_after_id": page["more_starting_after"]}


def client_items(feed: Feed, validate: bool = False) -> Walk:
    """Activities as typed objects from our client's item iterator; with `validate`, every
    payload typed and checked as well."""
    with VoucherifyActivityClient(
        app_id=feed.app_id, app_token=feed.app_token, base_url=feed.base_url, validate=validate
    ) as client:
        yield from client.customer_activity.iter(feed.customer_id, limit=feed.limit)


Contender = Callable[[Feed], Walk]
CONTENDERS: dict[str, Contender] = {"raw": raw_items, "ours": client_items}
# What p2_memory can walk in a fresh interpreter: the contenders, and ours with every payload
# typed (whose first walk in a process also builds the decoders and learns undocumented keys).
MODES: dict[str, Contender] = CONTENDERS | {"ours typed": partial(client_items, validate=True)}


def count(items: Walk, limit: int) -> int:
    """Consume (and drop) the first `limit` items; closes the walk so its connection goes."""
    with contextlib.closing(items) as walk:
        return sum(1 for _ in itertools.islice(walk, limit))


def ids(items: Walk, limit: int) -> list[str]:
    """The first `limit` activity ids (for checking that both contenders saw the same feed)."""
    with contextlib.closing(items) as walk:
        return [_id(item) for item in itertools.islice(walk, limit)]


def _id(item: Any) -> str:
    return str(item["id"] if isinstance(item, dict) else item.id)
