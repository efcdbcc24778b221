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

T = TypeVar("T", bound="CustomerLoyalty")


_DECLARED_KEYS = frozenset({"points", "referred_customers", "campaigns"})


@_attrs_define
class CustomerLoyalty:
    """Loyalty points and referrals of the customer, overall and per campaign.

    Attributes:
        points (int | None | Unset):
        referred_customers (int | None | Unset):
        campaigns (CustomerLoyaltyCampaigns | None | Unset): Per-campaign figures, keyed by campaign name.
    """

    points: int | None | Unset = UNSET
    referred_customers: int | None | Unset = UNSET
    campaigns: CustomerLoyaltyCampaigns | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            points: int | None | Unset
            if isinstance(self.points, Unset):
                points = UNSET
            else:
                points = self.points
        except (AttributeError, TypeError):
            points = cast(Any, self.points)

        try:
            referred_customers: int | None | Unset
            if isinstance(self.referred_customers, Unset):
                referred_customers = UNSET
            else:
                referred_customers = self.referred_customers
        except (AttributeError, TypeError):
            referred_customers = cast(Any, self.referred_customers)

        try:
            campaigns: dict[str, Any] | None | Unset
            if isinstance(self.campaigns, Unset):
                campaigns = UNSET
            elif isinstance(self.campaigns, CustomerLoyaltyCampaigns):
                campaigns = self.campaigns.to_dict()
            else:
                campaigns = self.campaigns
        except (AttributeError, TypeError):
            campaigns = cast(Any, self.campaigns)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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

            def _parse_points(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, int) and not isinstance(data, bool):
                    return data
                raise wrong_type("integer or null", data)

            points = _parse_points(src_dict.get("points", UNSET))
        except DECODE_FAILURES as _failure:
            points = tolerate(_failure, "points", src_dict)

        try:

            def _parse_referred_customers(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, int) and not isinstance(data, bool):
                    return data
                raise wrong_type("integer or null", data)

            referred_customers = _parse_referred_customers(
                src_dict.get("referred_customers", UNSET)
            )
        except DECODE_FAILURES as _failure:
            referred_customers = tolerate(_failure, "referred_customers", src_dict)

        try:

            def _parse_campaigns(data: object) -> CustomerLoyaltyCampaigns | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                campaigns_type_0 = CustomerLoyaltyCampaigns.from_dict(data)

                return campaigns_type_0

            campaigns = _parse_campaigns(src_dict.get("campaigns", UNSET))
        except DECODE_FAILURES as _failure:
            campaigns = tolerate(_failure, "campaigns", src_dict)

        customer_loyalty = cls(points, referred_customers, campaigns)

        if not src_dict.keys() <= _DECLARED_KEYS:
            customer_loyalty.additional_properties = {
                key: src_dict[key] for key in sorted(src_dict.keys() - _DECLARED_KEYS)
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
