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

T = TypeVar("T", bound="LoyaltyPointsBucketBucket")


_DECLARED_KEYS = frozenset({"total_points"})


@_attrs_define
class LoyaltyPointsBucketBucket:
    """
    Attributes:
        total_points (int | None | Unset):  Example: 150.
    """

    total_points: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            total_points: int | None | Unset
            if isinstance(self.total_points, Unset):
                total_points = UNSET
            else:
                total_points = self.total_points
        except (AttributeError, TypeError):
            total_points = cast(Any, self.total_points)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if total_points is not UNSET:
            field_dict["total_points"] = total_points

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):
            src_dict = expect_object(src_dict)
        try:

            def _parse_total_points(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, int) and not isinstance(data, bool):
                    return data
                raise wrong_type("integer or null", data)

            total_points = _parse_total_points(src_dict.get("total_points", UNSET))
        except DECODE_FAILURES as _failure:
            total_points = tolerate(_failure, "total_points", src_dict)

        loyalty_points_bucket_bucket = cls(total_points)

        if not src_dict.keys() <= _DECLARED_KEYS:
            loyalty_points_bucket_bucket.additional_properties = {
                key: src_dict[key] for key in sorted(src_dict.keys() - _DECLARED_KEYS)
            }
        return loyalty_points_bucket_bucket

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
