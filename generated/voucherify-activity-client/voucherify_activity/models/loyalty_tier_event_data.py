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

T = TypeVar("T", bound="LoyaltyTierEventData")


_DECLARED_KEYS = frozenset(
    {
        "customer",
        "created_at",
        "campaign",
        "loyalty_tier",
        "loyalty_tier_from",
        "loyalty_tier_to",
        "expiration_date",
    }
)


@_attrs_define
class LoyaltyTierEventData:
    """Payload of every `customer.loyalty.tier.*` event. `upgraded` and `downgraded` set
    `loyalty_tier_from`/`loyalty_tier_to`; the others set `loyalty_tier`, and
    `expiration.changed` also `expiration_date`.

        Attributes:
            customer (SimpleCustomer):
            created_at (datetime.datetime | None):  Example: 2022-02-25T13:32:08.734Z.
            campaign (None | SimpleCampaign | Unset):
            loyalty_tier (LoyaltyTier | None | Unset):
            loyalty_tier_from (LoyaltyTier | None | Unset):
            loyalty_tier_to (LoyaltyTier | None | Unset):
            expiration_date (datetime.datetime | None | Unset):  Example: 2023-02-25T00:00:00.000Z.
    """

    customer: SimpleCustomer
    created_at: datetime.datetime | None
    campaign: None | SimpleCampaign | Unset = UNSET
    loyalty_tier: LoyaltyTier | None | Unset = UNSET
    loyalty_tier_from: LoyaltyTier | None | Unset = UNSET
    loyalty_tier_to: LoyaltyTier | None | Unset = UNSET
    expiration_date: datetime.datetime | None | Unset = UNSET
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
            loyalty_tier: dict[str, Any] | None | Unset
            if isinstance(self.loyalty_tier, Unset):
                loyalty_tier = UNSET
            elif isinstance(self.loyalty_tier, LoyaltyTier):
                loyalty_tier = self.loyalty_tier.to_dict()
            else:
                loyalty_tier = self.loyalty_tier
        except (AttributeError, TypeError):
            loyalty_tier = cast(Any, self.loyalty_tier)

        try:
            loyalty_tier_from: dict[str, Any] | None | Unset
            if isinstance(self.loyalty_tier_from, Unset):
                loyalty_tier_from = UNSET
            elif isinstance(self.loyalty_tier_from, LoyaltyTier):
                loyalty_tier_from = self.loyalty_tier_from.to_dict()
            else:
                loyalty_tier_from = self.loyalty_tier_from
        except (AttributeError, TypeError):
            loyalty_tier_from = cast(Any, self.loyalty_tier_from)

        try:
            loyalty_tier_to: dict[str, Any] | None | Unset
            if isinstance(self.loyalty_tier_to, Unset):
                loyalty_tier_to = UNSET
            elif isinstance(self.loyalty_tier_to, LoyaltyTier):
                loyalty_tier_to = self.loyalty_tier_to.to_dict()
            else:
                loyalty_tier_to = self.loyalty_tier_to
        except (AttributeError, TypeError):
            loyalty_tier_to = cast(Any, self.loyalty_tier_to)

        try:
            expiration_date: None | str | Unset
            if isinstance(self.expiration_date, Unset):
                expiration_date = UNSET
            elif isinstance(self.expiration_date, datetime.datetime):
                expiration_date = self.expiration_date.isoformat()
            else:
                expiration_date = self.expiration_date
        except (AttributeError, TypeError):
            expiration_date = cast(Any, self.expiration_date)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(customer, Unset):
            field_dict["customer"] = customer
        if not isinstance(created_at, Unset):
            field_dict["created_at"] = created_at
        if campaign is not UNSET:
            field_dict["campaign"] = campaign
        if loyalty_tier is not UNSET:
            field_dict["loyalty_tier"] = loyalty_tier
        if loyalty_tier_from is not UNSET:
            field_dict["loyalty_tier_from"] = loyalty_tier_from
        if loyalty_tier_to is not UNSET:
            field_dict["loyalty_tier_to"] = loyalty_tier_to
        if expiration_date is not UNSET:
            field_dict["expiration_date"] = expiration_date

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

            def _parse_loyalty_tier(data: object) -> LoyaltyTier | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                loyalty_tier_type_0 = LoyaltyTier.from_dict(data)

                return loyalty_tier_type_0

            loyalty_tier = _parse_loyalty_tier(src_dict.get("loyalty_tier", UNSET))
        except DECODE_FAILURES as _failure:
            loyalty_tier = tolerate(_failure, "loyalty_tier", src_dict)

        try:

            def _parse_loyalty_tier_from(data: object) -> LoyaltyTier | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                loyalty_tier_from_type_0 = LoyaltyTier.from_dict(data)

                return loyalty_tier_from_type_0

            loyalty_tier_from = _parse_loyalty_tier_from(src_dict.get("loyalty_tier_from", UNSET))
        except DECODE_FAILURES as _failure:
            loyalty_tier_from = tolerate(_failure, "loyalty_tier_from", src_dict)

        try:

            def _parse_loyalty_tier_to(data: object) -> LoyaltyTier | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                loyalty_tier_to_type_0 = LoyaltyTier.from_dict(data)

                return loyalty_tier_to_type_0

            loyalty_tier_to = _parse_loyalty_tier_to(src_dict.get("loyalty_tier_to", UNSET))
        except DECODE_FAILURES as _failure:
            loyalty_tier_to = tolerate(_failure, "loyalty_tier_to", src_dict)

        try:

            def _parse_expiration_date(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise wrong_type("date-time string or null", data)
                expiration_date_type_0 = parse_datetime(data)

                return expiration_date_type_0

            expiration_date = _parse_expiration_date(src_dict.get("expiration_date", UNSET))
        except DECODE_FAILURES as _failure:
            expiration_date = tolerate(_failure, "expiration_date", src_dict)

        loyalty_tier_event_data = cls(
            customer,
            created_at,
            campaign,
            loyalty_tier,
            loyalty_tier_from,
            loyalty_tier_to,
            expiration_date,
        )

        if not src_dict.keys() <= _DECLARED_KEYS:
            loyalty_tier_event_data.additional_properties = {
                key: src_dict[key] for key in sorted(src_dict.keys() - _DECLARED_KEYS)
            }
        return loyalty_tier_event_data

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


from ..models.loyalty_tier import LoyaltyTier  # noqa: E402
from ..models.simple_campaign import SimpleCampaign  # noqa: E402
from ..models.simple_customer import SimpleCustomer  # noqa: E402
