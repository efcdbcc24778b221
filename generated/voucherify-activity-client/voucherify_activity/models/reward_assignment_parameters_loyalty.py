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

T = TypeVar("T", bound="RewardAssignmentParametersLoyalty")


_DECLARED_KEYS = frozenset({"points", "auto_redeem"})


@_attrs_define
class RewardAssignmentParametersLoyalty:
    """
    Attributes:
        points (int | None | Unset):  Example: 100.
        auto_redeem (bool | None | Unset):
    """

    points: int | None | Unset = UNSET
    auto_redeem: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            points: int | None | Unset
            if isinstance(self.points, Unset):
                points = UNSET
            else:
                points = self.points
        except (AttributeError, TypeError):
            points = cast(Any, self.points)

        try:
            auto_redeem: bool | None | Unset
            if isinstance(self.auto_redeem, Unset):
                auto_redeem = UNSET
            else:
                auto_redeem = self.auto_redeem
        except (AttributeError, TypeError):
            auto_redeem = cast(Any, self.auto_redeem)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if points is not UNSET:
            field_dict["points"] = points
        if auto_redeem is not UNSET:
            field_dict["auto_redeem"] = auto_redeem

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):
            src_dict = expect_object(src_dict)
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

        try:

            def _parse_auto_redeem(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, bool):
                    return data
                raise wrong_type("boolean or null", data)

            auto_redeem = _parse_auto_redeem(src_dict.get("auto_redeem", UNSET))
        except DECODE_FAILURES as _failure:
            auto_redeem = tolerate(_failure, "auto_redeem", src_dict)

        reward_assignment_parameters_loyalty = cls(points, auto_redeem)

        if not src_dict.keys() <= _DECLARED_KEYS:
            reward_assignment_parameters_loyalty.additional_properties = {
                key: src_dict[key] for key in sorted(src_dict.keys() - _DECLARED_KEYS)
            }
        return reward_assignment_parameters_loyalty

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
