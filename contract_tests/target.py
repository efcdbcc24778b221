"""The API under test: the live Voucherify API or the embedded mock served on a loopback port."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from contract_tests.config import (
    ENV_APP_ID,
    ENV_APP_TOKEN,
    ENV_BEARER_TOKEN,
    Credentials,
    RunConfig,
)
from contract_tests.spec import Feed


class TargetError(Exception):
    """The target could not be started (e.g. an unknown mock fault)."""


@dataclass(frozen=True, slots=True)
class Target:
    base_url: str
    credentials: Credentials
    customer_id: str
    """A customer with activity; the only customer id sent in positive requests."""
    program_id: str
    """A loyalty program with activity; the only program id sent in positive requests."""
    is_mock: bool
    small_customer_id: str | None = None
    """Mock only: a customer with a few activities, walked completely at every page size."""
    empty_customer_id: str | None = None
    """Mock only: a customer without activity."""
    empty_program_id: str | None = None
    """Mock only: a loyalty program without activity."""

    @property
    def secrets(self) -> dict[str, str]:
        return dict(self.credentials.secrets)

    def resource_id(self, feed: Feed) -> str:
        """The customer or program whose activity `feed` lists in positive requests."""
        return self.customer_id if feed is Feed.CUSTOMER else self.program_id


@contextmanager
def open_target(config: RunConfig) -> Iterator[Target]:
    """Yield the target; the embedded mock runs (on a real socket) until the block ends."""
    if config.live is not None:
        live = config.live
        yield Target(
            base_url=live.base_url,
            credentials=live.credentials,
            customer_id=live.customer_id,
            program_id=live.program_id,
            is_mock=False,
        )
        return

    from contract_tests.mock import create_app, dataset, serve_in_thread

    try:
        app = create_app(faults=config.mock_faults)
    except ValueError as exc:  # the mock rejects unknown fault names
        raise TargetError(f"cannot start the embedded mock: {exc}") from None
    credentials = Credentials(
        headers={"X-App-Id": dataset.APP_ID, "X-App-Token": dataset.APP_TOKEN},
        # The mock's bearer token is redacted too: reports look the same for the mock and live.
        secrets={
            dataset.APP_ID: ENV_APP_ID,
            dataset.APP_TOKEN: ENV_APP_TOKEN,
            dataset.BEARER_TOKEN: ENV_BEARER_TOKEN,
        },
    )
    with serve_in_thread(app) as base_url:
        yield Target(
            base_url=base_url.rstrip("/"),
            credentials=credentials,
            customer_id=dataset.BIG_CUSTOMER_ID,
            program_id=dataset.BIG_PROGRAM_ID,
            is_mock=True,
            small_customer_id=dataset.SMALL_CUSTOMER_ID,
            empty_customer_id=dataset.EMPTY_CUSTOMER_ID,
            empty_program_id=dataset.EMPTY_PROGRAM_ID,
        )
