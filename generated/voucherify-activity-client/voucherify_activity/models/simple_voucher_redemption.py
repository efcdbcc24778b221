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

T = TypeVar("T", bound="SimpleVoucherRedemption")


_DECLARED_KEYS = frozenset({"quantity", "redeemed_quantity", "redeemed_points"})


@_attrs_define
class SimpleVoucherRedemption:
    """
    Attributes:
        quantity (int | None | Unset): Allowed redemptions; `null` means unlimited.
        redeemed_quantity (int | None | Unset):  Example: 1.
        redeemed_points (int | None | Unset):
    """

    quantity: int | None | Unset = UNSET
    redeemed_quantity: int | None | Unset = UNSET
    redeemed_points: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            quantity: int | None | Unset
            if isinstance(self.quantity, Unset):
                quantity = UNSET
            else:
                quantity = self.quantity
        except (AttributeError, TypeError):
            quantity = cast(Any, self.quantity)

        try:
            redeemed_quantity: int | None | Unset
            if isinstance(self.redeemed_quantity, Unset):
                redeemed_quantity = UNSET
            else:
                redeemed_quantity = self.redeemed_quantity
        except (AttributeError, TypeError):
            redeemed_quantity = cast(Any, self.redeemed_quantity)

        try:
            redeemed_points: int | None | Unset
            if isinstance(self.redeemed_points, Unset):
                redeemed_points = UNSET
            else:
                redeemed_points = self.redeemed_points
        except (AttributeError, TypeError):
            redeemed_points = cast(Any, self.redeemed_points)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if redeemed_quantity is not UNSET:
            field_dict["redeemed_quantity"] = redeemed_quantity
        if redeemed_points is not UNSET:
            field_dict["redeemed_points"] = redeemed_points

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):
            src_dict = expect_object(src_dict)
        try:

            def _parse_quantity(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, int) and not isinstance(data, bool):
                    return data
                raise wrong_type("integer or null", data)

            quantity = _parse_quantity(src_dict.get("quantity", UNSET))
        except DECODE_FAILURES as _failure:
            quantity = tolerate(_failure, "quantity", src_dict)

        try:

            def _parse_redeemed_quantity(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, int) and not isinstance(data, bool):
                    return data
                raise wrong_type("integer or null", data)

            redeemed_quantity = _parse_redeemed_quantity(src_dict.get("redeemed_quantity", UNSET))
        except DECODE_FAILURES as _failure:
            redeemed_quantity = tolerate(_failure, "redeemed_quantity", src_dict)

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

        simple_voucher_redemption = cls(quantity, redeemed_quantity, redeemed_points)

        if not src_dict.keys() <= _DECLARED_KEYS:
            simple_voucher_redemption.additional_properties = {
                key: src_dict[key] for key in sorted(src_dict.keys() - _DECLARED_KEYS)
            }
        return simple_voucher_redemption

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
