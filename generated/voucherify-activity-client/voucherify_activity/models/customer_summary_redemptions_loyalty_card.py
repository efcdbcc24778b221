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

T = TypeVar("T", bound="CustomerSummaryRedemptionsLoyaltyCard")


_DECLARED_KEYS = frozenset({"redeemed_points", "points_to_go"})


@_attrs_define
class CustomerSummaryRedemptionsLoyaltyCard:
    """
    Attributes:
        redeemed_points (int | None | Unset):
        points_to_go (int | None | Unset):
    """

    redeemed_points: int | None | Unset = UNSET
    points_to_go: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            redeemed_points: int | None | Unset
            if isinstance(self.redeemed_points, Unset):
                redeemed_points = UNSET
            else:
                redeemed_points = self.redeemed_points
        except (AttributeError, TypeError):
            redeemed_points = cast(Any, self.redeemed_points)

        try:
            points_to_go: int | None | Unset
            if isinstance(self.points_to_go, Unset):
                points_to_go = UNSET
            else:
                points_to_go = self.points_to_go
        except (AttributeError, TypeError):
            points_to_go = cast(Any, self.points_to_go)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if redeemed_points is not UNSET:
            field_dict["redeemed_points"] = redeemed_points
        if points_to_go is not UNSET:
            field_dict["points_to_go"] = points_to_go

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):
            src_dict = expect_object(src_dict)
        try:

            def _parse_redeemed_points(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, int) and not isinstance(data, bool):
                    return data
                raise wrong_type("integer or null", data)

            redeemed_points = _parse_redeemed_points(src_dict.get("redeemed_points", UNSET))
        except DECODE_FAILURES as _failure:
            redeemed_points = tolerate(_failure, "redeemed_points", src_dict)

        try:

            def _parse_points_to_go(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, int) and not isinstance(data, bool):
                    return data
                raise wrong_type("integer or null", data)

            points_to_go = _parse_points_to_go(src_dict.get("points_to_go", UNSET))
        except DECODE_FAILURES as _failure:
            points_to_go = tolerate(_failure, "points_to_go", src_dict)

        customer_summary_redemptions_loyalty_card = cls(redeemed_points, points_to_go)

        if not src_dict.keys() <= _DECLARED_KEYS:
            customer_summary_redemptions_loyalty_card.additional_properties = {
                key: src_dict[key] for key in sorted(src_dict.keys() - _DECLARED_KEYS)
            }
        return customer_summary_redemptions_loyalty_card

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
