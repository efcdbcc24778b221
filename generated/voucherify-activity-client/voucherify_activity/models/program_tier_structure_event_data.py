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

T = TypeVar("T", bound="ProgramTierStructureEventData")


_DECLARED_KEYS = frozenset({"program", "tier_structure", "program_tier_structure"})


@_attrs_define
class ProgramTierStructureEventData:
    """
    Attributes:
        program (Program):
        tier_structure (TierStructure): Tier structure snapshot; only the common fields are listed.
        program_tier_structure (ProgramAssignment): Link between the program and an assigned resource
            (`program_card_definition`,
            `program_earning_rule`, `program_reward`, `program_tier_structure`); it names the
            resource by the matching `*_id`. Reward assignments also carry costs and stock.
    """

    program: Program
    tier_structure: TierStructure
    program_tier_structure: ProgramAssignment
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            program = self.program.to_dict()
        except (AttributeError, TypeError):
            program = cast(Any, self.program)

        try:
            tier_structure = self.tier_structure.to_dict()
        except (AttributeError, TypeError):
            tier_structure = cast(Any, self.tier_structure)

        try:
            program_tier_structure = self.program_tier_structure.to_dict()
        except (AttributeError, TypeError):
            program_tier_structure = cast(Any, self.program_tier_structure)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(program, Unset):
            field_dict["program"] = program
        if not isinstance(tier_structure, Unset):
            field_dict["tier_structure"] = tier_structure
        if not isinstance(program_tier_structure, Unset):
            field_dict["program_tier_structure"] = program_tier_structure

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
            tier_structure = TierStructure.from_dict(src_dict["tier_structure"])
        except DECODE_FAILURES as _failure:
            tier_structure = tolerate(_failure, "tier_structure", src_dict)

        try:
            program_tier_structure = ProgramAssignment.from_dict(src_dict["program_tier_structure"])
        except DECODE_FAILURES as _failure:
            program_tier_structure = tolerate(_failure, "program_tier_structure", src_dict)

        program_tier_structure_event_data = cls(program, tier_structure, program_tier_structure)

        if not src_dict.keys() <= _DECLARED_KEYS:
            program_tier_structure_event_data.additional_properties = {
                key: src_dict[key] for key in sorted(src_dict.keys() - _DECLARED_KEYS)
            }
        return program_tier_structure_event_data

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
from ..models.tier_structure import TierStructure  # noqa: E402
