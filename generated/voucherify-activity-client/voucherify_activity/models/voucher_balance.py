from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decoding import (
    DECODE_FAILURES,
    expect_object,
    field_error,
    wrong_type,
)
from ..models.voucher_balance_operation_type import (
    VoucherBalanceOperationType,
    check_voucher_balance_operation_type,
)
from ..models.voucher_balance_type import VoucherBalanceType, check_voucher_balance_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="VoucherBalance")


_DECLARED_KEYS = frozenset(
    {"total", "balance", "object", "related_object", "type", "amount", "points", "operation_type"}
)


@_attrs_define
class VoucherBalance:
    """Balance of a gift card (`amount`, in cents) or loyalty card (`points`) after a change.

    Attributes:
        total (int):  Example: 1040.
        balance (int):  Example: 1040.
        object_ (Literal['balance']):
        related_object (VoucherBalanceRelatedObject):
        type_ (VoucherBalanceType | Unset):
        amount (int | Unset): Change in cents (gift cards).
        points (int | Unset): Change in points (loyalty cards). Example: 120.
        operation_type (VoucherBalanceOperationType | Unset):
    """

    total: int
    balance: int
    object_: Literal["balance"]
    related_object: VoucherBalanceRelatedObject
    type_: VoucherBalanceType | Unset = UNSET
    amount: int | Unset = UNSET
    points: int | Unset = UNSET
    operation_type: VoucherBalanceOperationType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "total": "total",
        "balance": "balance",
        "object_": "object",
        "related_object": "related_object",
        "type_": "type",
        "amount": "amount",
        "points": "points",
        "operation_type": "operation_type",
    }

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        balance = self.balance

        object_ = self.object_

        related_object = self.related_object.to_dict()

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        amount = self.amount

        points = self.points

        operation_type: str | Unset = UNSET
        if not isinstance(self.operation_type, Unset):
            operation_type = self.operation_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
                "balance": balance,
                "object": object_,
                "related_object": related_object,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if amount is not UNSET:
            field_dict["amount"] = amount
        if points is not UNSET:
            field_dict["points"] = points
        if operation_type is not UNSET:
            field_dict["operation_type"] = operation_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):
            src_dict = expect_object(src_dict)
        try:
            total = src_dict["total"]
            if not isinstance(total, int) or isinstance(total, bool):
                raise wrong_type("integer", total)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "total", src_dict)

        try:
            balance = src_dict["balance"]
            if not isinstance(balance, int) or isinstance(balance, bool):
                raise wrong_type("integer", balance)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "balance", src_dict)

        try:
            object_ = src_dict["object"]
            if object_ != "balance":
                raise ValueError(f"object must match const 'balance', got '{object_}'")
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "object", src_dict)

        try:
            related_object = VoucherBalanceRelatedObject.from_dict(src_dict["related_object"])
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "related_object", src_dict)

        try:
            _type_ = src_dict.get("type", UNSET)
            type_: VoucherBalanceType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = check_voucher_balance_type(_type_)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "type", src_dict)

        try:
            amount = src_dict.get("amount", UNSET)
            if amount is not UNSET and (not isinstance(amount, int) or isinstance(amount, bool)):
                raise wrong_type("integer", amount)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "amount", src_dict)

        try:
            points = src_dict.get("points", UNSET)
            if points is not UNSET and (not isinstance(points, int) or isinstance(points, bool)):
                raise wrong_type("integer", points)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "points", src_dict)

        try:
            _operation_type = src_dict.get("operation_type", UNSET)
            operation_type: VoucherBalanceOperationType | Unset
            if isinstance(_operation_type, Unset):
                operation_type = UNSET
            else:
                operation_type = check_voucher_balance_operation_type(_operation_type)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "operation_type", src_dict)

        voucher_balance = cls(
            total, balance, object_, related_object, type_, amount, points, operation_type
        )

        if not src_dict.keys() <= _DECLARED_KEYS:
            voucher_balance.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS
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
