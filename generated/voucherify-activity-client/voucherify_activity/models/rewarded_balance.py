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

T = TypeVar("T", bound="RewardedBalance")


_DECLARED_KEYS = frozenset({"amount", "points"})


@_attrs_define
class RewardedBalance:
    """Credits (in cents) or points granted by the reward.

    Attributes:
        amount (int | None | Unset):  Example: 1000.
        points (int | None | Unset):  Example: 100.
    """

    amount: int | None | Unset = UNSET
    points: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            amount: int | None | Unset
            if isinstance(self.amount, Unset):
                amount = UNSET
            else:
                amount = self.amount
        except (AttributeError, TypeError):
            amount = cast(Any, self.amount)

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
        if amount is not UNSET:
            field_dict["amount"] = amount
        if points is not UNSET:
            field_dict["points"] = points

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):
            src_dict = expect_object(src_dict)
        try:

            def _parse_amount(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, int) and not isinstance(data, bool):
                    return data
                raise wrong_type("integer or null", data)

            amount = _parse_amount(src_dict.get("amount", UNSET))
        except DECODE_FAILURES as _failure:
            amount = tolerate(_failure, "amount", src_dict)

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

        rewarded_balance = cls(amount, points)

        if not src_dict.keys() <= _DECLARED_KEYS:
            rewarded_balance.additional_properties = {
                key: src_dict[key] for key in sorted(src_dict.keys() - _DECLARED_KEYS)
            }
        return rewarded_balance

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
