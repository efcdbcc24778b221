from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decoding import (
    DECODE_FAILURES,
    expect_object,
    item_error,
    wrong_type,
)
from .._deviations import tolerate
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerReferrals")


_DECLARED_KEYS = frozenset({"total", "campaigns"})


@_attrs_define
class CustomerReferrals:
    """How often, and through which campaigns, the customer was referred.

    Attributes:
        total (int | None | Unset):
        campaigns (list[CustomerReferralsCampaignsItem | str] | None | Unset): The referral campaigns. Voucherify's own
            examples list campaign names (strings)
            here instead of the documented objects, so both are accepted.
    """

    total: int | None | Unset = UNSET
    campaigns: list[CustomerReferralsCampaignsItem | str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            total: int | None | Unset
            if isinstance(self.total, Unset):
                total = UNSET
            else:
                total = self.total
        except (AttributeError, TypeError):
            total = cast(Any, self.total)

        try:
            campaigns: list[dict[str, Any] | str] | None | Unset
            if isinstance(self.campaigns, Unset):
                campaigns = UNSET
            elif isinstance(self.campaigns, list):
                campaigns = []
                for campaigns_type_0_item_data in self.campaigns:
                    campaigns_type_0_item: dict[str, Any] | str
                    if isinstance(campaigns_type_0_item_data, CustomerReferralsCampaignsItem):
                        campaigns_type_0_item = campaigns_type_0_item_data.to_dict()
                    else:
                        campaigns_type_0_item = campaigns_type_0_item_data
                    campaigns.append(campaigns_type_0_item)

            else:
                campaigns = self.campaigns
        except (AttributeError, TypeError):
            campaigns = cast(Any, self.campaigns)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if total is not UNSET:
            field_dict["total"] = total
        if campaigns is not UNSET:
            field_dict["campaigns"] = campaigns

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):
            src_dict = expect_object(src_dict)
        try:

            def _parse_total(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, int) and not isinstance(data, bool):
                    return data
                raise wrong_type("integer or null", data)

            total = _parse_total(src_dict.get("total", UNSET))
        except DECODE_FAILURES as _failure:
            total = tolerate(_failure, "total", src_dict)

        try:

            def _parse_campaigns(
                data: object,
            ) -> list[CustomerReferralsCampaignsItem | str] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, list):
                    raise wrong_type("array or null", data)
                _campaigns_type_0 = data
                if not isinstance(_campaigns_type_0, list):
                    raise wrong_type("array", _campaigns_type_0)

                def _parse_campaigns_type_0_item(
                    data: object,
                ) -> CustomerReferralsCampaignsItem | str:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        campaigns_type_0_item_type_0 = CustomerReferralsCampaignsItem.from_dict(
                            data
                        )

                        return campaigns_type_0_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if isinstance(data, str):
                        return data
                    raise wrong_type("string", data)

                campaigns_type_0 = []
                for campaigns_type_0_item_data in _campaigns_type_0:
                    try:
                        campaigns_type_0_item = _parse_campaigns_type_0_item(
                            campaigns_type_0_item_data
                        )

                    except DECODE_FAILURES as _failure:
                        raise item_error(_failure, _campaigns_type_0, campaigns_type_0_item_data)
                    campaigns_type_0.append(campaigns_type_0_item)

                return campaigns_type_0

            campaigns = _parse_campaigns(src_dict.get("campaigns", UNSET))
        except DECODE_FAILURES as _failure:
            campaigns = tolerate(_failure, "campaigns", src_dict)

        customer_referrals = cls(total, campaigns)

        if not src_dict.keys() <= _DECLARED_KEYS:
            customer_referrals.additional_properties = {
                key: src_dict[key] for key in sorted(src_dict.keys() - _DECLARED_KEYS)
            }
        return customer_referrals

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


from ..models.customer_referrals_campaigns_item import CustomerReferralsCampaignsItem  # noqa: E402
