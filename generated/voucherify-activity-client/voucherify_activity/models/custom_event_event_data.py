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
from ..types import Unset

T = TypeVar("T", bound="CustomEventEventData")


_DECLARED_KEYS = frozenset({"event", "event_schema", "customer", "referral", "loyalty"})


@_attrs_define
class CustomEventEventData:
    """Payload of `customer.custom_event`.

    Attributes:
        event (CustomEvent): A custom event tracked for the customer.
        event_schema (CustomEventSchema): Definition of a custom event type.
        customer (SimpleCustomer):
        referral (CustomEventReferralCredit | None):
        loyalty (CustomEventLoyaltyCredit | None):
    """

    event: CustomEvent
    event_schema: CustomEventSchema
    customer: SimpleCustomer
    referral: CustomEventReferralCredit | None
    loyalty: CustomEventLoyaltyCredit | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            event = self.event.to_dict()
        except (AttributeError, TypeError):
            event = cast(Any, self.event)

        try:
            event_schema = self.event_schema.to_dict()
        except (AttributeError, TypeError):
            event_schema = cast(Any, self.event_schema)

        try:
            customer = self.customer.to_dict()
        except (AttributeError, TypeError):
            customer = cast(Any, self.customer)

        try:
            referral: dict[str, Any] | None
            if isinstance(self.referral, CustomEventReferralCredit):
                referral = self.referral.to_dict()
            else:
                referral = self.referral
        except (AttributeError, TypeError):
            referral = cast(Any, self.referral)

        try:
            loyalty: dict[str, Any] | None
            if isinstance(self.loyalty, CustomEventLoyaltyCredit):
                loyalty = self.loyalty.to_dict()
            else:
                loyalty = self.loyalty
        except (AttributeError, TypeError):
            loyalty = cast(Any, self.loyalty)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(event, Unset):
            field_dict["event"] = event
        if not isinstance(event_schema, Unset):
            field_dict["event_schema"] = event_schema
        if not isinstance(customer, Unset):
            field_dict["customer"] = customer
        if not isinstance(referral, Unset):
            field_dict["referral"] = referral
        if not isinstance(loyalty, Unset):
            field_dict["loyalty"] = loyalty

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):
            src_dict = expect_object(src_dict)
        try:
            event = CustomEvent.from_dict(src_dict["event"])
        except DECODE_FAILURES as _failure:
            event = tolerate(_failure, "event", src_dict)

        try:
            event_schema = CustomEventSchema.from_dict(src_dict["event_schema"])
        except DECODE_FAILURES as _failure:
            event_schema = tolerate(_failure, "event_schema", src_dict)

        try:
            customer = SimpleCustomer.from_dict(src_dict["customer"])
        except DECODE_FAILURES as _failure:
            customer = tolerate(_failure, "customer", src_dict)

        try:

            def _parse_referral(data: object) -> CustomEventReferralCredit | None:
                if data is None:
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                referral_type_0 = CustomEventReferralCredit.from_dict(data)

                return referral_type_0

            referral = _parse_referral(src_dict["referral"])
        except DECODE_FAILURES as _failure:
            referral = tolerate(_failure, "referral", src_dict)

        try:

            def _parse_loyalty(data: object) -> CustomEventLoyaltyCredit | None:
                if data is None:
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                loyalty_type_0 = CustomEventLoyaltyCredit.from_dict(data)

                return loyalty_type_0

            loyalty = _parse_loyalty(src_dict["loyalty"])
        except DECODE_FAILURES as _failure:
            loyalty = tolerate(_failure, "loyalty", src_dict)

        custom_event_event_data = cls(event, event_schema, customer, referral, loyalty)

        if not src_dict.keys() <= _DECLARED_KEYS:
            custom_event_event_data.additional_properties = {
                key: src_dict[key] for key in sorted(src_dict.keys() - _DECLARED_KEYS)
            }
        return custom_event_event_data

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


from ..models.custom_event import CustomEvent  # noqa: E402
from ..models.custom_event_loyalty_credit import CustomEventLoyaltyCredit  # noqa: E402
from ..models.custom_event_referral_credit import CustomEventReferralCredit  # noqa: E402
from ..models.custom_event_schema import CustomEventSchema  # noqa: E402
from ..models.simple_customer import SimpleCustomer  # noqa: E402
