"""Runs consumer_example.py (the typed usage sample) against a scripted server."""

from __future__ import annotations

from collections import Counter

import httpx

from . import consumer_example, fakes
from .spec_examples import example_for


def test_the_consumer_example_runs() -> None:
    unknown = example_for("UnknownCustomerActivity")
    unknown.update(type="customer.teleported", data={"where": "mars"})
    reward = fakes.program_activity(2, "ProgramRewardAssignedActivity")
    server = fakes.ScriptedServer(
        [
            fakes.json_response(
                200, fakes.customer_page([fakes.customer_activity(0), unknown], has_more=False)
            ),
            fakes.json_response(
                200, fakes.customer_page([fakes.customer_activity(1)], has_more=True)
            ),
            fakes.json_response(200, fakes.program_page([fakes.program_activity(1)], "lcrsapr_01")),
            fakes.json_response(200, fakes.program_page([reward], None)),
            fakes.json_response(
                404,
                {
                    **fakes.error_body(404, "not_found", "Gone"),
                    "resource_id": "cust_x",
                    "resource_type": "customer",
                },
            ),
        ]
    )
    client = consumer_example.make_client(server.transport)

    assert consumer_example.redeemed_customer_ids(client, "cust_1") == [
        example_for("SimpleCustomer")["id"]
    ]
    assert consumer_example.first_page_summary(client, "cust_1") == (1, "evcus_000001")
    assert consumer_example.count_program_types(client, "lprg_1") == Counter(
        {"vl.program.created": 1, "vl.program.reward.assigned": 1}
    )
    assert consumer_example.safe_listing(client, "cust_x") == "missing customer cust_x"
    assert server.requests[0].url.host == "us1.api.voucherify.io"


async def test_the_async_consumer_example_runs() -> None:
    server = fakes.ScriptedServer(
        [httpx.Response(200, json=fakes.program_page([fakes.program_activity(5)], None))]
    )
    async with fakes.async_client(server) as client:
        assert await consumer_example.program_activity_ids(client, "lprg_1") == ["laprg_000005"]
