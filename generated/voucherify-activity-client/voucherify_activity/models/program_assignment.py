from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

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

T = TypeVar("T", bound="ProgramAssignment")


_DECLARED_KEYS = frozenset(
    {
        "card_definition_id",
        "earning_rule_id",
        "reward_id",
        "tier_structure_id",
        "created_at",
        "updated_at",
        "object",
    }
)


@_attrs_define
class ProgramAssignment:
    """Link between the program and an assigned resource (`program_card_definition`,
    `program_earning_rule`, `program_reward`, `program_tier_structure`); it names the
    resource by the matching `*_id`. Reward assignments also carry costs and stock.

        Attributes:
            card_definition_id (None | str | Unset):  Example: lcdef_8a1b2c3d4e5f6a7b.
            earning_rule_id (None | str | Unset):  Example: lern_3b5d7f9a1c2e4f60.
            reward_id (None | str | Unset):  Example: lrew_4c2e9a7b1d3f5e60.
            tier_structure_id (None | str | Unset):  Example: lts_6d8f0a2c4e6b8d01.
            created_at (datetime.datetime | None | Unset):  Example: 2024-02-10T08:15:00Z.
            updated_at (datetime.datetime | None | Unset):  Example: 2024-02-11T08:15:00Z.
            object_ (None | str | Unset):  Example: program_reward.
    """

    card_definition_id: None | str | Unset = UNSET
    earning_rule_id: None | str | Unset = UNSET
    reward_id: None | str | Unset = UNSET
    tier_structure_id: None | str | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    object_: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            card_definition_id: None | str | Unset
            if isinstance(self.card_definition_id, Unset):
                card_definition_id = UNSET
            else:
                card_definition_id = self.card_definition_id
        except (AttributeError, TypeError):
            card_definition_id = cast(Any, self.card_definition_id)

        try:
            earning_rule_id: None | str | Unset
            if isinstance(self.earning_rule_id, Unset):
                earning_rule_id = UNSET
            else:
                earning_rule_id = self.earning_rule_id
        except (AttributeError, TypeError):
            earning_rule_id = cast(Any, self.earning_rule_id)

        try:
            reward_id: None | str | Unset
            if isinstance(self.reward_id, Unset):
                reward_id = UNSET
            else:
                reward_id = self.reward_id
        except (AttributeError, TypeError):
            reward_id = cast(Any, self.reward_id)

        try:
            tier_structure_id: None | str | Unset
            if isinstance(self.tier_structure_id, Unset):
                tier_structure_id = UNSET
            else:
                tier_structure_id = self.tier_structure_id
        except (AttributeError, TypeError):
            tier_structure_id = cast(Any, self.tier_structure_id)

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
            object_: None | str | Unset
            if isinstance(self.object_, Unset):
                object_ = UNSET
            else:
                object_ = self.object_
        except (AttributeError, TypeError):
            object_ = cast(Any, self.object_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if card_definition_id is not UNSET:
            field_dict["card_definition_id"] = card_definition_id
        if earning_rule_id is not UNSET:
            field_dict["earning_rule_id"] = earning_rule_id
        if reward_id is not UNSET:
            field_dict["reward_id"] = reward_id
        if tier_structure_id is not UNSET:
            field_dict["tier_structure_id"] = tier_structure_id
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

            def _parse_card_definition_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise wrong_type("string or null", data)

            card_definition_id = _parse_card_definition_id(
                src_dict.get("card_definition_id", UNSET)
            )
        except DECODE_FAILURES as _failure:
            card_definition_id = tolerate(_failure, "card_definition_id", src_dict)

        try:

            def _parse_earning_rule_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise wrong_type("string or null", data)

            earning_rule_id = _parse_earning_rule_id(src_dict.get("earning_rule_id", UNSET))
        except DECODE_FAILURES as _failure:
            earning_rule_id = tolerate(_failure, "earning_rule_id", src_dict)

        try:

            def _parse_reward_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise wrong_type("string or null", data)

            reward_id = _parse_reward_id(src_dict.get("reward_id", UNSET))
        except DECODE_FAILURES as _failure:
            reward_id = tolerate(_failure, "reward_id", src_dict)

        try:

            def _parse_tier_structure_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise wrong_type("string or null", data)

            tier_structure_id = _parse_tier_structure_id(src_dict.get("tier_structure_id", UNSET))
        except DECODE_FAILURES as _failure:
            tier_structure_id = tolerate(_failure, "tier_structure_id", src_dict)

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

            def _parse_object_(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise wrong_type("string or null", data)

            object_ = _parse_object_(src_dict.get("object", UNSET))
        except DECODE_FAILURES as _failure:
            object_ = tolerate(_failure, "object", src_dict)

        program_assignment = cls(
            card_definition_id,
            earning_rule_id,
            reward_id,
            tier_structure_id,
            created_at,
            updated_at,
            object_,
        )

        if not src_dict.keys() <= _DECLARED_KEYS:
            program_assignment.additional_properties = {
                key: src_dict[key] for key in sorted(src_dict.keys() - _DECLARED_KEYS)
            }
        return program_assignment

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
