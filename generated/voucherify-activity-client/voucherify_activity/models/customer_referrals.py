from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decoding import (
    DECODE_FAILURES,
    expect_object,
    field_error,
    item_error,
    wrong_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerReferrals")


_DECLARED_KEYS = frozenset({"total", "campaigns"})


@_attrs_define
class CustomerReferrals:
    """How often, and through which campaigns, the customer was referred.

    Attributes:
        total (int | Unset):
        campaigns (list[CustomerReferralsCampaignsItem] | Unset):
    """

    total: int | Unset = UNSET
    campaigns: list[CustomerReferralsCampaignsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "total": "total",
        "campaigns": "campaigns",
    }

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        campaigns: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.campaigns, Unset):
            campaigns = []
            for campaigns_item_data in self.campaigns:
                campaigns_item = campaigns_item_data.to_dict()
                campaigns.append(campaigns_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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
            total = src_dict.get("total", UNSET)
            if total is not UNSET and (not isinstance(total, int) or isinstance(total, bool)):
                raise wrong_type("integer", total)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "total", src_dict)

        try:
            _campaigns = src_dict.get("campaigns", UNSET)
            campaigns: list[CustomerReferralsCampaignsItem] | Unset = UNSET
            if _campaigns is not UNSET:
                if not isinstance(_campaigns, list):
                    raise wrong_type("array", _campaigns)
                campaigns = []
                for campaigns_item_data in _campaigns:
                    try:
                        campaigns_item = CustomerReferralsCampaignsItem.from_dict(
                            campaigns_item_data
                        )

                    except DECODE_FAILURES as _failure:
                        raise item_error(_failure, _campaigns, campaigns_item_data)
                    campaigns.append(campaigns_item)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "campaigns", src_dict)

        customer_referrals = cls(total, campaigns)

        if not src_dict.keys() <= _DECLARED_KEYS:
            customer_referrals.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS
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
