from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decoding import (
    DECODE_FAILURES,
    expect_object,
    field_error,
    wrong_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="LoyaltyTier")


_DECLARED_KEYS = frozenset(
    {
        "id",
        "name",
        "campaign_id",
        "created_at",
        "object",
        "metadata",
        "points",
        "config",
        "earning_rules",
        "rewards",
        "expiration",
        "updated_at",
    }
)


@_attrs_define
class LoyaltyTier:
    """
    Attributes:
        id (str):  Example: ltr_UJ5Q54Q0OvEhua87Qfv2Ki5x.
        name (str):  Example: Gold.
        campaign_id (str):  Example: camp_weer1c3p5ZgktqfW56RfoNaG.
        created_at (datetime.datetime):  Example: 2023-11-02T10:00:00.000Z.
        object_ (Literal['loyalty_tier']):
        metadata (LoyaltyTierMetadataType0 | None | Unset):
        points (PointsRange | Unset):
        config (LoyaltyTierConfig | Unset):
        earning_rules (LoyaltyTierEarningRules | Unset): Point multipliers of earning rules in this tier, keyed by
            earning rule ID (`ern_…`).
        rewards (LoyaltyTierRewards | Unset): Point costs of rewards in this tier, keyed by reward ID (`rew_…`).
        expiration (LoyaltyTierExpiration | Unset): When the customer's membership in the tier expires.
        updated_at (datetime.datetime | None | Unset):  Example: 2023-11-03T10:00:00.000Z.
    """

    id: str
    name: str
    campaign_id: str
    created_at: datetime.datetime
    object_: Literal["loyalty_tier"]
    metadata: LoyaltyTierMetadataType0 | None | Unset = UNSET
    points: PointsRange | Unset = UNSET
    config: LoyaltyTierConfig | Unset = UNSET
    earning_rules: LoyaltyTierEarningRules | Unset = UNSET
    rewards: LoyaltyTierRewards | Unset = UNSET
    expiration: LoyaltyTierExpiration | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "id": "id",
        "name": "name",
        "campaign_id": "campaign_id",
        "created_at": "created_at",
        "object_": "object",
        "metadata": "metadata",
        "points": "points",
        "config": "config",
        "earning_rules": "earning_rules",
        "rewards": "rewards",
        "expiration": "expiration",
        "updated_at": "updated_at",
    }

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        campaign_id = self.campaign_id

        created_at = self.created_at.isoformat()

        object_ = self.object_

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, LoyaltyTierMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        points: dict[str, Any] | Unset = UNSET
        if not isinstance(self.points, Unset):
            points = self.points.to_dict()

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        earning_rules: dict[str, Any] | Unset = UNSET
        if not isinstance(self.earning_rules, Unset):
            earning_rules = self.earning_rules.to_dict()

        rewards: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rewards, Unset):
            rewards = self.rewards.to_dict()

        expiration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expiration, Unset):
            expiration = self.expiration.to_dict()

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "campaign_id": campaign_id,
                "created_at": created_at,
                "object": object_,
            }
        )
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if points is not UNSET:
            field_dict["points"] = points
        if config is not UNSET:
            field_dict["config"] = config
        if earning_rules is not UNSET:
            field_dict["earning_rules"] = earning_rules
        if rewards is not UNSET:
            field_dict["rewards"] = rewards
        if expiration is not UNSET:
            field_dict["expiration"] = expiration
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

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
            name = src_dict["name"]
            if not isinstance(name, str):
                raise wrong_type("string", name)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "name", src_dict)

        try:
            campaign_id = src_dict["campaign_id"]
            if not isinstance(campaign_id, str):
                raise wrong_type("string", campaign_id)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "campaign_id", src_dict)

        try:
            created_at = datetime.datetime.fromisoformat(src_dict["created_at"])
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "created_at", src_dict)

        try:
            object_ = src_dict["object"]
            if object_ != "loyalty_tier":
                raise ValueError(f"object must match const 'loyalty_tier', got '{object_}'")
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "object", src_dict)

        try:

            def _parse_metadata(data: object) -> LoyaltyTierMetadataType0 | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                metadata_type_0 = LoyaltyTierMetadataType0.from_dict(data)

                return metadata_type_0

            metadata = _parse_metadata(src_dict.get("metadata", UNSET))
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "metadata", src_dict)

        try:
            _points = src_dict.get("points", UNSET)
            points: PointsRange | Unset
            if isinstance(_points, Unset):
                points = UNSET
            else:
                points = PointsRange.from_dict(_points)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "points", src_dict)

        try:
            _config = src_dict.get("config", UNSET)
            config: LoyaltyTierConfig | Unset
            if isinstance(_config, Unset):
                config = UNSET
            else:
                config = LoyaltyTierConfig.from_dict(_config)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "config", src_dict)

        try:
            _earning_rules = src_dict.get("earning_rules", UNSET)
            earning_rules: LoyaltyTierEarningRules | Unset
            if isinstance(_earning_rules, Unset):
                earning_rules = UNSET
            else:
                earning_rules = LoyaltyTierEarningRules.from_dict(_earning_rules)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "earning_rules", src_dict)

        try:
            _rewards = src_dict.get("rewards", UNSET)
            rewards: LoyaltyTierRewards | Unset
            if isinstance(_rewards, Unset):
                rewards = UNSET
            else:
                rewards = LoyaltyTierRewards.from_dict(_rewards)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "rewards", src_dict)

        try:
            _expiration = src_dict.get("expiration", UNSET)
            expiration: LoyaltyTierExpiration | Unset
            if isinstance(_expiration, Unset):
                expiration = UNSET
            else:
                expiration = LoyaltyTierExpiration.from_dict(_expiration)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "expiration", src_dict)

        try:

            def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise wrong_type("date-time string or null", data)
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0

            updated_at = _parse_updated_at(src_dict.get("updated_at", UNSET))
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "updated_at", src_dict)

        loyalty_tier = cls(
            id,
            name,
            campaign_id,
            created_at,
            object_,
            metadata,
            points,
            config,
            earning_rules,
            rewards,
            expiration,
            updated_at,
        )

        if not src_dict.keys() <= _DECLARED_KEYS:
            loyalty_tier.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS
            }
        return loyalty_tier

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


from ..models.loyalty_tier_config import LoyaltyTierConfig  # noqa: E402
from ..models.loyalty_tier_earning_rules import LoyaltyTierEarningRules  # noqa: E402
from ..models.loyalty_tier_expiration import LoyaltyTierExpiration  # noqa: E402
from ..models.loyalty_tier_metadata_type_0 import LoyaltyTierMetadataType0  # noqa: E402
from ..models.loyalty_tier_rewards import LoyaltyTierRewards  # noqa: E402
from ..models.points_range import PointsRange  # noqa: E402
