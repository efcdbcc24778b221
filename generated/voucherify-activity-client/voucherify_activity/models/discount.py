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
from ..models.discount_type import DiscountType, check_discount_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="Discount")


_DECLARED_KEYS = frozenset(
    {
        "type",
        "amount_off",
        "percent_off",
        "amount_limit",
        "unit_off",
        "unit_type",
        "fixed_amount",
        "effect",
        "is_dynamic",
    }
)


@_attrs_define
class Discount:
    """Discount of a voucher or promotion; the amount field set depends on `type`.

    Attributes:
        type_ (DiscountType | Unset):
        amount_off (float | Unset): In cents. Example: 1000.
        percent_off (float | Unset):  Example: 15.
        amount_limit (float | Unset):
        unit_off (float | Unset):
        unit_type (str | Unset):  Example: prod_0b1da8105693710357.
        fixed_amount (float | Unset):
        effect (str | Unset):  Example: APPLY_TO_ORDER.
        is_dynamic (bool | Unset):
    """

    type_: DiscountType | Unset = UNSET
    amount_off: float | Unset = UNSET
    percent_off: float | Unset = UNSET
    amount_limit: float | Unset = UNSET
    unit_off: float | Unset = UNSET
    unit_type: str | Unset = UNSET
    fixed_amount: float | Unset = UNSET
    effect: str | Unset = UNSET
    is_dynamic: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "type_": "type",
        "amount_off": "amount_off",
        "percent_off": "percent_off",
        "amount_limit": "amount_limit",
        "unit_off": "unit_off",
        "unit_type": "unit_type",
        "fixed_amount": "fixed_amount",
        "effect": "effect",
        "is_dynamic": "is_dynamic",
    }

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        amount_off = self.amount_off

        percent_off = self.percent_off

        amount_limit = self.amount_limit

        unit_off = self.unit_off

        unit_type = self.unit_type

        fixed_amount = self.fixed_amount

        effect = self.effect

        is_dynamic = self.is_dynamic

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if amount_off is not UNSET:
            field_dict["amount_off"] = amount_off
        if percent_off is not UNSET:
            field_dict["percent_off"] = percent_off
        if amount_limit is not UNSET:
            field_dict["amount_limit"] = amount_limit
        if unit_off is not UNSET:
            field_dict["unit_off"] = unit_off
        if unit_type is not UNSET:
            field_dict["unit_type"] = unit_type
        if fixed_amount is not UNSET:
            field_dict["fixed_amount"] = fixed_amount
        if effect is not UNSET:
            field_dict["effect"] = effect
        if is_dynamic is not UNSET:
            field_dict["is_dynamic"] = is_dynamic

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):
            src_dict = expect_object(src_dict)
        try:
            _type_ = src_dict.get("type", UNSET)
            type_: DiscountType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = check_discount_type(_type_)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "type", src_dict)

        try:
            amount_off = src_dict.get("amount_off", UNSET)
            if amount_off is not UNSET and (
                not isinstance(amount_off, int | float) or isinstance(amount_off, bool)
            ):
                raise wrong_type("number", amount_off)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "amount_off", src_dict)

        try:
            percent_off = src_dict.get("percent_off", UNSET)
            if percent_off is not UNSET and (
                not isinstance(percent_off, int | float) or isinstance(percent_off, bool)
            ):
                raise wrong_type("number", percent_off)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "percent_off", src_dict)

        try:
            amount_limit = src_dict.get("amount_limit", UNSET)
            if amount_limit is not UNSET and (
                not isinstance(amount_limit, int | float) or isinstance(amount_limit, bool)
            ):
                raise wrong_type("number", amount_limit)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "amount_limit", src_dict)

        try:
            unit_off = src_dict.get("unit_off", UNSET)
            if unit_off is not UNSET and (
                not isinstance(unit_off, int | float) or isinstance(unit_off, bool)
            ):
                raise wrong_type("number", unit_off)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "unit_off", src_dict)

        try:
            unit_type = src_dict.get("unit_type", UNSET)
            if unit_type is not UNSET and not isinstance(unit_type, str):
                raise wrong_type("string", unit_type)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "unit_type", src_dict)

        try:
            fixed_amount = src_dict.get("fixed_amount", UNSET)
            if fixed_amount is not UNSET and (
                not isinstance(fixed_amount, int | float) or isinstance(fixed_amount, bool)
            ):
                raise wrong_type("number", fixed_amount)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "fixed_amount", src_dict)

        try:
            effect = src_dict.get("effect", UNSET)
            if effect is not UNSET and not isinstance(effect, str):
                raise wrong_type("string", effect)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "effect", src_dict)

        try:
            is_dynamic = src_dict.get("is_dynamic", UNSET)
            if is_dynamic is not UNSET and not isinstance(is_dynamic, bool):
                raise wrong_type("boolean", is_dynamic)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "is_dynamic", src_dict)

        discount = cls(
            type_,
            amount_off,
            percent_off,
            amount_limit,
            unit_off,
            unit_type,
            fixed_amount,
            effect,
            is_dynamic,
        )

        if not src_dict.keys() <= _DECLARED_KEYS:
            discount.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS
            }
        return discount

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
