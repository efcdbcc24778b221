from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decoding import (
    DECODE_FAILURES,
    expect_object,
    wrong_type,
)
from .._deviations import tolerate
from ..types import UNSET, Unset

T = TypeVar("T", bound="EarningRuleLoyalty")


_DECLARED_KEYS = frozenset({"type", "points"})


@_attrs_define
class EarningRuleLoyalty:
    """How many points the rule grants (`FIXED` or `PROPORTIONAL`).

    Attributes:
        type_ (None | str | Unset):  Example: FIXED.
        points (int | None | Unset):  Example: 100.
    """

    type_: None | str | Unset = UNSET
    points: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            type_: None | str | Unset
            if isinstance(self.type_, Unset):
                type_ = UNSET
            else:
                type_ = self.type_
        except (AttributeError, TypeError):
            type_ = cast(Any, self.type_)

        try:
            points: int | None | Unset
            if isinstance(self.points, Unset):
                points = UNSET
            else:
                points = self.points
        except (AttributeError, TypeError):
            points = cast(Any, self.points)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if type_ is not UNSET:
            field_dict["type"] = type_
        if points is not UNSET:
            field_dict["points"] = points

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):
            src_dict = expect_object(src_dict)
        try:

            def _parse_type_(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise wrong_type("string or null", data)

            type_ = _parse_type_(src_dict.get("type", UNSET))
        except DECODE_FAILURES as _failure:
            type_ = tolerate(_failure, "type", src_dict)

        try:

            def _parse_points(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, int) and not isinstance(data, bool):
                    return data
                raise wrong_type("integer or null", data)

            points = _parse_points(src_dict.get("points", UNSET))
        except DECODE_FAILURES as _failure:
            points = tolerate(_failure, "points", src_dict)

        earning_rule_loyalty = cls(type_, points)

        if not src_dict.keys() <= _DECLARED_KEYS:
            earning_rule_loyalty.additional_properties = {
                key: src_dict[key] for key in sorted(src_dict.keys() - _DECLARED_KEYS)
            }
        return earning_rule_loyalty

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
