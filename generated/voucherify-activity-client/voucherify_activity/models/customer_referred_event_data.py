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

T = TypeVar("T", bound="CustomerReferredEventData")


_DECLARED_KEYS = frozenset(
    {"customer", "referrer", "campaign", "voucher", "custom_event", "redemption"}
)


@_attrs_define
class CustomerReferredEventData:
    """
    Attributes:
        customer (SimpleCustomer):
        referrer (SimpleCustomer):
        campaign (SimpleCampaign):
        voucher (SimpleVoucher):
        custom_event (CustomEvent): A custom event tracked for the customer.
        redemption (None | SimpleRedemption | Unset):
    """

    customer: SimpleCustomer
    referrer: SimpleCustomer
    campaign: SimpleCampaign
    voucher: SimpleVoucher
    custom_event: CustomEvent
    redemption: None | SimpleRedemption | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            customer = self.customer.to_dict()
        except (AttributeError, TypeError):
            customer = cast(Any, self.customer)

        try:
            referrer = self.referrer.to_dict()
        except (AttributeError, TypeError):
            referrer = cast(Any, self.referrer)

        try:
            campaign = self.campaign.to_dict()
        except (AttributeError, TypeError):
            campaign = cast(Any, self.campaign)

        try:
            voucher = self.voucher.to_dict()
        except (AttributeError, TypeError):
            voucher = cast(Any, self.voucher)

        try:
            custom_event = self.custom_event.to_dict()
        except (AttributeError, TypeError):
            custom_event = cast(Any, self.custom_event)

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
        if not isinstance(referrer, Unset):
            field_dict["referrer"] = referrer
        if not isinstance(campaign, Unset):
            field_dict["campaign"] = campaign
        if not isinstance(voucher, Unset):
            field_dict["voucher"] = voucher
        if not isinstance(custom_event, Unset):
            field_dict["custom_event"] = custom_event
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
            referrer = SimpleCustomer.from_dict(src_dict["referrer"])
        except DECODE_FAILURES as _failure:
            referrer = tolerate(_failure, "referrer", src_dict)

        try:
            campaign = SimpleCampaign.from_dict(src_dict["campaign"])
        except DECODE_FAILURES as _failure:
            campaign = tolerate(_failure, "campaign", src_dict)

        try:
            voucher = SimpleVoucher.from_dict(src_dict["voucher"])
        except DECODE_FAILURES as _failure:
            voucher = tolerate(_failure, "voucher", src_dict)

        try:
            custom_event = CustomEvent.from_dict(src_dict["custom_event"])
        except DECODE_FAILURES as _failure:
            custom_event = tolerate(_failure, "custom_event", src_dict)

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

        customer_referred_event_data = cls(
            customer, referrer, campaign, voucher, custom_event, redemption
        )

        if not src_dict.keys() <= _DECLARED_KEYS:
            customer_referred_event_data.additional_properties = {
                key: src_dict[key] for key in sorted(src_dict.keys() - _DECLARED_KEYS)
            }
        return customer_referred_event_data

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
from ..models.simple_campaign import SimpleCampaign  # noqa: E402
from ..models.simple_customer import SimpleCustomer  # noqa: E402
from ..models.simple_redemption import SimpleRedemption  # noqa: E402
from ..models.simple_voucher import SimpleVoucher  # noqa: E402
