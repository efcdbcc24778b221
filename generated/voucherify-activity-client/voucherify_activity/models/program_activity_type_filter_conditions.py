from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from .._decoding import (
    DECODE_FAILURES,
    expect_object,
    item_error,
    wrong_type,
)
from .._deviations import tolerate
from ..models.program_activity_type import ProgramActivityType, check_program_activity_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProgramActivityTypeFilterConditions")


@_attrs_define
class ProgramActivityTypeFilterConditions:
    """
    Attributes:
        is_ (ProgramActivityType | Unset): Every documented program activity type: the 13 of the endpoint page plus
            `vl.program.reward.updated`, which only Voucherify's OpenAPI lists.
        is_not (ProgramActivityType | Unset): Every documented program activity type: the 13 of the endpoint page plus
            `vl.program.reward.updated`, which only Voucherify's OpenAPI lists.
        in_ (list[ProgramActivityType] | Unset):
        not_in (list[ProgramActivityType] | Unset):
    """

    is_: ProgramActivityType | Unset = UNSET
    is_not: ProgramActivityType | Unset = UNSET
    in_: list[ProgramActivityType] | Unset = UNSET
    not_in: list[ProgramActivityType] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        try:
            is_: str | Unset = UNSET
            if not isinstance(self.is_, Unset):
                is_ = self.is_

        except (AttributeError, TypeError):
            is_ = cast(Any, self.is_)

        try:
            is_not: str | Unset = UNSET
            if not isinstance(self.is_not, Unset):
                is_not = self.is_not

        except (AttributeError, TypeError):
            is_not = cast(Any, self.is_not)

        try:
            in_: list[str] | Unset = UNSET
            if not isinstance(self.in_, Unset):
                in_ = []
                for in_item_data in self.in_:
                    in_item: str = in_item_data
                    in_.append(in_item)

        except (AttributeError, TypeError):
            in_ = cast(Any, self.in_)

        try:
            not_in: list[str] | Unset = UNSET
            if not isinstance(self.not_in, Unset):
                not_in = []
                for not_in_item_data in self.not_in:
                    not_in_item: str = not_in_item_data
                    not_in.append(not_in_item)

        except (AttributeError, TypeError):
            not_in = cast(Any, self.not_in)

        field_dict: dict[str, Any] = {}

        if is_ is not UNSET:
            field_dict["$is"] = is_
        if is_not is not UNSET:
            field_dict["$is_not"] = is_not
        if in_ is not UNSET:
            field_dict["$in"] = in_
        if not_in is not UNSET:
            field_dict["$not_in"] = not_in

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):
            src_dict = expect_object(src_dict)
        try:
            _is_ = src_dict.get("$is", UNSET)
            is_: ProgramActivityType | Unset
            if isinstance(_is_, Unset):
                is_ = UNSET
            else:
                is_ = check_program_activity_type(_is_)
        except DECODE_FAILURES as _failure:
            is_ = tolerate(_failure, "$is", src_dict)

        try:
            _is_not = src_dict.get("$is_not", UNSET)
            is_not: ProgramActivityType | Unset
            if isinstance(_is_not, Unset):
                is_not = UNSET
            else:
                is_not = check_program_activity_type(_is_not)
        except DECODE_FAILURES as _failure:
            is_not = tolerate(_failure, "$is_not", src_dict)

        try:
            _in_ = src_dict.get("$in", UNSET)
            in_: list[ProgramActivityType] | Unset = UNSET
            if _in_ is not UNSET:
                if not isinstance(_in_, list):
                    raise wrong_type("array", _in_)
                in_ = []
                for in_item_data in _in_:
                    try:
                        in_item = check_program_activity_type(in_item_data)

                    except DECODE_FAILURES as _failure:
                        raise item_error(_failure, _in_, in_item_data)
                    in_.append(in_item)
        except DECODE_FAILURES as _failure:
            in_ = tolerate(_failure, "$in", src_dict)

        try:
            _not_in = src_dict.get("$not_in", UNSET)
            not_in: list[ProgramActivityType] | Unset = UNSET
            if _not_in is not UNSET:
                if not isinstance(_not_in, list):
                    raise wrong_type("array", _not_in)
                not_in = []
                for not_in_item_data in _not_in:
                    try:
                        not_in_item = check_program_activity_type(not_in_item_data)

                    except DECODE_FAILURES as _failure:
                        raise item_error(_failure, _not_in, not_in_item_data)
                    not_in.append(not_in_item)
        except DECODE_FAILURES as _failure:
            not_in = tolerate(_failure, "$not_in", src_dict)

        program_activity_type_filter_conditions = cls(is_, is_not, in_, not_in)

        return program_activity_type_filter_conditions
