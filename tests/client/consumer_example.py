"""How an application uses the client, written to pass `mypy --strict` with no casts.

Type-checked by the lint session (`mypy ... tests`) and run by test_consumer_example.py against
a scripted server, so the public API's types and behaviour are both pinned.
"""

from __future__ import annotations

import datetime
from collections import Counter
from collections.abc import AsyncIterator, Iterator

import httpx
from voucherify_activity import (
    AsyncVoucherifyActivityClient,
    CustomerActivity,
    CustomerActivityList,
    ProgramActivity,
    ProgramActivityFilter,
    RetryPolicy,
    VoucherifyActivityClient,
    errors,
)
from voucherify_activity.models import (
    CustomerRedemptionSucceededActivity,
    ProgramListCursor,
    UnknownCustomerActivity,
)


def redeemed_customer_ids(client: VoucherifyActivityClient, customer_id: str) -> list[str]:
    """Narrow the union by class, then read the typed payload."""
    ids: list[str] = []
    activities: Iterator[CustomerActivity] = client.customer_activity.iter(
        customer_id,
        limit=100,
        order="created_at",
        type="customer.redemption.succeeded",
        start_date=datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC),
    )
    for activity in activities:
        if isinstance(activity, CustomerRedemptionSucceededActivity):
            ids.append(activity.data.data.customer.id)
        elif isinstance(activity, UnknownCustomerActivity):
            print(f"new event type {activity.type_}: {sorted(activity.data.additional_properties)}")
    return ids


def first_page_summary(
    client: VoucherifyActivityClient, customer_id: str
) -> tuple[int, str | None]:
    page: CustomerActivityList = client.customer_activity.list(customer_id, limit=10, timeout=5.0)
    after = page.more_starting_after if isinstance(page.more_starting_after, str) else None
    return len(page.data), after


def count_program_types(client: VoucherifyActivityClient, program_id: str) -> Counter[str]:
    recent = (
        ProgramActivityFilter()
        .where_type(in_=["vl.program.created", "vl.program.reward.assigned"])
        .where_created_at(after=datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC))
        .junction("AND")
    )
    counts: Counter[str] = Counter()
    for page in client.program_activities.iter_pages(program_id, filters=recent, limit=50):
        cursor = page.cursor
        if isinstance(cursor, ProgramListCursor):
            assert cursor.expires_at.tzinfo is not None
        for activity in page.data:
            counts[activity.type_] += 1
    return counts


def safe_listing(client: VoucherifyActivityClient, customer_id: str) -> str:
    try:
        client.customer_activity.list(customer_id, max_retries=0)
    except errors.NotFoundError as error:
        return f"missing {error.resource_type} {error.resource_id}"
    except errors.RateLimitError as error:
        return f"retry in {error.retry_after}s"
    except errors.ActivityDecodeError as error:
        return f"activity {error.index} ({error.activity_type}) broken at {error.path}"
    except errors.VoucherifyError as error:
        return f"failed: {error}"
    return "ok"


async def program_activity_ids(client: AsyncVoucherifyActivityClient, program_id: str) -> list[str]:
    activities: AsyncIterator[ProgramActivity] = client.program_activities.iter(program_id)
    return [activity.id async for activity in activities]


def make_client(transport: httpx.BaseTransport) -> VoucherifyActivityClient:
    return VoucherifyActivityClient(
        app_id="app-id",
        app_token="app-token",
        cluster="us1.api",
        timeout=httpx.Timeout(10.0, connect=2.0),
        retry=RetryPolicy(max_retries=5, backoff_factor=1.0),
        transport=transport,
    )
