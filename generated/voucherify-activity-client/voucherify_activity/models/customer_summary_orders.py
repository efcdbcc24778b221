from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decoding import (
    DECODE_FAILURES,
    expect_object,
    parse_datetime,
    wrong_type,
)
from .._deviations import tolerate
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerSummaryOrders")


_DECLARED_KEYS = frozenset(
    {"total_amount", "total_count", "average_amount", "last_order_amount", "last_order_date"}
)


@_attrs_define
class CustomerSummaryOrders:
    """Amounts are in cents.

    Attributes:
        total_amount (int | None | Unset):
        total_count (int | None | Unset):
        average_amount (int | None | Unset):
        last_order_amount (int | None | Unset):
        last_order_date (datetime.datetime | None | Unset):  Example: 2022-08-30T11:51:08.029Z.
    """

    total_amount: int | None | Unset = UNSET
    total_count: int | None | Unset = UNSET
    average_amount: int | None | Unset = UNSET
    last_order_amount: int | None | Unset = UNSET
    last_order_date: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            total_amount: int | None | Unset
            if isinstance(self.total_amount, Unset):
                total_amount = UNSET
            else:
                total_amount = self.total_amount
        except (AttributeError, TypeError):
            total_amount = cast(Any, self.total_amount)

        try:
            total_count: int | None | Unset
            if isinstance(self.total_count, Unset):
                total_count = UNSET
            else:
                total_count = self.total_count
        except (AttributeError, TypeError):
            total_count = cast(Any, self.total_count)

        try:
            average_amount: int | None | Unset
            if isinstance(self.average_amount, Unset):
                average_amount = UNSET
            else:
                average_amount = self.average_amount
        except (AttributeError, TypeError):
            average_amount = cast(Any, self.average_amount)

        try:
            last_order_amount: int | None | Unset
            if isinstance(self.last_order_amount, Unset):
                last_order_amount = UNSET
            else:
                last_order_amount = self.last_order_amount
        except (AttributeError, TypeError):
            last_order_amount = cast(Any, self.last_order_amount)

        try:
            last_order_date: None | str | Unset
            if isinstance(self.last_order_date, Unset):
                last_order_date = UNSET
            elif isinstance(self.last_order_date, datetime.datetime):
                last_order_date = self.last_order_date.isoformat()
            else:
                last_order_date = self.last_order_date
        except (AttributeError, TypeError):
            last_order_date = cast(Any, self.last_order_date)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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

            def _parse_total_amount(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, int) and not isinstance(data, bool):
                    return data
                raise wrong_type("integer or null", data)

            total_amount = _parse_total_amount(src_dict.get("total_amount", UNSET))
        except DECODE_FAILURES as _failure:
            total_amount = tolerate(_failure, "total_amount", src_dict)

        try:

            def _parse_total_count(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, int) and not isinstance(data, bool):
                    return data
                raise wrong_type("integer or null", data)

            total_count = _parse_total_count(src_dict.get("total_count", UNSET))
        except DECODE_FAILURES as _failure:
            total_count = tolerate(_failure, "total_count", src_dict)

        try:

            def _parse_average_amount(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, int) and not isinstance(data, bool):
                    return data
                raise wrong_type("integer or null", data)

            average_amount = _parse_average_amount(src_dict.get("average_amount", UNSET))
        except DECODE_FAILURES as _failure:
            average_amount = tolerate(_failure, "average_amount", src_dict)

        try:

            def _parse_last_order_amount(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, int) and not isinstance(data, bool):
                    return data
                raise wrong_type("integer or null", data)

            last_order_amount = _parse_last_order_amount(src_dict.get("last_order_amount", UNSET))
        except DECODE_FAILURES as _failure:
            last_order_amount = tolerate(_failure, "last_order_amount", src_dict)

        try:

            def _parse_last_order_date(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise wrong_type("date-time string or null", data)
                last_order_date_type_0 = parse_datetime(data)

                return last_order_date_type_0

            last_order_date = _parse_last_order_date(src_dict.get("last_order_date", UNSET))
        except DECODE_FAILURES as _failure:
            last_order_date = tolerate(_failure, "last_order_date", src_dict)

        customer_summary_orders = cls(
            total_amount, total_count, average_amount, last_order_amount, last_order_date
        )

        if not src_dict.keys() <= _DECLARED_KEYS:
            customer_summary_orders.additional_properties = {
                key: src_dict[key] for key in sorted(src_dict.keys() - _DECLARED_KEYS)
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
