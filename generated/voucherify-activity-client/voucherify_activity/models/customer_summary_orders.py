from __future__ import annotations

import datetime
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
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerSummaryOrders")


_DECLARED_KEYS = frozenset(
    {"total_amount", "total_count", "average_amount", "last_order_amount", "last_order_date"}
)


@_attrs_define
class CustomerSummaryOrders:
    """Amounts are in cents.

    Attributes:
        total_amount (int | Unset):
        total_count (int | Unset):
        average_amount (int | Unset):
        last_order_amount (int | Unset):
        last_order_date (datetime.datetime | Unset):  Example: 2022-08-30T11:51:08.029Z.
    """

    total_amount: int | Unset = UNSET
    total_count: int | Unset = UNSET
    average_amount: int | Unset = UNSET
    last_order_amount: int | Unset = UNSET
    last_order_date: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "total_amount": "total_amount",
        "total_count": "total_count",
        "average_amount": "average_amount",
        "last_order_amount": "last_order_amount",
        "last_order_date": "last_order_date",
    }

    def to_dict(self) -> dict[str, Any]:
        total_amount = self.total_amount

        total_count = self.total_count

        average_amount = self.average_amount

        last_order_amount = self.last_order_amount

        last_order_date: str | Unset = UNSET
        if not isinstance(self.last_order_date, Unset):
            last_order_date = self.last_order_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_amount is not UNSET:
            field_dict["total_amount"] = total_amount
        if total_count is not UNSET:
            field_dict["total_count"] = total_count
        if average_amount is not UNSET:
            field_dict["average_amount"] = average_amount
        if last_order_amount is not UNSET:
            field_dict["last_order_amount"] = last_order_amount
        if last_order_date is not UNSET:
            field_dict["last_order_date"] = last_order_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):
            src_dict = expect_object(src_dict)
        try:
            total_amount = src_dict.get("total_amount", UNSET)
            if total_amount is not UNSET and (
                not isinstance(total_amount, int) or isinstance(total_amount, bool)
            ):
                raise wrong_type("integer", total_amount)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "total_amount", src_dict)

        try:
            total_count = src_dict.get("total_count", UNSET)
            if total_count is not UNSET and (
                not isinstance(total_count, int) or isinstance(total_count, bool)
            ):
                raise wrong_type("integer", total_count)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "total_count", src_dict)

        try:
            average_amount = src_dict.get("average_amount", UNSET)
            if average_amount is not UNSET and (
                not isinstance(average_amount, int) or isinstance(average_amount, bool)
            ):
                raise wrong_type("integer", average_amount)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "average_amount", src_dict)

        try:
            last_order_amount = src_dict.get("last_order_amount", UNSET)
            if last_order_amount is not UNSET and (
                not isinstance(last_order_amount, int) or isinstance(last_order_amount, bool)
            ):
                raise wrong_type("integer", last_order_amount)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "last_order_amount", src_dict)

        try:
            _last_order_date = src_dict.get("last_order_date", UNSET)
            last_order_date: datetime.datetime | Unset
            if isinstance(_last_order_date, Unset):
                last_order_date = UNSET
            else:
                last_order_date = datetime.datetime.fromisoformat(_last_order_date)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "last_order_date", src_dict)

        customer_summary_orders = cls(
            total_amount, total_count, average_amount, last_order_amount, last_order_date
        )

        if not src_dict.keys() <= _DECLARED_KEYS:
            customer_summary_orders.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS
            }
        return customer_summary_orders

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
