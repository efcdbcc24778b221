from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decoding import (
    DECODE_FAILURES,
    expect_object,
    field_error,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderEventData")


_DECLARED_KEYS = frozenset({"customer", "order", "referrer", "redemption"})


@_attrs_define
class OrderEventData:
    """Payload of every `customer.order.*` event.

    Attributes:
        customer (SimpleCustomer):
        order (Order): Order snapshot of the `customer.order.*` events; amounts are in cents.
        referrer (SimpleCustomer | Unset):
        redemption (SimpleRedemption | Unset): A redemption (`r_…`) or, as `redemption_rollback`, a rollback (`rr_…`).
    """

    customer: SimpleCustomer
    order: Order
    referrer: SimpleCustomer | Unset = UNSET
    redemption: SimpleRedemption | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "customer": "customer",
        "order": "order",
        "referrer": "referrer",
        "redemption": "redemption",
    }

    def to_dict(self) -> dict[str, Any]:
        customer = self.customer.to_dict()

        order = self.order.to_dict()

        referrer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.referrer, Unset):
            referrer = self.referrer.to_dict()

        redemption: dict[str, Any] | Unset = UNSET
        if not isinstance(self.redemption, Unset):
            redemption = self.redemption.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customer": customer,
                "order": order,
            }
        )
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
            raise field_error(_failure, "customer", src_dict)

        try:
            order = Order.from_dict(src_dict["order"])
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "order", src_dict)

        try:
            _referrer = src_dict.get("referrer", UNSET)
            referrer: SimpleCustomer | Unset
            if isinstance(_referrer, Unset):
                referrer = UNSET
            else:
                referrer = SimpleCustomer.from_dict(_referrer)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "referrer", src_dict)

        try:
            _redemption = src_dict.get("redemption", UNSET)
            redemption: SimpleRedemption | Unset
            if isinstance(_redemption, Unset):
                redemption = UNSET
            else:
                redemption = SimpleRedemption.from_dict(_redemption)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "redemption", src_dict)

        order_event_data = cls(customer, order, referrer, redemption)

        if not src_dict.keys() <= _DECLARED_KEYS:
            order_event_data.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS
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
