"""Reading feed pages over HTTP: one fetcher per feed, and walks that collect whole listings."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from contract_tests.checks.filters import Listing, instant_of
from contract_tests.checks.pagination import FetchPage, Item, Page, PageUnavailable, Walk, walk
from contract_tests.spec import Feed
from contract_tests.suite.probe import FULL_CHECKS, LIGHT_CHECKS, Exchange, Probe

LISTING_PAGE_SIZE = 100


def page_fetcher(
    probe: Probe,
    feed: Feed,
    resource_id: str,
    extra_query: Mapping[str, Any] | None = None,
    *,
    validate_schema: Callable[[int, str], bool] = lambda limit, order: True,
) -> FetchPage[Exchange]:
    """`validate_schema(limit, order)` says which walks' pages get schema validation too."""

    def fetch(limit: int, order: str, token: str | None) -> Page[Exchange]:
        query: dict[str, Any] = {"limit": limit, "order": order, **(extra_query or {})}
        if token is not None:
            query["starting_after_id" if feed is Feed.CUSTOMER else "cursor"] = token
        checks = FULL_CHECKS if validate_schema(limit, order) else LIGHT_CHECKS
        exchange = probe.get(feed, resource_id, query, checks=checks)
        return read_page(feed, exchange)

    return fetch


def read_page(feed: Feed, exchange: Exchange) -> Page[Exchange]:
    body = exchange.json()
    if exchange.status != 200:
        raise PageUnavailable(
            f"HTTP {exchange.status} instead of a page",
            f"{exchange.summary()}",
            exchange,
        )
    if not isinstance(body, dict) or not isinstance(body.get("data"), list):
        raise PageUnavailable("not a page", f"{exchange.summary()}: no `data` list", exchange)
    items = [_item(raw) for raw in body["data"] if isinstance(raw, dict)]
    if feed is Feed.CUSTOMER:
        has_more = body.get("has_more") is True
        token = body.get("more_starting_after")
    else:
        cursor = body.get("cursor")
        has_more = isinstance(cursor, dict)
        token = cursor.get("next") if isinstance(cursor, dict) else None
    return Page(
        items=items,
        has_more=has_more,
        next_token=token if isinstance(token, str) else None,
        ref=exchange,
    )


def listing(
    probe: Probe,
    feed: Feed,
    resource_id: str,
    *,
    max_items: int,
    extra_query: Mapping[str, Any] | None = None,
    validate_schema: bool = True,
) -> tuple[Listing, Walk[Exchange]]:
    """Newest-first activities (up to `max_items`) and the walk that fetched them."""
    fetch = page_fetcher(
        probe, feed, resource_id, extra_query, validate_schema=lambda *_: validate_schema
    )
    result = walk(
        fetch, limit=LISTING_PAGE_SIZE, order="-created_at", max_items=max_items, to_end=True
    )
    activities = [item.raw for item in result.items]
    return Listing(activities, complete=result.complete), result


def _item(raw: Mapping[str, Any]) -> Item:
    return Item(id=str(raw.get("id")), created_at=instant_of(raw.get("created_at")), raw=raw)
