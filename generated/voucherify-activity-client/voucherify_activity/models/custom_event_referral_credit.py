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

T = TypeVar("T", bound="CustomEventReferralCredit")


_DECLARED_KEYS = frozenset({"referrer", "voucher", "campaign"})


@_attrs_define
class CustomEventReferralCredit:
    """Referral the custom event counted towards.

    Attributes:
        referrer (None | SimpleCustomer | Unset):
        voucher (None | SimpleVoucher | Unset):
        campaign (None | SimpleCampaign | Unset):
    """

    referrer: None | SimpleCustomer | Unset = UNSET
    voucher: None | SimpleVoucher | Unset = UNSET
    campaign: None | SimpleCampaign | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
            voucher: dict[str, Any] | None | Unset
            if isinstance(self.voucher, Unset):
                voucher = UNSET
            elif isinstance(self.voucher, SimpleVoucher):
                voucher = self.voucher.to_dict()
            else:
                voucher = self.voucher
        except (AttributeError, TypeError):
            voucher = cast(Any, self.voucher)

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if referrer is not UNSET:
            field_dict["referrer"] = referrer
        if voucher is not UNSET:
            field_dict["voucher"] = voucher
        if campaign is not UNSET:
            field_dict["campaign"] = campaign

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):
            src_dict = expect_object(src_dict)
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

            def _parse_voucher(data: object) -> None | SimpleVoucher | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                voucher_type_0 = SimpleVoucher.from_dict(data)

                return voucher_type_0

            voucher = _parse_voucher(src_dict.get("voucher", UNSET))
        except DECODE_FAILURES as _failure:
            voucher = tolerate(_failure, "voucher", src_dict)

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

        custom_event_referral_credit = cls(referrer, voucher, campaign)

        if not src_dict.keys() <= _DECLARED_KEYS:
            custom_event_referral_credit.additional_properties = {
                key: src_dict[key] for key in sorted(src_dict.keys() - _DECLARED_KEYS)
            }
        return custom_event_referral_credit

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


from ..models.simple_campaign import SimpleCampaign  # noqa: E402
from ..models.simple_customer import SimpleCustomer  # noqa: E402
from ..models.simple_voucher import SimpleVoucher  # noqa: E402
