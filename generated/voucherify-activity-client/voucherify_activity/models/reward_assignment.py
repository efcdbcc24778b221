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

T = TypeVar("T", bound="RewardAssignment")


_DECLARED_KEYS = frozenset(
    {
        "id",
        "reward_id",
        "related_object_id",
        "related_object_type",
        "parameters",
        "created_at",
        "updated_at",
        "object",
    }
)


@_attrs_define
class RewardAssignment:
    """A reward made available in a campaign, with its point cost.

    Attributes:
        id (str):  Example: rewa_PbIRoMXpwe5QhobW4JKu0VjH.
        reward_id (None | str | Unset):  Example: rew_C7wS9eHFDN4CIbXI5PpLSkGY.
        related_object_id (None | str | Unset):  Example: camp_wciTvaOfYmAa3EmIIW3QpXXZ.
        related_object_type (None | str | Unset):  Example: campaign.
        parameters (None | RewardAssignmentParameters | Unset):
        created_at (datetime.datetime | None | Unset):  Example: 2022-08-11T14:49:22.586Z.
        updated_at (datetime.datetime | None | Unset):  Example: 2022-08-11T16:01:34.885Z.
        object_ (Literal['reward_assignment'] | None | Unset):
    """

    id: str
    reward_id: None | str | Unset = UNSET
    related_object_id: None | str | Unset = UNSET
    related_object_type: None | str | Unset = UNSET
    parameters: None | RewardAssignmentParameters | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    object_: Literal["reward_assignment"] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        try:
            reward_id: None | str | Unset
            if isinstance(self.reward_id, Unset):
                reward_id = UNSET
            else:
                reward_id = self.reward_id
        except (AttributeError, TypeError):
            reward_id = cast(Any, self.reward_id)

        try:
            related_object_id: None | str | Unset
            if isinstance(self.related_object_id, Unset):
                related_object_id = UNSET
            else:
                related_object_id = self.related_object_id
        except (AttributeError, TypeError):
            related_object_id = cast(Any, self.related_object_id)

        try:
            related_object_type: None | str | Unset
            if isinstance(self.related_object_type, Unset):
                related_object_type = UNSET
            else:
                related_object_type = self.related_object_type
        except (AttributeError, TypeError):
            related_object_type = cast(Any, self.related_object_type)

        try:
            parameters: dict[str, Any] | None | Unset
            if isinstance(self.parameters, Unset):
                parameters = UNSET
            elif isinstance(self.parameters, RewardAssignmentParameters):
                parameters = self.parameters.to_dict()
            else:
                parameters = self.parameters
        except (AttributeError, TypeError):
            parameters = cast(Any, self.parameters)

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
            object_: Literal["reward_assignment"] | None | Unset
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
        if reward_id is not UNSET:
            field_dict["reward_id"] = reward_id
        if related_object_id is not UNSET:
            field_dict["related_object_id"] = related_object_id
        if related_object_type is not UNSET:
            field_dict["related_object_type"] = related_object_type
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
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

            def _parse_related_object_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise wrong_type("string or null", data)

            related_object_id = _parse_related_object_id(src_dict.get("related_object_id", UNSET))
        except DECODE_FAILURES as _failure:
            related_object_id = tolerate(_failure, "related_object_id", src_dict)

        try:

            def _parse_related_object_type(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise wrong_type("string or null", data)

            related_object_type = _parse_related_object_type(
                src_dict.get("related_object_type", UNSET)
            )
        except DECODE_FAILURES as _failure:
            related_object_type = tolerate(_failure, "related_object_type", src_dict)

        try:

            def _parse_parameters(data: object) -> None | RewardAssignmentParameters | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                parameters_type_0 = RewardAssignmentParameters.from_dict(data)

                return parameters_type_0

            parameters = _parse_parameters(src_dict.get("parameters", UNSET))
        except DECODE_FAILURES as _failure:
            parameters = tolerate(_failure, "parameters", src_dict)

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

            def _parse_object_(data: object) -> Literal["reward_assignment"] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                object_type_0 = data
                if object_type_0 != "reward_assignment":
                    raise ValueError(
                        f"object_type_0 must match const 'reward_assignment', got '{object_type_0}'"
                    )
                return object_type_0

            object_ = _parse_object_(src_dict.get("object", UNSET))
        except DECODE_FAILURES as _failure:
            object_ = tolerate(_failure, "object", src_dict)

        reward_assignment = cls(
            id,
            reward_id,
            related_object_id,
            related_object_type,
            parameters,
            created_at,
            updated_at,
            object_,
        )

        if not src_dict.keys() <= _DECLARED_KEYS:
            reward_assignment.additional_properties = {
                key: src_dict[key] for key in sorted(src_dict.keys() - _DECLARED_KEYS)
            }
        return reward_assignment

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


from ..models.reward_assignment_parameters import RewardAssignmentParameters  # noqa: E402
