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

T = TypeVar("T", bound="OrderEventData")


_DECLARED_KEYS = frozenset({"customer", "order", "referrer", "redemption"})


@_attrs_define
class OrderEventData:
    """Payload of every `customer.order.*` event.

    Attributes:
        customer (SimpleCustomer):
        order (Order): Order snapshot of the `customer.order.*` events; amounts are in cents.
        referrer (None | SimpleCustomer | Unset):
        redemption (None | SimpleRedemption | Unset):
    """

    customer: SimpleCustomer
    order: Order
    referrer: None | SimpleCustomer | Unset = UNSET
    redemption: None | SimpleRedemption | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            customer = self.customer.to_dict()
        except (AttributeError, TypeError):
            customer = cast(Any, self.customer)

        try:
            order = self.order.to_dict()
        except (AttributeError, TypeError):
            order = cast(Any, self.order)

        try:
            referrer: dict[str, Any] | None | Unset
            if isinstance(self.referrer, Unset):
                referrer = UNSET
            elif isinstance(self.referrer, SimpleCustomer):
                referrer = self.referrer.to_dict()
            else:
                referrer = self.referrer
        except (AttributeError, TypeError):
            referrer = cast(Any, self.referrer)

        try:
            redemption: dict[str, Any] | None | Unset
            if isinstance(self.redemption, Unset):
                redemption = UNSET
            elif isinstance(self.redemption, SimpleRedemption):
                redemption = self.redemption.to_dict()
            else:
                redemption = self.redemption
        except (AttributeError, TypeError):
            redemption = cast(Any, self.redemption)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(customer, Unset):
            field_dict["customer"] = customer
        if not isinstance(order, Unset):
            field_dict["order"] = order
        if referrer is not UNSET:
            field_dict["referrer"] = referrer
        if redemption is not UNSET:
            field_dict["redemption"] = redemption

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):
            src_dict = expect_object(src_dict)
        try:
            customer = SimpleCustomer.from_dict(src_dict["customer"])
        except DECODE_FAILURES as _failure:
            customer = tolerate(_failure, "customer", src_dict)

        try:
            order = Order.from_dict(src_dict["order"])
        except DECODE_FAILURES as _failure:
            order = tolerate(_failure, "order", src_dict)

        try:

            def _parse_referrer(data: object) -> None | SimpleCustomer | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                referrer_type_0 = SimpleCustomer.from_dict(data)

                return referrer_type_0

            referrer = _parse_referrer(src_dict.get("referrer", UNSET))
        except DECODE_FAILURES as _failure:
            referrer = tolerate(_failure, "referrer", src_dict)

        try:

            def _parse_redemption(data: object) -> None | SimpleRedemption | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                redemption_type_0 = SimpleRedemption.from_dict(data)

                return redemption_type_0

            redemption = _parse_redemption(src_dict.get("redemption", UNSET))
        except DECODE_FAILURES as _failure:
            redemption = tolerate(_failure, "redemption", src_dict)

        order_event_data = cls(customer, order, referrer, redemption)

        if not src_dict.keys() <= _DECLARED_KEYS:
            order_event_data.additional_properties = {
                key: src_dict[key] for key in sorted(src_dict.keys() - _DECLARED_KEYS)
            }
        return order_event_data

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


from ..models.order import Order  # noqa: E402
from ..models.simple_customer import SimpleCustomer  # noqa: E402
from ..models.simple_redemption import SimpleRedemption  # noqa: E402
