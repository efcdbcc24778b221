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

T = TypeVar("T", bound="CustomerSummaryRedemptionsGift")


_DECLARED_KEYS = frozenset({"redeemed_amount", "amount_to_go"})


@_attrs_define
class CustomerSummaryRedemptionsGift:
    """Gift card credits, in cents.

    Attributes:
        redeemed_amount (int | None | Unset):
        amount_to_go (int | None | Unset):
    """

    redeemed_amount: int | None | Unset = UNSET
    amount_to_go: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            redeemed_amount: int | None | Unset
            if isinstance(self.redeemed_amount, Unset):
                redeemed_amount = UNSET
            else:
                redeemed_amount = self.redeemed_amount
        except (AttributeError, TypeError):
            redeemed_amount = cast(Any, self.redeemed_amount)

        try:
            amount_to_go: int | None | Unset
            if isinstance(self.amount_to_go, Unset):
                amount_to_go = UNSET
            else:
                amount_to_go = self.amount_to_go
        except (AttributeError, TypeError):
            amount_to_go = cast(Any, self.amount_to_go)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if redeemed_amount is not UNSET:
            field_dict["redeemed_amount"] = redeemed_amount
        if amount_to_go is not UNSET:
            field_dict["amount_to_go"] = amount_to_go

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):
            src_dict = expect_object(src_dict)
        try:

            def _parse_redeemed_amount(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, int) and not isinstance(data, bool):
                    return data
                raise wrong_type("integer or null", data)

            redeemed_amount = _parse_redeemed_amount(src_dict.get("redeemed_amount", UNSET))
        except DECODE_FAILURES as _failure:
            redeemed_amount = tolerate(_failure, "redeemed_amount", src_dict)

        try:

            def _parse_amount_to_go(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, int) and not isinstance(data, bool):
                    return data
                raise wrong_type("integer or null", data)

            amount_to_go = _parse_amount_to_go(src_dict.get("amount_to_go", UNSET))
        except DECODE_FAILURES as _failure:
            amount_to_go = tolerate(_failure, "amount_to_go", src_dict)

        customer_summary_redemptions_gift = cls(redeemed_amount, amount_to_go)

        if not src_dict.keys() <= _DECLARED_KEYS:
            customer_summary_redemptions_gift.additional_properties = {
                key: src_dict[key] for key in sorted(src_dict.keys() - _DECLARED_KEYS)
            }
        return customer_summary_redemptions_gift

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
