"""Server-side v2 cursors: an opaque `lcrsapr_<hex>` token maps to the query and a position.

Tokens expire `TTL` after issue according to the app's (injectable) clock; an expired, unknown or
foreign (other program) token is a 400 `invalid_cursor`. The store is bounded: the oldest tokens
are forgotten first, which clients see as expiry.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from datetime import datetime, timedelta

from .errors import invalid_cursor
from .serial import Serial
from .timeutil import from_datetime

TTL = timedelta(minutes=15)
CAPACITY = 100_000
PREFIX = "lcrsapr_"


@dataclass(frozen=True, slots=True)
class CursorState:
    program_id: str
    query: Hashable  # the filter the walk started with; continued pages reuse it
    descending: bool
    after: int  # feed position of the last activity served
    expires_at_us: int


class CursorStore:
    def __init__(self, clock: Callable[[], datetime], *, salt: str = "mock") -> None:
        self._clock = clock
        self._states: OrderedDict[str, CursorState] = OrderedDict()
        self._tokens = Serial(salt, digest_size=12, prefix=PREFIX)
        self._lock = threading.Lock()

    def now_us(self) -> int:
        return from_datetime(self._clock())

    def issue(
        self, program_id: str, query: Hashable, *, descending: bool, after: int
    ) -> tuple[str, CursorState]:
        """A new token for continuing after feed position `after`."""
        expires = self.now_us() + TTL // timedelta(microseconds=1)
        state = CursorState(program_id, query, descending, after, expires)
        with self._lock:
            token = self._tokens.next()
            self._states[token] = state
            while len(self._states) > CAPACITY:
                self._states.popitem(last=False)
        return token, state

    def redeem(self, token: str, program_id: str) -> CursorState:
        with self._lock:
            state = self._states.get(token)
        if state is None:
            raise invalid_cursor("Unknown cursor; start again without one.")
        if state.program_id != program_id:
            raise invalid_cursor("The cursor belongs to another program.")
        if self.now_us() > state.expires_at_us:
            raise invalid_cursor("The cursor has expired; start again without one.")
        return state
