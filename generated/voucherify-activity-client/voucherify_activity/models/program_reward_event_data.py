from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decoding import (
    DECODE_FAILURES,
    expect_object,
)
from .._deviations import tolerate
from ..types import Unset

T = TypeVar("T", bound="ProgramRewardEventData")


_DECLARED_KEYS = frozenset({"program", "reward", "program_reward"})


@_attrs_define
class ProgramRewardEventData:
    """
    Attributes:
        program (Program):
        reward (RewardV2): Loyalty v2 reward snapshot; only the common fields are listed.
        program_reward (ProgramAssignment): Link between the program and an assigned resource
            (`program_card_definition`,
            `program_earning_rule`, `program_reward`, `program_tier_structure`); it names the
            resource by the matching `*_id`. Reward assignments also carry costs and stock.
    """

    program: Program
    reward: RewardV2
    program_reward: ProgramAssignment
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            program = self.program.to_dict()
        except (AttributeError, TypeError):
            program = cast(Any, self.program)

        try:
            reward = self.reward.to_dict()
        except (AttributeError, TypeError):
            reward = cast(Any, self.reward)

        try:
            program_reward = self.program_reward.to_dict()
        except (AttributeError, TypeError):
            program_reward = cast(Any, self.program_reward)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(program, Unset):
            field_dict["program"] = program
        if not isinstance(reward, Unset):
            field_dict["reward"] = reward
        if not isinstance(program_reward, Unset):
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
            reward = RewardV2.from_dict(src_dict["reward"])
        except DECODE_FAILURES as _failure:
            reward = tolerate(_failure, "reward", src_dict)

        try:
            program_reward = ProgramAssignment.from_dict(src_dict["program_reward"])
        except DECODE_FAILURES as _failure:
            program_reward = tolerate(_failure, "program_reward", src_dict)

        program_reward_event_data = cls(program, reward, program_reward)

        if not src_dict.keys() <= _DECLARED_KEYS:
            program_reward_event_data.additional_properties = {
                key: src_dict[key] for key in sorted(src_dict.keys() - _DECLARED_KEYS)
            }
        return program_reward_event_data

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
