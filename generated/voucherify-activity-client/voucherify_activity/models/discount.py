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
        type_ (DiscountType | None | Unset):
        amount_off (float | None | Unset): In cents. Example: 1000.
        percent_off (float | None | Unset):  Example: 15.
        amount_limit (float | None | Unset):
        unit_off (float | None | Unset):
        unit_type (None | str | Unset):  Example: prod_0b1da8105693710357.
        fixed_amount (float | None | Unset):
        effect (None | str | Unset):  Example: APPLY_TO_ORDER.
        is_dynamic (bool | None | Unset):
    """

    type_: DiscountType | None | Unset = UNSET
    amount_off: float | None | Unset = UNSET
    percent_off: float | None | Unset = UNSET
    amount_limit: float | None | Unset = UNSET
    unit_off: float | None | Unset = UNSET
    unit_type: None | str | Unset = UNSET
    fixed_amount: float | None | Unset = UNSET
    effect: None | str | Unset = UNSET
    is_dynamic: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            type_: None | str | Unset
            if isinstance(self.type_, Unset):
                type_ = UNSET
            elif isinstance(self.type_, str):
                type_ = self.type_
            else:
                type_ = self.type_
        except (AttributeError, TypeError):
            type_ = cast(Any, self.type_)

        try:
            amount_off: float | None | Unset
            if isinstance(self.amount_off, Unset):
                amount_off = UNSET
            else:
                amount_off = self.amount_off
        except (AttributeError, TypeError):
            amount_off = cast(Any, self.amount_off)

        try:
            percent_off: float | None | Unset
            if isinstance(self.percent_off, Unset):
                percent_off = UNSET
            else:
                percent_off = self.percent_off
        except (AttributeError, TypeError):
            percent_off = cast(Any, self.percent_off)

        try:
            amount_limit: float | None | Unset
            if isinstance(self.amount_limit, Unset):
                amount_limit = UNSET
            else:
                amount_limit = self.amount_limit
        except (AttributeError, TypeError):
            amount_limit = cast(Any, self.amount_limit)

        try:
            unit_off: float | None | Unset
            if isinstance(self.unit_off, Unset):
                unit_off = UNSET
            else:
                unit_off = self.unit_off
        except (AttributeError, TypeError):
            unit_off = cast(Any, self.unit_off)

        try:
            unit_type: None | str | Unset
            if isinstance(self.unit_type, Unset):
                unit_type = UNSET
            else:
                unit_type = self.unit_type
        except (AttributeError, TypeError):
            unit_type = cast(Any, self.unit_type)

        try:
            fixed_amount: float | None | Unset
            if isinstance(self.fixed_amount, Unset):
                fixed_amount = UNSET
            else:
                fixed_amount = self.fixed_amount
        except (AttributeError, TypeError):
            fixed_amount = cast(Any, self.fixed_amount)

        try:
            effect: None | str | Unset
            if isinstance(self.effect, Unset):
                effect = UNSET
            else:
                effect = self.effect
        except (AttributeError, TypeError):
            effect = cast(Any, self.effect)

        try:
            is_dynamic: bool | None | Unset
            if isinstance(self.is_dynamic, Unset):
                is_dynamic = UNSET
            else:
                is_dynamic = self.is_dynamic
        except (AttributeError, TypeError):
            is_dynamic = cast(Any, self.is_dynamic)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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

            def _parse_type_(data: object) -> DiscountType | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise wrong_type("a valid value or null", data)
                type_type_0 = check_discount_type(data)

                return type_type_0

            type_ = _parse_type_(src_dict.get("type", UNSET))
        except DECODE_FAILURES as _failure:
            type_ = tolerate(_failure, "type", src_dict)

        try:

            def _parse_amount_off(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, float | int) and not isinstance(data, bool):
                    return data
                raise wrong_type("number or null", data)

            amount_off = _parse_amount_off(src_dict.get("amount_off", UNSET))
        except DECODE_FAILURES as _failure:
            amount_off = tolerate(_failure, "amount_off", src_dict)

        try:

            def _parse_percent_off(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, float | int) and not isinstance(data, bool):
                    return data
                raise wrong_type("number or null", data)

            percent_off = _parse_percent_off(src_dict.get("percent_off", UNSET))
        except DECODE_FAILURES as _failure:
            percent_off = tolerate(_failure, "percent_off", src_dict)

        try:

            def _parse_amount_limit(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, float | int) and not isinstance(data, bool):
                    return data
                raise wrong_type("number or null", data)

            amount_limit = _parse_amount_limit(src_dict.get("amount_limit", UNSET))
        except DECODE_FAILURES as _failure:
            amount_limit = tolerate(_failure, "amount_limit", src_dict)

        try:

            def _parse_unit_off(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, float | int) and not isinstance(data, bool):
                    return data
                raise wrong_type("number or null", data)

            unit_off = _parse_unit_off(src_dict.get("unit_off", UNSET))
        except DECODE_FAILURES as _failure:
            unit_off = tolerate(_failure, "unit_off", src_dict)

        try:

            def _parse_unit_type(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise wrong_type("string or null", data)

            unit_type = _parse_unit_type(src_dict.get("unit_type", UNSET))
        except DECODE_FAILURES as _failure:
            unit_type = tolerate(_failure, "unit_type", src_dict)

        try:

            def _parse_fixed_amount(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, float | int) and not isinstance(data, bool):
                    return data
                raise wrong_type("number or null", data)

            fixed_amount = _parse_fixed_amount(src_dict.get("fixed_amount", UNSET))
        except DECODE_FAILURES as _failure:
            fixed_amount = tolerate(_failure, "fixed_amount", src_dict)

        try:

            def _parse_effect(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise wrong_type("string or null", data)

            effect = _parse_effect(src_dict.get("effect", UNSET))
        except DECODE_FAILURES as _failure:
            effect = tolerate(_failure, "effect", src_dict)

        try:

            def _parse_is_dynamic(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, bool):
                    return data
                raise wrong_type("boolean or null", data)

            is_dynamic = _parse_is_dynamic(src_dict.get("is_dynamic", UNSET))
        except DECODE_FAILURES as _failure:
            is_dynamic = tolerate(_failure, "is_dynamic", src_dict)

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
                key: src_dict[key] for key in sorted(src_dict.keys() - _DECLARED_KEYS)
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
