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

T = TypeVar("T", bound="OrderRedemptions")


@_attrs_define
class OrderRedemptions:
    """Redemptions applied to the order, keyed by redemption ID (`r_…`)."""

    additional_properties: dict[str, OrderRedemptionsAdditionalProperty] = _attrs_field(
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
        order_redemptions = cls()

        additional_properties = {}
        for prop_name, prop_dict in src_dict.items():
            try:
                additional_property = OrderRedemptionsAdditionalProperty.from_dict(prop_dict)
            except DECODE_FAILURES as _failure:
                additional_property = tolerate(_failure, prop_name, src_dict)
            additional_properties[prop_name] = additional_property

        order_redemptions.additional_properties = additional_properties
        return order_redemptions

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> OrderRedemptionsAdditionalProperty:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: OrderRedemptionsAdditionalProperty) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.order_redemptions_additional_property import OrderRedemptionsAdditionalProperty  # noqa: E402
