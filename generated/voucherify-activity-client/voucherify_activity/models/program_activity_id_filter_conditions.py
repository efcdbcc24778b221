from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from .._decoding import (
    DECODE_FAILURES,
    expect_object,
    wrong_type,
)
from .._deviations import tolerate
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProgramActivityIdFilterConditions")


@_attrs_define
class ProgramActivityIdFilterConditions:
    """
    Attributes:
        is_ (str | Unset):
        is_not (str | Unset):
        in_ (list[str] | Unset):
        not_in (list[str] | Unset):
    """

    is_: str | Unset = UNSET
    is_not: str | Unset = UNSET
    in_: list[str] | Unset = UNSET
    not_in: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        is_ = self.is_

        is_not = self.is_not

        try:
            in_: list[str] | Unset = UNSET
            if not isinstance(self.in_, Unset):
                in_ = self.in_

        except (AttributeError, TypeError):
            in_ = cast(Any, self.in_)

        try:
            not_in: list[str] | Unset = UNSET
            if not isinstance(self.not_in, Unset):
                not_in = self.not_in

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
            is_ = src_dict.get("$is", UNSET)
            if is_ is not UNSET and not isinstance(is_, str):
                raise wrong_type("string", is_)
        except DECODE_FAILURES as _failure:
            is_ = tolerate(_failure, "$is", src_dict)

        try:
            is_not = src_dict.get("$is_not", UNSET)
            if is_not is not UNSET and not isinstance(is_not, str):
                raise wrong_type("string", is_not)
        except DECODE_FAILURES as _failure:
            is_not = tolerate(_failure, "$is_not", src_dict)

        try:
            in_ = cast(list[str] | Unset, src_dict.get("$in", UNSET))
            if not isinstance(in_, list | Unset):
                raise wrong_type("array", in_)
        except DECODE_FAILURES as _failure:
            in_ = tolerate(_failure, "$in", src_dict)

        try:
            not_in = cast(list[str] | Unset, src_dict.get("$not_in", UNSET))
            if not isinstance(not_in, list | Unset):
                raise wrong_type("array", not_in)
        except DECODE_FAILURES as _failure:
            not_in = tolerate(_failure, "$not_in", src_dict)

        program_activity_id_filter_conditions = cls(is_, is_not, in_, not_in)

        return program_activity_id_filter_conditions
