from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decoding import (
    DECODE_FAILURES,
    expect_object,
)
from .._deviations import tolerate

T = TypeVar("T", bound="LoyaltyTierEarningRules")


@_attrs_define
class LoyaltyTierEarningRules:
    """Point multipliers of earning rules in this tier, keyed by earning rule ID (`ern_…`)."""

    additional_properties: dict[str, LoyaltyTierEarningRulesAdditionalProperty] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):
            src_dict = expect_object(src_dict)
        loyalty_tier_earning_rules = cls()

        additional_properties = {}
        for prop_name, prop_dict in src_dict.items():
            try:
                additional_property = LoyaltyTierEarningRulesAdditionalProperty.from_dict(prop_dict)
            except DECODE_FAILURES as _failure:
                additional_property = tolerate(_failure, prop_name, src_dict)
            additional_properties[prop_name] = additional_property

        loyalty_tier_earning_rules.additional_properties = additional_properties
        return loyalty_tier_earning_rules

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> LoyaltyTierEarningRulesAdditionalProperty:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: LoyaltyTierEarningRulesAdditionalProperty) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.loyalty_tier_earning_rules_additional_property import (
    LoyaltyTierEarningRulesAdditionalProperty,  # noqa: E402
)
