from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decoding import (
    DECODE_FAILURES,
    expect_object,
    wrong_type,
)
from .._deviations import tolerate
from ..models.voucher_balance_operation_type import (
    VoucherBalanceOperationType,
    check_voucher_balance_operation_type,
)
from ..models.voucher_balance_type import VoucherBalanceType, check_voucher_balance_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="VoucherBalance")


_DECLARED_KEYS = frozenset(
    {"type", "total", "amount", "points", "balance", "operation_type", "object", "related_object"}
)


@_attrs_define
class VoucherBalance:
    """Balance of a gift card (`amount`, in cents) or loyalty card (`points`) after a change.

    Attributes:
        type_ (None | Unset | VoucherBalanceType):
        total (int | None | Unset):  Example: 1040.
        amount (int | None | Unset): Change in cents (gift cards).
        points (int | None | Unset): Change in points (loyalty cards). Example: 120.
        balance (int | None | Unset):  Example: 1040.
        operation_type (None | Unset | VoucherBalanceOperationType):
        object_ (Literal['balance'] | None | Unset):
        related_object (None | Unset | VoucherBalanceRelatedObject):
    """

    type_: None | Unset | VoucherBalanceType = UNSET
    total: int | None | Unset = UNSET
    amount: int | None | Unset = UNSET
    points: int | None | Unset = UNSET
    balance: int | None | Unset = UNSET
    operation_type: None | Unset | VoucherBalanceOperationType = UNSET
    object_: Literal["balance"] | None | Unset = UNSET
    related_object: None | Unset | VoucherBalanceRelatedObject = UNSET
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
            total: int | None | Unset
            if isinstance(self.total, Unset):
                total = UNSET
            else:
                total = self.total
        except (AttributeError, TypeError):
            total = cast(Any, self.total)

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

        try:
            balance: int | None | Unset
            if isinstance(self.balance, Unset):
                balance = UNSET
            else:
                balance = self.balance
        except (AttributeError, TypeError):
            balance = cast(Any, self.balance)

        try:
            operation_type: None | str | Unset
            if isinstance(self.operation_type, Unset):
                operation_type = UNSET
            elif isinstance(self.operation_type, str):
                operation_type = self.operation_type
            else:
                operation_type = self.operation_type
        except (AttributeError, TypeError):
            operation_type = cast(Any, self.operation_type)

        try:
            object_: Literal["balance"] | None | Unset
            if isinstance(self.object_, Unset):
                object_ = UNSET
            else:
                object_ = self.object_
        except (AttributeError, TypeError):
            object_ = cast(Any, self.object_)

        try:
            related_object: dict[str, Any] | None | Unset
            if isinstance(self.related_object, Unset):
                related_object = UNSET
            elif isinstance(self.related_object, VoucherBalanceRelatedObject):
                related_object = self.related_object.to_dict()
            else:
                related_object = self.related_object
        except (AttributeError, TypeError):
            related_object = cast(Any, self.related_object)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if type_ is not UNSET:
            field_dict["type"] = type_
        if total is not UNSET:
            field_dict["total"] = total
        if amount is not UNSET:
            field_dict["amount"] = amount
        if points is not UNSET:
            field_dict["points"] = points
        if balance is not UNSET:
            field_dict["balance"] = balance
        if operation_type is not UNSET:
            field_dict["operation_type"] = operation_type
        if object_ is not UNSET:
            field_dict["object"] = object_
        if related_object is not UNSET:
            field_dict["related_object"] = related_object

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):
            src_dict = expect_object(src_dict)
        try:

            def _parse_type_(data: object) -> None | Unset | VoucherBalanceType:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise wrong_type("a valid value or null", data)
                type_type_0 = check_voucher_balance_type(data)

                return type_type_0

            type_ = _parse_type_(src_dict.get("type", UNSET))
        except DECODE_FAILURES as _failure:
            type_ = tolerate(_failure, "type", src_dict)

        try:

            def _parse_total(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, int) and not isinstance(data, bool):
                    return data
                raise wrong_type("integer or null", data)

            total = _parse_total(src_dict.get("total", UNSET))
        except DECODE_FAILURES as _failure:
            total = tolerate(_failure, "total", src_dict)

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

            def _parse_operation_type(data: object) -> None | Unset | VoucherBalanceOperationType:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise wrong_type("a valid value or null", data)
                operation_type_type_0 = check_voucher_balance_operation_type(data)

                return operation_type_type_0

            operation_type = _parse_operation_type(src_dict.get("operation_type", UNSET))
        except DECODE_FAILURES as _failure:
            operation_type = tolerate(_failure, "operation_type", src_dict)

        try:

            def _parse_object_(data: object) -> Literal["balance"] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                object_type_0 = data
                if object_type_0 != "balance":
                    raise ValueError(
                        f"object_type_0 must match const 'balance', got '{object_type_0}'"
                    )
                return object_type_0

            object_ = _parse_object_(src_dict.get("object", UNSET))
        except DECODE_FAILURES as _failure:
            object_ = tolerate(_failure, "object", src_dict)

        try:

            def _parse_related_object(data: object) -> None | Unset | VoucherBalanceRelatedObject:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                related_object_type_0 = VoucherBalanceRelatedObject.from_dict(data)

                return related_object_type_0

            related_object = _parse_related_object(src_dict.get("related_object", UNSET))
        except DECODE_FAILURES as _failure:
            related_object = tolerate(_failure, "related_object", src_dict)

        voucher_balance = cls(
            type_, total, amount, points, balance, operation_type, object_, related_object
        )

        if not src_dict.keys() <= _DECLARED_KEYS:
            voucher_balance.additional_properties = {
                key: src_dict[key] for key in sorted(src_dict.keys() - _DECLARED_KEYS)
            }
        return voucher_balance

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


from ..models.voucher_balance_related_object import VoucherBalanceRelatedObject  # noqa: E402
