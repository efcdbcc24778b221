"""One owner's activities, oldest first, with pre-serialized JSON and O(1)/O(log n) seeks."""

from __future__ import annotations

import bisect
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class StoredActivity:
    """An activity's JSON bytes plus the fields the filters look at."""

    id: str
    type: str
    created_us: int  # epoch microseconds
    body: bytes
    category: str | None = None
    campaign_id: str | None = None
    campaign_type: str | None = None


class Feed:
    """Activities of one customer or program, ascending by `created_at` (unique instants)."""

    SELECTION_CACHE_SIZE = 256

    def __init__(self, owner_id: str, activities: Sequence[StoredActivity]) -> None:
        self.owner_id = owner_id
        self.activities = tuple(activities)
        self.index_of = {activity.id: i for i, activity in enumerate(self.activities)}
        self.created_us = [activity.created_us for activity in self.activities]
        self._selections: OrderedDict[Hashable, Sequence[int]] = OrderedDict()
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self.activities)

    def within(self, start_us: int | None, end_us: int | None) -> range:
        """Positions with `start_us <= created <= end_us` (both inclusive, either open)."""
        low = 0 if start_us is None else bisect.bisect_left(self.created_us, start_us)
        high = len(self) if end_us is None else bisect.bisect_right(self.created_us, end_us)
        return range(low, max(low, high))

    def select(
        self,
        key: Hashable,
        candidates: range,
        predicate: Callable[[StoredActivity], bool] | None,
    ) -> Sequence[int]:
        """Ascending positions among `candidates` that satisfy `predicate`, cached by `key`.

        Walking a filtered feed page by page then costs one scan, and each page a bisect.
        """
        if predicate is None:
            return candidates
        with self._lock:
            cached = self._selections.get(key)
            if cached is not None:
                self._selections.move_to_end(key)
                return cached
        activities = self.activities
        selected = [i for i in candidates if predicate(activities[i])]
        with self._lock:
            self._selections[key] = selected
            if len(self._selections) > self.SELECTION_CACHE_SIZE:
                self._selections.popitem(last=False)
        return selected
