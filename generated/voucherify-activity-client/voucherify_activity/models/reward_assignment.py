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

T = TypeVar("T", bound="RewardAssignment")


_DECLARED_KEYS = frozenset(
    {
        "id",
        "reward_id",
        "related_object_id",
        "related_object_type",
        "created_at",
        "object",
        "parameters",
        "updated_at",
    }
)


@_attrs_define
class RewardAssignment:
    """A reward made available in a campaign, with its point cost.

    Attributes:
        id (str):  Example: rewa_PbIRoMXpwe5QhobW4JKu0VjH.
        reward_id (str):  Example: rew_C7wS9eHFDN4CIbXI5PpLSkGY.
        related_object_id (str):  Example: camp_wciTvaOfYmAa3EmIIW3QpXXZ.
        related_object_type (str):  Example: campaign.
        created_at (datetime.datetime):  Example: 2022-08-11T14:49:22.586Z.
        object_ (Literal['reward_assignment']):
        parameters (RewardAssignmentParameters | Unset):
        updated_at (datetime.datetime | None | Unset):  Example: 2022-08-11T16:01:34.885Z.
    """

    id: str
    reward_id: str
    related_object_id: str
    related_object_type: str
    created_at: datetime.datetime
    object_: Literal["reward_assignment"]
    parameters: RewardAssignmentParameters | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "id": "id",
        "reward_id": "reward_id",
        "related_object_id": "related_object_id",
        "related_object_type": "related_object_type",
        "created_at": "created_at",
        "object_": "object",
        "parameters": "parameters",
        "updated_at": "updated_at",
    }

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        reward_id = self.reward_id

        related_object_id = self.related_object_id

        related_object_type = self.related_object_type

        created_at = self.created_at.isoformat()

        object_ = self.object_

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

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
                "reward_id": reward_id,
                "related_object_id": related_object_id,
                "related_object_type": related_object_type,
                "created_at": created_at,
                "object": object_,
            }
        )
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
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
            reward_id = src_dict["reward_id"]
            if not isinstance(reward_id, str):
                raise wrong_type("string", reward_id)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "reward_id", src_dict)

        try:
            related_object_id = src_dict["related_object_id"]
            if not isinstance(related_object_id, str):
                raise wrong_type("string", related_object_id)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "related_object_id", src_dict)

        try:
            related_object_type = src_dict["related_object_type"]
            if not isinstance(related_object_type, str):
                raise wrong_type("string", related_object_type)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "related_object_type", src_dict)

        try:
            created_at = datetime.datetime.fromisoformat(src_dict["created_at"])
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "created_at", src_dict)

        try:
            object_ = src_dict["object"]
            if object_ != "reward_assignment":
                raise ValueError(f"object must match const 'reward_assignment', got '{object_}'")
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "object", src_dict)

        try:
            _parameters = src_dict.get("parameters", UNSET)
            parameters: RewardAssignmentParameters | Unset
            if isinstance(_parameters, Unset):
                parameters = UNSET
            else:
                parameters = RewardAssignmentParameters.from_dict(_parameters)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "parameters", src_dict)

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

        reward_assignment = cls(
            id,
            reward_id,
            related_object_id,
            related_object_type,
            created_at,
            object_,
            parameters,
            updated_at,
        )

        if not src_dict.keys() <= _DECLARED_KEYS:
            reward_assignment.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS
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
