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

T = TypeVar("T", bound="CustomerSummary")


_DECLARED_KEYS = frozenset({"redemptions", "orders"})


@_attrs_define
class CustomerSummary:
    """Redemption and order statistics of the customer.

    Attributes:
        redemptions (CustomerSummaryRedemptions | None | Unset):
        orders (CustomerSummaryOrders | None | Unset): Amounts are in cents.
    """

    redemptions: CustomerSummaryRedemptions | None | Unset = UNSET
    orders: CustomerSummaryOrders | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            redemptions: dict[str, Any] | None | Unset
            if isinstance(self.redemptions, Unset):
                redemptions = UNSET
            elif isinstance(self.redemptions, CustomerSummaryRedemptions):
                redemptions = self.redemptions.to_dict()
            else:
                redemptions = self.redemptions
        except (AttributeError, TypeError):
            redemptions = cast(Any, self.redemptions)

        try:
            orders: dict[str, Any] | None | Unset
            if isinstance(self.orders, Unset):
                orders = UNSET
            elif isinstance(self.orders, CustomerSummaryOrders):
                orders = self.orders.to_dict()
            else:
                orders = self.orders
        except (AttributeError, TypeError):
            orders = cast(Any, self.orders)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if redemptions is not UNSET:
            field_dict["redemptions"] = redemptions
        if orders is not UNSET:
            field_dict["orders"] = orders

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):
            src_dict = expect_object(src_dict)
        try:

            def _parse_redemptions(data: object) -> CustomerSummaryRedemptions | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                redemptions_type_0 = CustomerSummaryRedemptions.from_dict(data)

                return redemptions_type_0

            redemptions = _parse_redemptions(src_dict.get("redemptions", UNSET))
        except DECODE_FAILURES as _failure:
            redemptions = tolerate(_failure, "redemptions", src_dict)

        try:

            def _parse_orders(data: object) -> CustomerSummaryOrders | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                orders_type_0 = CustomerSummaryOrders.from_dict(data)

                return orders_type_0

            orders = _parse_orders(src_dict.get("orders", UNSET))
        except DECODE_FAILURES as _failure:
            orders = tolerate(_failure, "orders", src_dict)

        customer_summary = cls(redemptions, orders)

        if not src_dict.keys() <= _DECLARED_KEYS:
            customer_summary.additional_properties = {
                key: src_dict[key] for key in sorted(src_dict.keys() - _DECLARED_KEYS)
            }
        return customer_summary

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


from ..models.customer_summary_orders import CustomerSummaryOrders  # noqa: E402
from ..models.customer_summary_redemptions import CustomerSummaryRedemptions  # noqa: E402
