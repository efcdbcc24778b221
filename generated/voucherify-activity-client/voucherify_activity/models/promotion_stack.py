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

T = TypeVar("T", bound="PromotionStack")


_DECLARED_KEYS = frozenset({"id", "name", "category_id", "campaign", "tiers"})


@_attrs_define
class PromotionStack:
    """
    Attributes:
        id (str):  Example: stack_KxSD0GahLUg9ULB6TseGfUHJ.
        name (None | str | Unset):  Example: Weekend stack.
        category_id (None | str | Unset):  Example: cat_0c9da30e7116ba6bba.
        campaign (None | PromotionStackCampaign | Unset):
        tiers (None | PromotionStackTiers | Unset):
    """

    id: str
    name: None | str | Unset = UNSET
    category_id: None | str | Unset = UNSET
    campaign: None | PromotionStackCampaign | Unset = UNSET
    tiers: None | PromotionStackTiers | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        try:
            name: None | str | Unset
            if isinstance(self.name, Unset):
                name = UNSET
            else:
                name = self.name
        except (AttributeError, TypeError):
            name = cast(Any, self.name)

        try:
            category_id: None | str | Unset
            if isinstance(self.category_id, Unset):
                category_id = UNSET
            else:
                category_id = self.category_id
        except (AttributeError, TypeError):
            category_id = cast(Any, self.category_id)

        try:
            campaign: dict[str, Any] | None | Unset
            if isinstance(self.campaign, Unset):
                campaign = UNSET
            elif isinstance(self.campaign, PromotionStackCampaign):
                campaign = self.campaign.to_dict()
            else:
                campaign = self.campaign
        except (AttributeError, TypeError):
            campaign = cast(Any, self.campaign)

        try:
            tiers: dict[str, Any] | None | Unset
            if isinstance(self.tiers, Unset):
                tiers = UNSET
            elif isinstance(self.tiers, PromotionStackTiers):
                tiers = self.tiers.to_dict()
            else:
                tiers = self.tiers
        except (AttributeError, TypeError):
            tiers = cast(Any, self.tiers)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if category_id is not UNSET:
            field_dict["category_id"] = category_id
        if campaign is not UNSET:
            field_dict["campaign"] = campaign
        if tiers is not UNSET:
            field_dict["tiers"] = tiers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):
            src_dict = expect_object(src_dict)
        try:
            id = src_dict["id"]
            if not isinstance(id, str):
                raise wrong_type("string", id)
        except DECODE_FAILURES as _failure:
            id = tolerate(_failure, "id", src_dict)

        try:

            def _parse_name(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise wrong_type("string or null", data)

            name = _parse_name(src_dict.get("name", UNSET))
        except DECODE_FAILURES as _failure:
            name = tolerate(_failure, "name", src_dict)

        try:

            def _parse_category_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise wrong_type("string or null", data)

            category_id = _parse_category_id(src_dict.get("category_id", UNSET))
        except DECODE_FAILURES as _failure:
            category_id = tolerate(_failure, "category_id", src_dict)

        try:

            def _parse_campaign(data: object) -> None | PromotionStackCampaign | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                campaign_type_0 = PromotionStackCampaign.from_dict(data)

                return campaign_type_0

            campaign = _parse_campaign(src_dict.get("campaign", UNSET))
        except DECODE_FAILURES as _failure:
            campaign = tolerate(_failure, "campaign", src_dict)

        try:

            def _parse_tiers(data: object) -> None | PromotionStackTiers | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                tiers_type_0 = PromotionStackTiers.from_dict(data)

                return tiers_type_0

            tiers = _parse_tiers(src_dict.get("tiers", UNSET))
        except DECODE_FAILURES as _failure:
            tiers = tolerate(_failure, "tiers", src_dict)

        promotion_stack = cls(id, name, category_id, campaign, tiers)

        if not src_dict.keys() <= _DECLARED_KEYS:
            promotion_stack.additional_properties = {
                key: src_dict[key] for key in sorted(src_dict.keys() - _DECLARED_KEYS)
            }
        return promotion_stack

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


from ..models.promotion_stack_campaign import PromotionStackCampaign  # noqa: E402
from ..models.promotion_stack_tiers import PromotionStackTiers  # noqa: E402
