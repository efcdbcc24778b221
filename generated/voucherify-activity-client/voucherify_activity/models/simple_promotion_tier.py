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

T = TypeVar("T", bound="SimplePromotionTier")


_DECLARED_KEYS = frozenset({"id", "name", "banner", "campaign", "metadata"})


@_attrs_define
class SimplePromotionTier:
    """
    Attributes:
        id (str):  Example: promo_63fYCt81Aw0h7lzyRkrGZh9p.
        name (str | Unset):  Example: 10% off orders over 100 EUR.
        banner (str | Unset):  Example: Save 10% today.
        campaign (SimplePromotionTierCampaign | Unset):
        metadata (SimplePromotionTierMetadata | Unset):
    """

    id: str
    name: str | Unset = UNSET
    banner: str | Unset = UNSET
    campaign: SimplePromotionTierCampaign | Unset = UNSET
    metadata: SimplePromotionTierMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "id": "id",
        "name": "name",
        "banner": "banner",
        "campaign": "campaign",
        "metadata": "metadata",
    }

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        banner = self.banner

        campaign: dict[str, Any] | Unset = UNSET
        if not isinstance(self.campaign, Unset):
            campaign = self.campaign.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
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
            raise field_error(_failure, "id", src_dict)

        try:
            name = src_dict.get("name", UNSET)
            if name is not UNSET and not isinstance(name, str):
                raise wrong_type("string", name)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "name", src_dict)

        try:
            banner = src_dict.get("banner", UNSET)
            if banner is not UNSET and not isinstance(banner, str):
                raise wrong_type("string", banner)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "banner", src_dict)

        try:
            _campaign = src_dict.get("campaign", UNSET)
            campaign: SimplePromotionTierCampaign | Unset
            if isinstance(_campaign, Unset):
                campaign = UNSET
            else:
                campaign = SimplePromotionTierCampaign.from_dict(_campaign)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "campaign", src_dict)

        try:
            _metadata = src_dict.get("metadata", UNSET)
            metadata: SimplePromotionTierMetadata | Unset
            if isinstance(_metadata, Unset):
                metadata = UNSET
            else:
                metadata = SimplePromotionTierMetadata.from_dict(_metadata)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "metadata", src_dict)

        simple_promotion_tier = cls(id, name, banner, campaign, metadata)

        if not src_dict.keys() <= _DECLARED_KEYS:
            simple_promotion_tier.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS
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
