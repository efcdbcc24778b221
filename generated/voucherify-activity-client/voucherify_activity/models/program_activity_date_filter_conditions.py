from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from .._decoding import (
    DECODE_FAILURES,
    expect_object,
    parse_datetime,
    wrong_type,
)
from .._deviations import tolerate
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProgramActivityDateFilterConditions")


@_attrs_define
class ProgramActivityDateFilterConditions:
    """
    Attributes:
        before (datetime.datetime | Unset):
        after (datetime.datetime | Unset):
        more_than (int | Unset): More than this many days ago.
        less_than (int | Unset): Less than this many days ago.
    """

    before: datetime.datetime | Unset = UNSET
    after: datetime.datetime | Unset = UNSET
    more_than: int | Unset = UNSET
    less_than: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        try:
            before: str | Unset = UNSET
            if not isinstance(self.before, Unset):
                before = self.before.isoformat()
        except (AttributeError, TypeError):
            before = cast(Any, self.before)

        try:
            after: str | Unset = UNSET
            if not isinstance(self.after, Unset):
                after = self.after.isoformat()
        except (AttributeError, TypeError):
            after = cast(Any, self.after)

        more_than = self.more_than

        less_than = self.less_than

        field_dict: dict[str, Any] = {}

        if before is not UNSET:
            field_dict["$before"] = before
        if after is not UNSET:
            field_dict["$after"] = after
        if more_than is not UNSET:
            field_dict["$more_than"] = more_than
        if less_than is not UNSET:
            field_dict["$less_than"] = less_than

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):
            src_dict = expect_object(src_dict)
        try:
            _before = src_dict.get("$before", UNSET)
            before: datetime.datetime | Unset
            if isinstance(_before, Unset):
                before = UNSET
            else:
                before = parse_datetime(_before)
        except DECODE_FAILURES as _failure:
            before = tolerate(_failure, "$before", src_dict)

        try:
            _after = src_dict.get("$after", UNSET)
            after: datetime.datetime | Unset
            if isinstance(_after, Unset):
                after = UNSET
            else:
                after = parse_datetime(_after)
        except DECODE_FAILURES as _failure:
            after = tolerate(_failure, "$after", src_dict)

        try:
            more_than = src_dict.get("$more_than", UNSET)
            if more_than is not UNSET and (
                not isinstance(more_than, int) or isinstance(more_than, bool)
            ):
                raise wrong_type("integer", more_than)
        except DECODE_FAILURES as _failure:
            more_than = tolerate(_failure, "$more_than", src_dict)

        try:
            less_than = src_dict.get("$less_than", UNSET)
            if less_than is not UNSET and (
                not isinstance(less_than, int) or isinstance(less_than, bool)
            ):
                raise wrong_type("integer", less_than)
        except DECODE_FAILURES as _failure:
            less_than = tolerate(_failure, "$less_than", src_dict)

        program_activity_date_filter_conditions = cls(before, after, more_than, less_than)

        return program_activity_date_filter_conditions
