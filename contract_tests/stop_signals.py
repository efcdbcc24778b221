"""SIGINT and SIGTERM (Ctrl-C; a CI timeout or cancel) stop a run so that its report says so.

Each is raised as KeyboardInterrupt where it lands, as Ctrl-C is. A library may swallow that:
Hypothesis calls back from the garbage collector, where an exception is only printed, and
Schemathesis' per-operation subtests catch everything; a run stopped there went on to PASSED.
So the signal is also noted, and the run stops after the test that was running (pytest then
ends as INTERRUPTED, and the report has no verdict).
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Generator, Iterator
from types import FrameType

import pytest

STOPPING = (signal.SIGINT, signal.SIGTERM)


class StopOnSignal:
    """A pytest plugin; `installed()` puts its handler in place around the run."""

    def __init__(self) -> None:
        self.received: str | None = None

    @contextlib.contextmanager
    def installed(self) -> Iterator[None]:
        if threading.current_thread() is not threading.main_thread():
            yield  # signal handlers belong to the main thread
            return
        previous = {number: signal.signal(number, self._handle) for number in STOPPING}
        try:
            yield
        finally:
            for number, handler in previous.items():
                signal.signal(number, handler)

    def _handle(self, signum: int, frame: FrameType | None) -> None:
        self.received = signal.Signals(signum).name
        raise KeyboardInterrupt

    @pytest.hookimpl(wrapper=True)
    def pytest_runtest_protocol(self, item: pytest.Item) -> Generator[None, object, object]:
        try:
            return (yield)
        finally:
            if self.received is not None:
                item.session.shouldstop = f"stopped by {self.received}"
