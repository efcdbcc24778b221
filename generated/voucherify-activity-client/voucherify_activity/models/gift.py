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
from ..models.gift_effect import GiftEffect, check_gift_effect
from ..types import UNSET, Unset

T = TypeVar("T", bound="Gift")


_DECLARED_KEYS = frozenset({"amount", "subtracted_amount", "balance", "effect"})


@_attrs_define
class Gift:
    """Gift card credits, in cents.

    Attributes:
        amount (int | None | Unset):  Example: 10000.
        subtracted_amount (int | None | Unset):
        balance (int | None | Unset):  Example: 500.
        effect (GiftEffect | None | Unset):
    """

    amount: int | None | Unset = UNSET
    subtracted_amount: int | None | Unset = UNSET
    balance: int | None | Unset = UNSET
    effect: GiftEffect | None | Unset = UNSET
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
            subtracted_amount: int | None | Unset
            if isinstance(self.subtracted_amount, Unset):
                subtracted_amount = UNSET
            else:
                subtracted_amount = self.subtracted_amount
        except (AttributeError, TypeError):
            subtracted_amount = cast(Any, self.subtracted_amount)

        try:
            balance: int | None | Unset
            if isinstance(self.balance, Unset):
                balance = UNSET
            else:
                balance = self.balance
        except (AttributeError, TypeError):
            balance = cast(Any, self.balance)

        try:
            effect: None | str | Unset
            if isinstance(self.effect, Unset):
                effect = UNSET
            elif isinstance(self.effect, str):
                effect = self.effect
            else:
                effect = self.effect
        except (AttributeError, TypeError):
            effect = cast(Any, self.effect)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if amount is not UNSET:
            field_dict["amount"] = amount
        if subtracted_amount is not UNSET:
            field_dict["subtracted_amount"] = subtracted_amount
        if balance is not UNSET:
            field_dict["balance"] = balance
        if effect is not UNSET:
            field_dict["effect"] = effect

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

            def _parse_subtracted_amount(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, int) and not isinstance(data, bool):
                    return data
                raise wrong_type("integer or null", data)

            subtracted_amount = _parse_subtracted_amount(src_dict.get("subtracted_amount", UNSET))
        except DECODE_FAILURES as _failure:
            subtracted_amount = tolerate(_failure, "subtracted_amount", src_dict)

        try:

            def _parse_balance(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, int) and not isinstance(data, bool):
                    return data
                raise wrong_type("integer or null", data)

            balance = _parse_balance(src_dict.get("balance", UNSET))
        except DECODE_FAILURES as _failure:
            balance = tolerate(_failure, "balance", src_dict)

        try:

            def _parse_effect(data: object) -> GiftEffect | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise wrong_type("a valid value or null", data)
                effect_type_0 = check_gift_effect(data)

                return effect_type_0

            effect = _parse_effect(src_dict.get("effect", UNSET))
        except DECODE_FAILURES as _failure:
            effect = tolerate(_failure, "effect", src_dict)

        gift = cls(amount, subtracted_amount, balance, effect)

        if not src_dict.keys() <= _DECLARED_KEYS:
            gift.additional_properties = {
                key: src_dict[key] for key in sorted(src_dict.keys() - _DECLARED_KEYS)
            }
        return gift

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
