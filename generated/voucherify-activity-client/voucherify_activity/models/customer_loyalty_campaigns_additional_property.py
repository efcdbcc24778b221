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

T = TypeVar("T", bound="CustomerLoyaltyCampaignsAdditionalProperty")


_DECLARED_KEYS = frozenset({"points", "loyalty_tier", "referred_customers"})


@_attrs_define
class CustomerLoyaltyCampaignsAdditionalProperty:
    """
    Attributes:
        points (int | None | Unset):
        loyalty_tier (None | str | Unset):  Example: ltr_UJ5Q54Q0OvEhua87Qfv2Ki5x.
        referred_customers (int | None | Unset):
    """

    points: int | None | Unset = UNSET
    loyalty_tier: None | str | Unset = UNSET
    referred_customers: int | None | Unset = UNSET
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
            loyalty_tier: None | str | Unset
            if isinstance(self.loyalty_tier, Unset):
                loyalty_tier = UNSET
            else:
                loyalty_tier = self.loyalty_tier
        except (AttributeError, TypeError):
            loyalty_tier = cast(Any, self.loyalty_tier)

        try:
            referred_customers: int | None | Unset
            if isinstance(self.referred_customers, Unset):
                referred_customers = UNSET
            else:
                referred_customers = self.referred_customers
        except (AttributeError, TypeError):
            referred_customers = cast(Any, self.referred_customers)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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

            def _parse_loyalty_tier(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise wrong_type("string or null", data)

            loyalty_tier = _parse_loyalty_tier(src_dict.get("loyalty_tier", UNSET))
        except DECODE_FAILURES as _failure:
            loyalty_tier = tolerate(_failure, "loyalty_tier", src_dict)

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

        customer_loyalty_campaigns_additional_property = cls(
            points, loyalty_tier, referred_customers
        )

        if not src_dict.keys() <= _DECLARED_KEYS:
            customer_loyalty_campaigns_additional_property.additional_properties = {
                key: src_dict[key] for key in sorted(src_dict.keys() - _DECLARED_KEYS)
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
