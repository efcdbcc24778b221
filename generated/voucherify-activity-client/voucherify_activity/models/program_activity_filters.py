from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from .._decoding import (
    DECODE_FAILURES,
    expect_object,
)
from .._deviations import tolerate
from ..models.program_activity_filters_junction import (
    ProgramActivityFiltersJunction,
    check_program_activity_filters_junction,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProgramActivityFilters")


@_attrs_define
class ProgramActivityFilters:
    """
    Attributes:
        junction (ProgramActivityFiltersJunction | Unset):  Default: 'AND'.
        id (ProgramActivityIdFilter | Unset):
        type_ (ProgramActivityTypeFilter | Unset):
        created_at (ProgramActivityDateFilter | Unset):
    """

    junction: ProgramActivityFiltersJunction | Unset = "AND"
    id: ProgramActivityIdFilter | Unset = UNSET
    type_: ProgramActivityTypeFilter | Unset = UNSET
    created_at: ProgramActivityDateFilter | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        try:
            junction: str | Unset = UNSET
            if not isinstance(self.junction, Unset):
                junction = self.junction

        except (AttributeError, TypeError):
            junction = cast(Any, self.junction)

        try:
            id: dict[str, Any] | Unset = UNSET
            if not isinstance(self.id, Unset):
                id = self.id.to_dict()
        except (AttributeError, TypeError):
            id = cast(Any, self.id)

        try:
            type_: dict[str, Any] | Unset = UNSET
            if not isinstance(self.type_, Unset):
                type_ = self.type_.to_dict()
        except (AttributeError, TypeError):
            type_ = cast(Any, self.type_)

        try:
            created_at: dict[str, Any] | Unset = UNSET
            if not isinstance(self.created_at, Unset):
                created_at = self.created_at.to_dict()
        except (AttributeError, TypeError):
            created_at = cast(Any, self.created_at)

        field_dict: dict[str, Any] = {}

        if junction is not UNSET:
            field_dict["junction"] = junction
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):
            src_dict = expect_object(src_dict)
        try:
            _junction = src_dict.get("junction", UNSET)
            junction: ProgramActivityFiltersJunction | Unset
            if isinstance(_junction, Unset):
                junction = UNSET
            else:
                junction = check_program_activity_filters_junction(_junction)
        except DECODE_FAILURES as _failure:
            junction = tolerate(_failure, "junction", src_dict)

        try:
            _id = src_dict.get("id", UNSET)
            id: ProgramActivityIdFilter | Unset
            if isinstance(_id, Unset):
                id = UNSET
            else:
                id = ProgramActivityIdFilter.from_dict(_id)
        except DECODE_FAILURES as _failure:
            id = tolerate(_failure, "id", src_dict)

        try:
            _type_ = src_dict.get("type", UNSET)
            type_: ProgramActivityTypeFilter | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = ProgramActivityTypeFilter.from_dict(_type_)
        except DECODE_FAILURES as _failure:
            type_ = tolerate(_failure, "type", src_dict)

        try:
            _created_at = src_dict.get("created_at", UNSET)
            created_at: ProgramActivityDateFilter | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = ProgramActivityDateFilter.from_dict(_created_at)
        except DECODE_FAILURES as _failure:
            created_at = tolerate(_failure, "created_at", src_dict)

        program_activity_filters = cls(junction, id, type_, created_at)

        return program_activity_filters


from ..models.program_activity_date_filter import ProgramActivityDateFilter  # noqa: E402
from ..models.program_activity_id_filter import ProgramActivityIdFilter  # noqa: E402
from ..models.program_activity_type_filter import ProgramActivityTypeFilter  # noqa: E402
