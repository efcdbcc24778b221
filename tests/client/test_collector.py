"""The garbage collector is paused while a page is built, and always restored."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest
from voucherify_activity._collector import without_collector


@pytest.fixture(autouse=True)
def collector_restored() -> Iterator[None]:
    was = gc.isenabled()
    yield
    if was:
        gc.enable()
    else:
        gc.disable()


def test_paused_during_the_build_and_on_again_after() -> None:
    gc.enable()
    seen = without_collector(lambda _: gc.isenabled(), None)
    assert seen is False
    assert gc.isenabled()


def test_on_again_when_the_build_raises() -> None:
    gc.enable()

    def broken(_: object) -> None:
        raise ValueError("broken page")

    with pytest.raises(ValueError, match="broken page"):
        without_collector(broken, None)
    assert gc.isenabled()


def test_a_collector_that_was_off_stays_off() -> None:
    gc.disable()
    assert without_collector(lambda source: source * 2, 21) == 42
    assert not gc.isenabled()
