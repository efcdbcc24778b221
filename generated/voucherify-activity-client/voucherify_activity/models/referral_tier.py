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

T = TypeVar("T", bound="ReferralTier")


_DECLARED_KEYS = frozenset({"id", "campaign_id", "banner", "parameters"})


@_attrs_define
class ReferralTier:
    """Tier of a referral program that granted a reward.

    Attributes:
        id (str | Unset): Referral tier ID (the prefix is not documented).
        campaign_id (None | str | Unset):  Example: camp_kdxp3vf1clQ9CFs1jpqv3tZe.
        banner (None | str | Unset):  Example: Invite 3 friends, get 20 EUR.
        parameters (None | ReferralTierParameters | Unset):
    """

    id: str | Unset = UNSET
    campaign_id: None | str | Unset = UNSET
    banner: None | str | Unset = UNSET
    parameters: None | ReferralTierParameters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        try:
            campaign_id: None | str | Unset
            if isinstance(self.campaign_id, Unset):
                campaign_id = UNSET
            else:
                campaign_id = self.campaign_id
        except (AttributeError, TypeError):
            campaign_id = cast(Any, self.campaign_id)

        try:
            banner: None | str | Unset
            if isinstance(self.banner, Unset):
                banner = UNSET
            else:
                banner = self.banner
        except (AttributeError, TypeError):
            banner = cast(Any, self.banner)

        try:
            parameters: dict[str, Any] | None | Unset
            if isinstance(self.parameters, Unset):
                parameters = UNSET
            elif isinstance(self.parameters, ReferralTierParameters):
                parameters = self.parameters.to_dict()
            else:
                parameters = self.parameters
        except (AttributeError, TypeError):
            parameters = cast(Any, self.parameters)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if campaign_id is not UNSET:
            field_dict["campaign_id"] = campaign_id
        if banner is not UNSET:
            field_dict["banner"] = banner
        if parameters is not UNSET:
            field_dict["parameters"] = parameters

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

        try:

            def _parse_campaign_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise wrong_type("string or null", data)

            campaign_id = _parse_campaign_id(src_dict.get("campaign_id", UNSET))
        except DECODE_FAILURES as _failure:
            campaign_id = tolerate(_failure, "campaign_id", src_dict)

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

            def _parse_parameters(data: object) -> None | ReferralTierParameters | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                parameters_type_0 = ReferralTierParameters.from_dict(data)

                return parameters_type_0

            parameters = _parse_parameters(src_dict.get("parameters", UNSET))
        except DECODE_FAILURES as _failure:
            parameters = tolerate(_failure, "parameters", src_dict)

        referral_tier = cls(id, campaign_id, banner, parameters)

        if not src_dict.keys() <= _DECLARED_KEYS:
            referral_tier.additional_properties = {
                key: src_dict[key] for key in sorted(src_dict.keys() - _DECLARED_KEYS)
            }
        return referral_tier

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


from ..models.referral_tier_parameters import ReferralTierParameters  # noqa: E402
