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

T = TypeVar("T", bound="LoyaltyUpdatedEventData")


_DECLARED_KEYS = frozenset({"customer", "created_at", "campaign", "loyalty"})


@_attrs_define
class LoyaltyUpdatedEventData:
    """
    Attributes:
        customer (SimpleCustomer):
        created_at (datetime.datetime | None):  Example: 2022-02-25T13:32:08.734Z.
        campaign (None | SimpleCampaign | Unset):
        loyalty (LoyaltyUpdatedEventDataLoyalty | None | Unset): The customer's loyalty state in the campaign.
    """

    customer: SimpleCustomer
    created_at: datetime.datetime | None
    campaign: None | SimpleCampaign | Unset = UNSET
    loyalty: LoyaltyUpdatedEventDataLoyalty | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            customer = self.customer.to_dict()
        except (AttributeError, TypeError):
            customer = cast(Any, self.customer)

        try:
            created_at: None | str
            if isinstance(self.created_at, datetime.datetime):
                created_at = self.created_at.isoformat()
            else:
                created_at = self.created_at
        except (AttributeError, TypeError):
            created_at = cast(Any, self.created_at)

        try:
            campaign: dict[str, Any] | None | Unset
            if isinstance(self.campaign, Unset):
                campaign = UNSET
            elif isinstance(self.campaign, SimpleCampaign):
                campaign = self.campaign.to_dict()
            else:
                campaign = self.campaign
        except (AttributeError, TypeError):
            campaign = cast(Any, self.campaign)

        try:
            loyalty: dict[str, Any] | None | Unset
            if isinstance(self.loyalty, Unset):
                loyalty = UNSET
            elif isinstance(self.loyalty, LoyaltyUpdatedEventDataLoyalty):
                loyalty = self.loyalty.to_dict()
            else:
                loyalty = self.loyalty
        except (AttributeError, TypeError):
            loyalty = cast(Any, self.loyalty)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(customer, Unset):
            field_dict["customer"] = customer
        if not isinstance(created_at, Unset):
            field_dict["created_at"] = created_at
        if campaign is not UNSET:
            field_dict["campaign"] = campaign
        if loyalty is not UNSET:
            field_dict["loyalty"] = loyalty

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

            def _parse_created_at(data: object) -> datetime.datetime | None:
                if data is None:
                    return data
                if not isinstance(data, str):
                    raise wrong_type("date-time string or null", data)
                created_at_type_0 = parse_datetime(data)

                return created_at_type_0

            created_at = _parse_created_at(src_dict["created_at"])
        except DECODE_FAILURES as _failure:
            created_at = tolerate(_failure, "created_at", src_dict)

        try:

            def _parse_campaign(data: object) -> None | SimpleCampaign | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                campaign_type_0 = SimpleCampaign.from_dict(data)

                return campaign_type_0

            campaign = _parse_campaign(src_dict.get("campaign", UNSET))
        except DECODE_FAILURES as _failure:
            campaign = tolerate(_failure, "campaign", src_dict)

        try:

            def _parse_loyalty(data: object) -> LoyaltyUpdatedEventDataLoyalty | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                loyalty_type_0 = LoyaltyUpdatedEventDataLoyalty.from_dict(data)

                return loyalty_type_0

            loyalty = _parse_loyalty(src_dict.get("loyalty", UNSET))
        except DECODE_FAILURES as _failure:
            loyalty = tolerate(_failure, "loyalty", src_dict)

        loyalty_updated_event_data = cls(customer, created_at, campaign, loyalty)

        if not src_dict.keys() <= _DECLARED_KEYS:
            loyalty_updated_event_data.additional_properties = {
                key: src_dict[key] for key in sorted(src_dict.keys() - _DECLARED_KEYS)
            }
        return loyalty_updated_event_data

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


from ..models.loyalty_updated_event_data_loyalty import LoyaltyUpdatedEventDataLoyalty  # noqa: E402
from ..models.simple_campaign import SimpleCampaign  # noqa: E402
from ..models.simple_customer import SimpleCustomer  # noqa: E402
