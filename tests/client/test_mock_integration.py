"""The async client against the project's embedded mock, in process (httpx.ASGITransport)."""

from __future__ import annotations

from collections import Counter

import httpx
import pytest
from voucherify_activity import AsyncVoucherifyActivityClient, ProgramActivityFilter, errors
from voucherify_activity.models import UnknownCustomerActivity, UnknownProgramActivity

from contract_tests.mock import create_app
from contract_tests.mock.dataset import APP_ID, APP_TOKEN, BIG_CUSTOMER_ID, BIG_PROGRAM_ID

from .fakes import every_variant


async def test_every_mock_activity_parses_and_validates() -> None:
    transport = httpx.ASGITransport(app=create_app())
    async with AsyncVoucherifyActivityClient(
        app_id=APP_ID,
        app_token=APP_TOKEN,
        base_url="http://mock.test",
        transport=transport,
        validate=True,
    ) as client:
        customer_types = Counter(
            [
                type(a).__name__
                async for a in client.customer_activity.iter(BIG_CUSTOMER_ID, limit=100)
            ]
        )
        chosen = ProgramActivityFilter().where_type(
            in_=["vl.program.created", "vl.program.updated"]
        )
        filtered = [
            a.type_
            async for a in client.program_activities.iter(BIG_PROGRAM_ID, filters=chosen, limit=7)
        ]
        program_types = Counter(
            [
                type(a).__name__
                async for a in client.program_activities.iter(BIG_PROGRAM_ID, limit=100)
            ]
        )
        with pytest.raises(errors.NotFoundError) as caught:
            await client.customer_activity.list("cust_does_not_exist")

    assert set(customer_types) == {name for _, name in every_variant("CustomerActivity")}
    assert UnknownCustomerActivity.__name__ not in customer_types
    assert set(program_types) == {name for _, name in every_variant("ProgramActivity")}
    assert UnknownProgramActivity.__name__ not in program_types
    assert filtered and set(filtered) <= {"vl.program.created", "vl.program.updated"}
    assert (caught.value.key, caught.value.resource_type) == ("not_found", "customer")
