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

T = TypeVar("T", bound="LoyaltyTierConfig")


_DECLARED_KEYS = frozenset({"points"})


@_attrs_define
class LoyaltyTierConfig:
    """
    Attributes:
        points (None | PointsRange | Unset):
    """

    points: None | PointsRange | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            points: dict[str, Any] | None | Unset
            if isinstance(self.points, Unset):
                points = UNSET
            elif isinstance(self.points, PointsRange):
                points = self.points.to_dict()
            else:
                points = self.points
        except (AttributeError, TypeError):
            points = cast(Any, self.points)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if points is not UNSET:
            field_dict["points"] = points

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):
            src_dict = expect_object(src_dict)
        try:

            def _parse_points(data: object) -> None | PointsRange | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                points_type_0 = PointsRange.from_dict(data)

                return points_type_0

            points = _parse_points(src_dict.get("points", UNSET))
        except DECODE_FAILURES as _failure:
            points = tolerate(_failure, "points", src_dict)

        loyalty_tier_config = cls(points)

        if not src_dict.keys() <= _DECLARED_KEYS:
            loyalty_tier_config.additional_properties = {
                key: src_dict[key] for key in sorted(src_dict.keys() - _DECLARED_KEYS)
            }
        return loyalty_tier_config

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


from ..models.points_range import PointsRange  # noqa: E402
