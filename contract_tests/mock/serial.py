"""Deterministic serial ids: the same salt gives the same sequence in every run, so reports of
two runs compare equal."""

from __future__ import annotations

import hashlib
import itertools
import threading


class Serial:
    """`prefix` + the blake2b hex digest of `"{salt}:{n}"` for n = 1, 2, 3…"""

    def __init__(self, salt: str, *, digest_size: int, prefix: str) -> None:
        self._counter = itertools.count(1)
        self._lock = threading.Lock()
        self._salt = salt
        self._digest_size = digest_size
        self._prefix = prefix

    def next(self) -> str:
        with self._lock:
            number = next(self._counter)
        text = f"{self._salt}:{number}".encode()
        return self._prefix + hashlib.blake2b(text, digest_size=self._digest_size).hexdigest()
