from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decoding import (
    DECODE_FAILURES,
    expect_object,
    field_error,
    wrong_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerLoyalty")


_DECLARED_KEYS = frozenset({"points", "referred_customers", "campaigns"})


@_attrs_define
class CustomerLoyalty:
    """Loyalty points and referrals of the customer, overall and per campaign.

    Attributes:
        points (int | Unset):
        referred_customers (int | Unset):
        campaigns (CustomerLoyaltyCampaigns | Unset): Per-campaign figures, keyed by campaign name.
    """

    points: int | Unset = UNSET
    referred_customers: int | Unset = UNSET
    campaigns: CustomerLoyaltyCampaigns | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "points": "points",
        "referred_customers": "referred_customers",
        "campaigns": "campaigns",
    }

    def to_dict(self) -> dict[str, Any]:
        points = self.points

        referred_customers = self.referred_customers

        campaigns: dict[str, Any] | Unset = UNSET
        if not isinstance(self.campaigns, Unset):
            campaigns = self.campaigns.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if points is not UNSET:
            field_dict["points"] = points
        if referred_customers is not UNSET:
            field_dict["referred_customers"] = referred_customers
        if campaigns is not UNSET:
            field_dict["campaigns"] = campaigns

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):
            src_dict = expect_object(src_dict)
        try:
            points = src_dict.get("points", UNSET)
            if points is not UNSET and (not isinstance(points, int) or isinstance(points, bool)):
                raise wrong_type("integer", points)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "points", src_dict)

        try:
            referred_customers = src_dict.get("referred_customers", UNSET)
            if referred_customers is not UNSET and (
                not isinstance(referred_customers, int) or isinstance(referred_customers, bool)
            ):
                raise wrong_type("integer", referred_customers)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "referred_customers", src_dict)

        try:
            _campaigns = src_dict.get("campaigns", UNSET)
            campaigns: CustomerLoyaltyCampaigns | Unset
            if isinstance(_campaigns, Unset):
                campaigns = UNSET
            else:
                campaigns = CustomerLoyaltyCampaigns.from_dict(_campaigns)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "campaigns", src_dict)

        customer_loyalty = cls(points, referred_customers, campaigns)

        if not src_dict.keys() <= _DECLARED_KEYS:
            customer_loyalty.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS
            }
        return customer_loyalty

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


from ..models.customer_loyalty_campaigns import CustomerLoyaltyCampaigns  # noqa: E402
