from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decoding import (
    DECODE_FAILURES,
    expect_object,
    parse_datetime,
    wrong_type,
)
from .._deviations import tolerate
from ..types import UNSET, Unset

T = TypeVar("T", bound="LoyaltyTier")


_DECLARED_KEYS = frozenset(
    {
        "id",
        "name",
        "campaign_id",
        "metadata",
        "points",
        "config",
        "earning_rules",
        "rewards",
        "expiration",
        "created_at",
        "updated_at",
        "object",
    }
)


@_attrs_define
class LoyaltyTier:
    """
    Attributes:
        id (str):  Example: ltr_UJ5Q54Q0OvEhua87Qfv2Ki5x.
        name (None | str | Unset):  Example: Gold.
        campaign_id (None | str | Unset):  Example: camp_weer1c3p5ZgktqfW56RfoNaG.
        metadata (LoyaltyTierMetadata | None | Unset):
        points (None | PointsRange | Unset):
        config (LoyaltyTierConfig | None | Unset):
        earning_rules (LoyaltyTierEarningRules | None | Unset): Point multipliers of earning rules in this tier, keyed
            by earning rule ID (`ern_…`).
        rewards (LoyaltyTierRewards | None | Unset): Point costs of rewards in this tier, keyed by reward ID (`rew_…`).
        expiration (LoyaltyTierExpiration | None | Unset): When the customer's membership in the tier expires.
        created_at (datetime.datetime | None | Unset):  Example: 2023-11-02T10:00:00.000Z.
        updated_at (datetime.datetime | None | Unset):  Example: 2023-11-03T10:00:00.000Z.
        object_ (Literal['loyalty_tier'] | None | Unset):
    """

    id: str
    name: None | str | Unset = UNSET
    campaign_id: None | str | Unset = UNSET
    metadata: LoyaltyTierMetadata | None | Unset = UNSET
    points: None | PointsRange | Unset = UNSET
    config: LoyaltyTierConfig | None | Unset = UNSET
    earning_rules: LoyaltyTierEarningRules | None | Unset = UNSET
    rewards: LoyaltyTierRewards | None | Unset = UNSET
    expiration: LoyaltyTierExpiration | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    object_: Literal["loyalty_tier"] | None | Unset = UNSET
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
            campaign_id: None | str | Unset
            if isinstance(self.campaign_id, Unset):
                campaign_id = UNSET
            else:
                campaign_id = self.campaign_id
        except (AttributeError, TypeError):
            campaign_id = cast(Any, self.campaign_id)

        try:
            metadata: dict[str, Any] | None | Unset
            if isinstance(self.metadata, Unset):
                metadata = UNSET
            elif isinstance(self.metadata, LoyaltyTierMetadata):
                metadata = self.metadata.to_dict()
            else:
                metadata = self.metadata
        except (AttributeError, TypeError):
            metadata = cast(Any, self.metadata)

        try:
            points: dict[str, Any] | None | Unset
            if isinstance(self.points, Unset):
                points = UNSET
            elif isinstance(self.points, PointsRange):
                points = self.points.to_dict()
            else:
                points = self.points
        except (AttributeError, TypeError):
            points = cast(Any, self.points)

        try:
            config: dict[str, Any] | None | Unset
            if isinstance(self.config, Unset):
                config = UNSET
            elif isinstance(self.config, LoyaltyTierConfig):
                config = self.config.to_dict()
            else:
                config = self.config
        except (AttributeError, TypeError):
            config = cast(Any, self.config)

        try:
            earning_rules: dict[str, Any] | None | Unset
            if isinstance(self.earning_rules, Unset):
                earning_rules = UNSET
            elif isinstance(self.earning_rules, LoyaltyTierEarningRules):
                earning_rules = self.earning_rules.to_dict()
            else:
                earning_rules = self.earning_rules
        except (AttributeError, TypeError):
            earning_rules = cast(Any, self.earning_rules)

        try:
            rewards: dict[str, Any] | None | Unset
            if isinstance(self.rewards, Unset):
                rewards = UNSET
            elif isinstance(self.rewards, LoyaltyTierRewards):
                rewards = self.rewards.to_dict()
            else:
                rewards = self.rewards
        except (AttributeError, TypeError):
            rewards = cast(Any, self.rewards)

        try:
            expiration: dict[str, Any] | None | Unset
            if isinstance(self.expiration, Unset):
                expiration = UNSET
            elif isinstance(self.expiration, LoyaltyTierExpiration):
                expiration = self.expiration.to_dict()
            else:
                expiration = self.expiration
        except (AttributeError, TypeError):
            expiration = cast(Any, self.expiration)

        try:
            created_at: None | str | Unset
            if isinstance(self.created_at, Unset):
                created_at = UNSET
            elif isinstance(self.created_at, datetime.datetime):
                created_at = self.created_at.isoformat()
            else:
                created_at = self.created_at
        except (AttributeError, TypeError):
            created_at = cast(Any, self.created_at)

        try:
            updated_at: None | str | Unset
            if isinstance(self.updated_at, Unset):
                updated_at = UNSET
            elif isinstance(self.updated_at, datetime.datetime):
                updated_at = self.updated_at.isoformat()
            else:
                updated_at = self.updated_at
        except (AttributeError, TypeError):
            updated_at = cast(Any, self.updated_at)

        try:
            object_: Literal["loyalty_tier"] | None | Unset
            if isinstance(self.object_, Unset):
                object_ = UNSET
            else:
                object_ = self.object_
        except (AttributeError, TypeError):
            object_ = cast(Any, self.object_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if campaign_id is not UNSET:
            field_dict["campaign_id"] = campaign_id
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
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if object_ is not UNSET:
            field_dict["object"] = object_

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

            def _parse_metadata(data: object) -> LoyaltyTierMetadata | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                metadata_type_0 = LoyaltyTierMetadata.from_dict(data)

                return metadata_type_0

            metadata = _parse_metadata(src_dict.get("metadata", UNSET))
        except DECODE_FAILURES as _failure:
            metadata = tolerate(_failure, "metadata", src_dict)

        try:

            def _parse_points(data: object) -> None | PointsRange | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                points_type_0 = PointsRange.from_dict(data)

                return points_type_0

            points = _parse_points(src_dict.get("points", UNSET))
        except DECODE_FAILURES as _failure:
            points = tolerate(_failure, "points", src_dict)

        try:

            def _parse_config(data: object) -> LoyaltyTierConfig | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                config_type_0 = LoyaltyTierConfig.from_dict(data)

                return config_type_0

            config = _parse_config(src_dict.get("config", UNSET))
        except DECODE_FAILURES as _failure:
            config = tolerate(_failure, "config", src_dict)

        try:

            def _parse_earning_rules(data: object) -> LoyaltyTierEarningRules | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                earning_rules_type_0 = LoyaltyTierEarningRules.from_dict(data)

                return earning_rules_type_0

            earning_rules = _parse_earning_rules(src_dict.get("earning_rules", UNSET))
        except DECODE_FAILURES as _failure:
            earning_rules = tolerate(_failure, "earning_rules", src_dict)

        try:

            def _parse_rewards(data: object) -> LoyaltyTierRewards | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                rewards_type_0 = LoyaltyTierRewards.from_dict(data)

                return rewards_type_0

            rewards = _parse_rewards(src_dict.get("rewards", UNSET))
        except DECODE_FAILURES as _failure:
            rewards = tolerate(_failure, "rewards", src_dict)

        try:

            def _parse_expiration(data: object) -> LoyaltyTierExpiration | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                expiration_type_0 = LoyaltyTierExpiration.from_dict(data)

                return expiration_type_0

            expiration = _parse_expiration(src_dict.get("expiration", UNSET))
        except DECODE_FAILURES as _failure:
            expiration = tolerate(_failure, "expiration", src_dict)

        try:

            def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise wrong_type("date-time string or null", data)
                created_at_type_0 = parse_datetime(data)

                return created_at_type_0

            created_at = _parse_created_at(src_dict.get("created_at", UNSET))
        except DECODE_FAILURES as _failure:
            created_at = tolerate(_failure, "created_at", src_dict)

        try:

            def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise wrong_type("date-time string or null", data)
                updated_at_type_0 = parse_datetime(data)

                return updated_at_type_0

            updated_at = _parse_updated_at(src_dict.get("updated_at", UNSET))
        except DECODE_FAILURES as _failure:
            updated_at = tolerate(_failure, "updated_at", src_dict)

        try:

            def _parse_object_(data: object) -> Literal["loyalty_tier"] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                object_type_0 = data
                if object_type_0 != "loyalty_tier":
                    raise ValueError(
                        f"object_type_0 must match const 'loyalty_tier', got '{object_type_0}'"
                    )
                return object_type_0

            object_ = _parse_object_(src_dict.get("object", UNSET))
        except DECODE_FAILURES as _failure:
            object_ = tolerate(_failure, "object", src_dict)

        loyalty_tier = cls(
            id,
            name,
            campaign_id,
            metadata,
            points,
            config,
            earning_rules,
            rewards,
            expiration,
            created_at,
            updated_at,
            object_,
        )

        if not src_dict.keys() <= _DECLARED_KEYS:
            loyalty_tier.additional_properties = {
                key: src_dict[key] for key in sorted(src_dict.keys() - _DECLARED_KEYS)
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
from ..models.loyalty_tier_metadata import LoyaltyTierMetadata  # noqa: E402
from ..models.loyalty_tier_rewards import LoyaltyTierRewards  # noqa: E402
from ..models.points_range import PointsRange  # noqa: E402
