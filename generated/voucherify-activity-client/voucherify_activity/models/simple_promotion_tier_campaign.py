from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decoding import (
    DECODE_FAILURES,
    expect_object,
    wrong_type,
)
from .._deviations import tolerate
from ..types import UNSET, Unset

T = TypeVar("T", bound="SimplePromotionTierCampaign")


_DECLARED_KEYS = frozenset({"id"})


@_attrs_define
class SimplePromotionTierCampaign:
    """
    Attributes:
        id (str | Unset):  Example: camp_rRsfatlwN7unSeUIJDCYedal.
    """

    id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):
            src_dict = expect_object(src_dict)
        try:
            id = src_dict.get("id", UNSET)
            if id is not UNSET and not isinstance(id, str):
                raise wrong_type("string", id)
        except DECODE_FAILURES as _failure:
            id = tolerate(_failure, "id", src_dict)

        simple_promotion_tier_campaign = cls(id)

        if not src_dict.keys() <= _DECLARED_KEYS:
            simple_promotion_tier_campaign.additional_properties = {
                key: src_dict[key] for key in sorted(src_dict.keys() - _DECLARED_KEYS)
            }
        return simple_promotion_tier_campaign

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
