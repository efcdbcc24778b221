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

T = TypeVar("T", bound="CustomerConfirmedEventData")


_DECLARED_KEYS = frozenset({"customer", "unconfirmed_customer"})


@_attrs_define
class CustomerConfirmedEventData:
    """
    Attributes:
        customer (Customer): Full customer snapshot, with statistics, loyalty and referral summaries.
        unconfirmed_customer (CustomerConfirmedEventDataUnconfirmedCustomer | None | Unset): The unconfirmed customer
            record that was merged into `customer`.
    """

    customer: Customer
    unconfirmed_customer: CustomerConfirmedEventDataUnconfirmedCustomer | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            customer = self.customer.to_dict()
        except (AttributeError, TypeError):
            customer = cast(Any, self.customer)

        try:
            unconfirmed_customer: dict[str, Any] | None | Unset
            if isinstance(self.unconfirmed_customer, Unset):
                unconfirmed_customer = UNSET
            elif isinstance(
                self.unconfirmed_customer, CustomerConfirmedEventDataUnconfirmedCustomer
            ):
                unconfirmed_customer = self.unconfirmed_customer.to_dict()
            else:
                unconfirmed_customer = self.unconfirmed_customer
        except (AttributeError, TypeError):
            unconfirmed_customer = cast(Any, self.unconfirmed_customer)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(customer, Unset):
            field_dict["customer"] = customer
        if unconfirmed_customer is not UNSET:
            field_dict["unconfirmed_customer"] = unconfirmed_customer

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):
            src_dict = expect_object(src_dict)
        try:
            customer = Customer.from_dict(src_dict["customer"])
        except DECODE_FAILURES as _failure:
            customer = tolerate(_failure, "customer", src_dict)

        try:

            def _parse_unconfirmed_customer(
                data: object,
            ) -> CustomerConfirmedEventDataUnconfirmedCustomer | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                unconfirmed_customer_type_0 = (
                    CustomerConfirmedEventDataUnconfirmedCustomer.from_dict(data)
                )

                return unconfirmed_customer_type_0

            unconfirmed_customer = _parse_unconfirmed_customer(
                src_dict.get("unconfirmed_customer", UNSET)
            )
        except DECODE_FAILURES as _failure:
            unconfirmed_customer = tolerate(_failure, "unconfirmed_customer", src_dict)

        customer_confirmed_event_data = cls(customer, unconfirmed_customer)

        if not src_dict.keys() <= _DECLARED_KEYS:
            customer_confirmed_event_data.additional_properties = {
                key: src_dict[key] for key in sorted(src_dict.keys() - _DECLARED_KEYS)
            }
        return customer_confirmed_event_data

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


from ..models.customer import Customer  # noqa: E402
from ..models.customer_confirmed_event_data_unconfirmed_customer import (
    CustomerConfirmedEventDataUnconfirmedCustomer,  # noqa: E402
)
