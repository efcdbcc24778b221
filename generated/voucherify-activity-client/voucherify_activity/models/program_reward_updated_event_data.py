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

T = TypeVar("T", bound="ProgramRewardUpdatedEventData")


_DECLARED_KEYS = frozenset({"program", "reward", "program_reward"})


@_attrs_define
class ProgramRewardUpdatedEventData:
    """Payload of `vl.program.reward.updated`. Only the `program` snapshot is documented; the
    reward and its assignment are listed as optional because they are likely present.

        Attributes:
            program (Program):
            reward (None | RewardV2 | Unset):
            program_reward (None | ProgramAssignment | Unset):
    """

    program: Program
    reward: None | RewardV2 | Unset = UNSET
    program_reward: None | ProgramAssignment | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            program = self.program.to_dict()
        except (AttributeError, TypeError):
            program = cast(Any, self.program)

        try:
            reward: dict[str, Any] | None | Unset
            if isinstance(self.reward, Unset):
                reward = UNSET
            elif isinstance(self.reward, RewardV2):
                reward = self.reward.to_dict()
            else:
                reward = self.reward
        except (AttributeError, TypeError):
            reward = cast(Any, self.reward)

        try:
            program_reward: dict[str, Any] | None | Unset
            if isinstance(self.program_reward, Unset):
                program_reward = UNSET
            elif isinstance(self.program_reward, ProgramAssignment):
                program_reward = self.program_reward.to_dict()
            else:
                program_reward = self.program_reward
        except (AttributeError, TypeError):
            program_reward = cast(Any, self.program_reward)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(program, Unset):
            field_dict["program"] = program
        if reward is not UNSET:
            field_dict["reward"] = reward
        if program_reward is not UNSET:
            field_dict["program_reward"] = program_reward

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):
            src_dict = expect_object(src_dict)
        try:
            program = Program.from_dict(src_dict["program"])
        except DECODE_FAILURES as _failure:
            program = tolerate(_failure, "program", src_dict)

        try:

            def _parse_reward(data: object) -> None | RewardV2 | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                reward_type_0 = RewardV2.from_dict(data)

                return reward_type_0

            reward = _parse_reward(src_dict.get("reward", UNSET))
        except DECODE_FAILURES as _failure:
            reward = tolerate(_failure, "reward", src_dict)

        try:

            def _parse_program_reward(data: object) -> None | ProgramAssignment | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                program_reward_type_0 = ProgramAssignment.from_dict(data)

                return program_reward_type_0

            program_reward = _parse_program_reward(src_dict.get("program_reward", UNSET))
        except DECODE_FAILURES as _failure:
            program_reward = tolerate(_failure, "program_reward", src_dict)

        program_reward_updated_event_data = cls(program, reward, program_reward)

        if not src_dict.keys() <= _DECLARED_KEYS:
            program_reward_updated_event_data.additional_properties = {
                key: src_dict[key] for key in sorted(src_dict.keys() - _DECLARED_KEYS)
            }
        return program_reward_updated_event_data

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


from ..models.program import Program  # noqa: E402
from ..models.program_assignment import ProgramAssignment  # noqa: E402
from ..models.reward_v2 import RewardV2  # noqa: E402
