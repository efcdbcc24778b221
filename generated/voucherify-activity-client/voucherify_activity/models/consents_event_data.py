from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decoding import (
    DECODE_FAILURES,
    expect_object,
)
from .._deviations import tolerate
from ..types import Unset

T = TypeVar("T", bound="ConsentsEventData")


_DECLARED_KEYS = frozenset({"customer", "consents"})


@_attrs_define
class ConsentsEventData:
    """
    Attributes:
        customer (SimpleCustomer):
        consents (ConsentsEventDataConsents): The consents given or revoked; Voucherify does not document the shape.
    """

    customer: SimpleCustomer
    consents: ConsentsEventDataConsents
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            customer = self.customer.to_dict()
        except (AttributeError, TypeError):
            customer = cast(Any, self.customer)

        try:
            consents = self.consents.to_dict()
        except (AttributeError, TypeError):
            consents = cast(Any, self.consents)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(customer, Unset):
            field_dict["customer"] = customer
        if not isinstance(consents, Unset):
            field_dict["consents"] = consents

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
            consents = ConsentsEventDataConsents.from_dict(src_dict["consents"])
        except DECODE_FAILURES as _failure:
            consents = tolerate(_failure, "consents", src_dict)

        consents_event_data = cls(customer, consents)

        if not src_dict.keys() <= _DECLARED_KEYS:
            consents_event_data.additional_properties = {
                key: src_dict[key] for key in sorted(src_dict.keys() - _DECLARED_KEYS)
            }
        return consents_event_data

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


from ..models.consents_event_data_consents import ConsentsEventDataConsents  # noqa: E402
from ..models.simple_customer import SimpleCustomer  # noqa: E402
