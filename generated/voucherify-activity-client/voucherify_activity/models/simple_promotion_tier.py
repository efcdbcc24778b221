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

T = TypeVar("T", bound="SimplePromotionTier")


_DECLARED_KEYS = frozenset({"id", "name", "banner", "campaign", "metadata"})


@_attrs_define
class SimplePromotionTier:
    """
    Attributes:
        id (str):  Example: promo_63fYCt81Aw0h7lzyRkrGZh9p.
        name (None | str | Unset):  Example: 10% off orders over 100 EUR.
        banner (None | str | Unset):  Example: Save 10% today.
        campaign (None | SimplePromotionTierCampaign | Unset):
        metadata (None | SimplePromotionTierMetadata | Unset):
    """

    id: str
    name: None | str | Unset = UNSET
    banner: None | str | Unset = UNSET
    campaign: None | SimplePromotionTierCampaign | Unset = UNSET
    metadata: None | SimplePromotionTierMetadata | Unset = UNSET
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
            banner: None | str | Unset
            if isinstance(self.banner, Unset):
                banner = UNSET
            else:
                banner = self.banner
        except (AttributeError, TypeError):
            banner = cast(Any, self.banner)

        try:
            campaign: dict[str, Any] | None | Unset
            if isinstance(self.campaign, Unset):
                campaign = UNSET
            elif isinstance(self.campaign, SimplePromotionTierCampaign):
                campaign = self.campaign.to_dict()
            else:
                campaign = self.campaign
        except (AttributeError, TypeError):
            campaign = cast(Any, self.campaign)

        try:
            metadata: dict[str, Any] | None | Unset
            if isinstance(self.metadata, Unset):
                metadata = UNSET
            elif isinstance(self.metadata, SimplePromotionTierMetadata):
                metadata = self.metadata.to_dict()
            else:
                metadata = self.metadata
        except (AttributeError, TypeError):
            metadata = cast(Any, self.metadata)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if banner is not UNSET:
            field_dict["banner"] = banner
        if campaign is not UNSET:
            field_dict["campaign"] = campaign
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

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

            def _parse_banner(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise wrong_type("string or null", data)

            banner = _parse_banner(src_dict.get("banner", UNSET))
        except DECODE_FAILURES as _failure:
            banner = tolerate(_failure, "banner", src_dict)

        try:

            def _parse_campaign(data: object) -> None | SimplePromotionTierCampaign | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                campaign_type_0 = SimplePromotionTierCampaign.from_dict(data)

                return campaign_type_0

            campaign = _parse_campaign(src_dict.get("campaign", UNSET))
        except DECODE_FAILURES as _failure:
            campaign = tolerate(_failure, "campaign", src_dict)

        try:

            def _parse_metadata(data: object) -> None | SimplePromotionTierMetadata | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                metadata_type_0 = SimplePromotionTierMetadata.from_dict(data)

                return metadata_type_0

            metadata = _parse_metadata(src_dict.get("metadata", UNSET))
        except DECODE_FAILURES as _failure:
            metadata = tolerate(_failure, "metadata", src_dict)

        simple_promotion_tier = cls(id, name, banner, campaign, metadata)

        if not src_dict.keys() <= _DECLARED_KEYS:
            simple_promotion_tier.additional_properties = {
                key: src_dict[key] for key in sorted(src_dict.keys() - _DECLARED_KEYS)
            }
        return simple_promotion_tier

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


from ..models.simple_promotion_tier_campaign import SimplePromotionTierCampaign  # noqa: E402
from ..models.simple_promotion_tier_metadata import SimplePromotionTierMetadata  # noqa: E402
