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

T = TypeVar("T", bound="CustomerLoyaltyCampaignsAdditionalProperty")


_DECLARED_KEYS = frozenset({"points", "loyalty_tier", "referred_customers"})


@_attrs_define
class CustomerLoyaltyCampaignsAdditionalProperty:
    """
    Attributes:
        points (int | Unset):
        loyalty_tier (str | Unset):  Example: ltr_UJ5Q54Q0OvEhua87Qfv2Ki5x.
        referred_customers (int | Unset):
    """

    points: int | Unset = UNSET
    loyalty_tier: str | Unset = UNSET
    referred_customers: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "points": "points",
        "loyalty_tier": "loyalty_tier",
        "referred_customers": "referred_customers",
    }

    def to_dict(self) -> dict[str, Any]:
        points = self.points

        loyalty_tier = self.loyalty_tier

        referred_customers = self.referred_customers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if points is not UNSET:
            field_dict["points"] = points
        if loyalty_tier is not UNSET:
            field_dict["loyalty_tier"] = loyalty_tier
        if referred_customers is not UNSET:
            field_dict["referred_customers"] = referred_customers

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
            loyalty_tier = src_dict.get("loyalty_tier", UNSET)
            if loyalty_tier is not UNSET and not isinstance(loyalty_tier, str):
                raise wrong_type("string", loyalty_tier)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "loyalty_tier", src_dict)

        try:
            referred_customers = src_dict.get("referred_customers", UNSET)
            if referred_customers is not UNSET and (
                not isinstance(referred_customers, int) or isinstance(referred_customers, bool)
            ):
                raise wrong_type("integer", referred_customers)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "referred_customers", src_dict)

        customer_loyalty_campaigns_additional_property = cls(
            points, loyalty_tier, referred_customers
        )

        if not src_dict.keys() <= _DECLARED_KEYS:
            customer_loyalty_campaigns_additional_property.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS
            }
        return customer_loyalty_campaigns_additional_property

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
