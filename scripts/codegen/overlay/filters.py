"""A typed builder for the `filters` parameter of the v2 program activity listing.

    only_rewards = (
        ProgramActivityFilter()
        .where_type(in_=["vl.program.reward.assigned", "vl.program.reward.unassigned"])
        .where_created_at(after=datetime(2025, 1, 1, tzinfo=UTC))
    )
    client.program_activities.iter("lprg_…", filters=only_rewards)

is sent as `filters[type][conditions][$in][0]=vl.program.reward.assigned&…[$in][1]=…&
filters[created_at][conditions][$after]=2025-01-01T00:00:00+00:00&filters[junction]=AND`.
Each method returns a new filter; calling one twice replaces that field's conditions. The
conditions are `where_<field>(...)`; `junction(...)` joins them (the `junction_` field, with the
trailing underscore of `type_`, as its name is the method's).
"""

from __future__ import annotations

import dataclasses
import datetime
import warnings
from collections.abc import Callable, Sequence
from typing import Literal, TypeVar

from ._query import deep_object_params
from .models import (
    ProgramActivityDateFilter,
    ProgramActivityDateFilterConditions,
    ProgramActivityFilters,
    ProgramActivityIdFilter,
    ProgramActivityIdFilterConditions,
    ProgramActivityType,
    ProgramActivityTypeFilter,
    ProgramActivityTypeFilterConditions,
)
from .types import UNSET, Unset

__all__ = ["ProgramActivityFilter"]

Junction = Literal["AND", "OR"]
T = TypeVar("T")
C = TypeVar("C")


@dataclasses.dataclass(frozen=True)
class ProgramActivityFilter:
    """Conditions on an activity's `type`, `id` and `created_at`, joined by AND (default) or OR."""

    type_conditions: ProgramActivityTypeFilterConditions | None = None
    id_conditions: ProgramActivityIdFilterConditions | None = None
    created_at_conditions: ProgramActivityDateFilterConditions | None = None
    junction_: Junction = "AND"

    def __hash__(self) -> int:
        # The conditions are generated models (attrs, compared by value, not hashable); the
        # query they make is equal exactly when the filters are, so it keys caches too.
        return hash(tuple(sorted(self.to_query_params().items())))

    def where_type(
        self,
        *,
        is_: ProgramActivityType | None = None,
        is_not: ProgramActivityType | None = None,
        in_: Sequence[ProgramActivityType] | None = None,
        not_in: Sequence[ProgramActivityType] | None = None,
    ) -> ProgramActivityFilter:
        """Keep activities whose `type` is / is not / is one of / is none of the given types."""
        conditions = _membership(
            ProgramActivityTypeFilterConditions, "where_type", is_, is_not, in_, not_in
        )
        return dataclasses.replace(self, type_conditions=conditions)

    def where_id(
        self,
        *,
        is_: str | None = None,
        is_not: str | None = None,
        in_: Sequence[str] | None = None,
        not_in: Sequence[str] | None = None,
    ) -> ProgramActivityFilter:
        """Keep activities whose `id` (`laprg_…`) is / is not / is one of / is none of these."""
        conditions = _membership(
            ProgramActivityIdFilterConditions, "where_id", is_, is_not, in_, not_in
        )
        return dataclasses.replace(self, id_conditions=conditions)

    def where_created_at(
        self,
        *,
        after: datetime.datetime | None = None,
        before: datetime.datetime | None = None,
        more_than_days_ago: int | None = None,
        less_than_days_ago: int | None = None,
    ) -> ProgramActivityFilter:
        """Keep activities created after / before an instant, or more / less than n days ago."""
        _require_any("where_created_at", after, before, more_than_days_ago, less_than_days_ago)
        conditions = ProgramActivityDateFilterConditions(
            after=_aware_or_unset("after", after),
            before=_aware_or_unset("before", before),
            more_than=_days_or_unset("more_than_days_ago", more_than_days_ago),
            less_than=_days_or_unset("less_than_days_ago", less_than_days_ago),
        )
        return dataclasses.replace(self, created_at_conditions=conditions)

    def junction(self, junction: Junction) -> ProgramActivityFilter:
        """Join the conditions with `"AND"` (every one holds) or `"OR"` (any one holds)."""
        if junction not in ("AND", "OR"):
            raise ValueError(f"junction must be 'AND' or 'OR', got {junction!r}")
        return dataclasses.replace(self, junction_=junction)

    def created_between(
        self,
        *,
        after: datetime.datetime | None = None,
        before: datetime.datetime | None = None,
    ) -> ProgramActivityFilter:
        """Deprecated: `where_created_at(after=..., before=...)`."""
        _deprecated("created_between()", "where_created_at()")
        return self.where_created_at(after=after, before=before)

    @property
    def join(self) -> Junction:
        """Deprecated: `junction_`."""
        _deprecated("ProgramActivityFilter.join", "junction_")
        return self.junction_

    def to_model(self) -> ProgramActivityFilters:
        """The generated `ProgramActivityFilters` model (what the low-level API functions take)."""
        return ProgramActivityFilters(
            junction=self.junction_,
            id=UNSET if self.id_conditions is None else ProgramActivityIdFilter(self.id_conditions),
            type_=(
                UNSET
                if self.type_conditions is None
                else ProgramActivityTypeFilter(self.type_conditions)
            ),
            created_at=(
                UNSET
                if self.created_at_conditions is None
                else ProgramActivityDateFilter(self.created_at_conditions)
            ),
        )

    def to_query_params(self) -> dict[str, str]:
        """The deepObject query pairs this filter is sent as, for logging or inspection."""
        return deep_object_params("filters", self.to_model().to_dict())


def _deprecated(old: str, new: str) -> None:
    warnings.warn(f"{old} is deprecated; use {new}", DeprecationWarning, stacklevel=3)


def _require_any(method: str, *values: object) -> None:
    if all(value is None for value in values):
        raise ValueError(f"{method}() needs at least one condition")


def _membership(
    conditions: Callable[..., C],
    method: str,
    is_: T | None,
    is_not: T | None,
    in_: Sequence[T] | None,
    not_in: Sequence[T] | None,
) -> C:
    """The is / is not / is one of / is none of `conditions` of `method` (`where_type`, ...)."""
    _require_any(method, is_, is_not, in_, not_in)
    return conditions(
        is_=_or_unset(is_),
        is_not=_or_unset(is_not),
        in_=_list_or_unset("in_", in_),
        not_in=_list_or_unset("not_in", not_in),
    )


def _or_unset(value: T | None) -> T | Unset:
    return UNSET if value is None else value


def _list_or_unset(name: str, values: Sequence[T] | None) -> list[T] | Unset:
    if values is None:
        return UNSET
    if isinstance(values, str) or not values:
        raise ValueError(f"{name} must be a non-empty list, got {values!r}")
    return list(values)


def _aware_or_unset(name: str, value: datetime.datetime | None) -> datetime.datetime | Unset:
    """A bound of a time range: a datetime with its offset (one without names no instant)."""
    if value is None:
        return UNSET
    if not isinstance(value, datetime.datetime):
        raise ValueError(f"{name} must be a datetime.datetime, got {value!r}")
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{name} must be timezone-aware (e.g. tzinfo=datetime.UTC), got {value!r}")
    return value


def _days_or_unset(name: str, value: int | None) -> int | Unset:
    if value is None:
        return UNSET
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"{name} must be a non-negative integer, got {value!r}")
    return value
