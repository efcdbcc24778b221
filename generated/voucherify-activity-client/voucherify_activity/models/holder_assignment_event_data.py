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

T = TypeVar("T", bound="HolderAssignmentEventData")


_DECLARED_KEYS = frozenset({"holder", "voucher", "campaign", "customer"})


@_attrs_define
class HolderAssignmentEventData:
    """
    Attributes:
        holder (RedeemableHolder): Assignment of a voucher to a customer in some role.
        voucher (SimpleVoucher):
        campaign (SimpleCampaign):
        customer (SimpleCustomer):
    """

    holder: RedeemableHolder
    voucher: SimpleVoucher
    campaign: SimpleCampaign
    customer: SimpleCustomer
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            holder = self.holder.to_dict()
        except (AttributeError, TypeError):
            holder = cast(Any, self.holder)

        try:
            voucher = self.voucher.to_dict()
        except (AttributeError, TypeError):
            voucher = cast(Any, self.voucher)

        try:
            campaign = self.campaign.to_dict()
        except (AttributeError, TypeError):
            campaign = cast(Any, self.campaign)

        try:
            customer = self.customer.to_dict()
        except (AttributeError, TypeError):
            customer = cast(Any, self.customer)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(holder, Unset):
            field_dict["holder"] = holder
        if not isinstance(voucher, Unset):
            field_dict["voucher"] = voucher
        if not isinstance(campaign, Unset):
            field_dict["campaign"] = campaign
        if not isinstance(customer, Unset):
            field_dict["customer"] = customer

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):
            src_dict = expect_object(src_dict)
        try:
            holder = RedeemableHolder.from_dict(src_dict["holder"])
        except DECODE_FAILURES as _failure:
            holder = tolerate(_failure, "holder", src_dict)

        try:
            voucher = SimpleVoucher.from_dict(src_dict["voucher"])
        except DECODE_FAILURES as _failure:
            voucher = tolerate(_failure, "voucher", src_dict)

        try:
            campaign = SimpleCampaign.from_dict(src_dict["campaign"])
        except DECODE_FAILURES as _failure:
            campaign = tolerate(_failure, "campaign", src_dict)

        try:
            customer = SimpleCustomer.from_dict(src_dict["customer"])
        except DECODE_FAILURES as _failure:
            customer = tolerate(_failure, "customer", src_dict)

        holder_assignment_event_data = cls(holder, voucher, campaign, customer)

        if not src_dict.keys() <= _DECLARED_KEYS:
            holder_assignment_event_data.additional_properties = {
                key: src_dict[key] for key in sorted(src_dict.keys() - _DECLARED_KEYS)
            }
        return holder_assignment_event_data

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


from ..models.redeemable_holder import RedeemableHolder  # noqa: E402
from ..models.simple_campaign import SimpleCampaign  # noqa: E402
from ..models.simple_customer import SimpleCustomer  # noqa: E402
from ..models.simple_voucher import SimpleVoucher  # noqa: E402
