from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from .._decoding import (
    DECODE_FAILURES,
    expect_object,
)
from .._deviations import tolerate
from ..types import Unset

T = TypeVar("T", bound="ProgramActivityDateFilter")


@_attrs_define
class ProgramActivityDateFilter:
    """
    Attributes:
        conditions (ProgramActivityDateFilterConditions):
    """

    conditions: ProgramActivityDateFilterConditions

    def to_dict(self) -> dict[str, Any]:
        try:
            conditions = self.conditions.to_dict()
        except (AttributeError, TypeError):
            conditions = cast(Any, self.conditions)

        field_dict: dict[str, Any] = {}

        if not isinstance(conditions, Unset):
            field_dict["conditions"] = conditions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):
            src_dict = expect_object(src_dict)
        try:
            conditions = ProgramActivityDateFilterConditions.from_dict(src_dict["conditions"])
        except DECODE_FAILURES as _failure:
            conditions = tolerate(_failure, "conditions", src_dict)

        program_activity_date_filter = cls(conditions)

        return program_activity_date_filter


from ..models.program_activity_date_filter_conditions import ProgramActivityDateFilterConditions  # noqa: E402
