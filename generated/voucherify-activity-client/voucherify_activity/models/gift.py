from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decoding import (
    DECODE_FAILURES,
    expect_object,
    field_error,
    wrong_type,
)
from ..models.gift_effect import GiftEffect, check_gift_effect
from ..types import UNSET, Unset

T = TypeVar("T", bound="Gift")


_DECLARED_KEYS = frozenset({"amount", "subtracted_amount", "balance", "effect"})


@_attrs_define
class Gift:
    """Gift card credits, in cents.

    Attributes:
        amount (int | Unset):  Example: 10000.
        subtracted_amount (int | Unset):
        balance (int | Unset):  Example: 500.
        effect (GiftEffect | Unset):
    """

    amount: int | Unset = UNSET
    subtracted_amount: int | Unset = UNSET
    balance: int | Unset = UNSET
    effect: GiftEffect | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "amount": "amount",
        "subtracted_amount": "subtracted_amount",
        "balance": "balance",
        "effect": "effect",
    }

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        subtracted_amount = self.subtracted_amount

        balance = self.balance

        effect: str | Unset = UNSET
        if not isinstance(self.effect, Unset):
            effect = self.effect

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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
            amount = src_dict.get("amount", UNSET)
            if amount is not UNSET and (not isinstance(amount, int) or isinstance(amount, bool)):
                raise wrong_type("integer", amount)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "amount", src_dict)

        try:
            subtracted_amount = src_dict.get("subtracted_amount", UNSET)
            if subtracted_amount is not UNSET and (
                not isinstance(subtracted_amount, int) or isinstance(subtracted_amount, bool)
            ):
                raise wrong_type("integer", subtracted_amount)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "subtracted_amount", src_dict)

        try:
            balance = src_dict.get("balance", UNSET)
            if balance is not UNSET and (not isinstance(balance, int) or isinstance(balance, bool)):
                raise wrong_type("integer", balance)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "balance", src_dict)

        try:
            _effect = src_dict.get("effect", UNSET)
            effect: GiftEffect | Unset
            if isinstance(_effect, Unset):
                effect = UNSET
            else:
                effect = check_gift_effect(_effect)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "effect", src_dict)

        gift = cls(amount, subtracted_amount, balance, effect)

        if not src_dict.keys() <= _DECLARED_KEYS:
            gift.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS
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
