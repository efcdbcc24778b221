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

T = TypeVar("T", bound="ProgramCardDefinitionEventData")


_DECLARED_KEYS = frozenset({"program", "card_definition", "program_card_definition"})


@_attrs_define
class ProgramCardDefinitionEventData:
    """
    Attributes:
        program (Program):
        card_definition (CardDefinition): Card definition snapshot (loyalty card template); only the common fields are
            listed.
        program_card_definition (ProgramAssignment): Link between the program and an assigned resource
            (`program_card_definition`,
            `program_earning_rule`, `program_reward`, `program_tier_structure`); it names the
            resource by the matching `*_id`. Reward assignments also carry costs and stock.
    """

    program: Program
    card_definition: CardDefinition
    program_card_definition: ProgramAssignment
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            program = self.program.to_dict()
        except (AttributeError, TypeError):
            program = cast(Any, self.program)

        try:
            card_definition = self.card_definition.to_dict()
        except (AttributeError, TypeError):
            card_definition = cast(Any, self.card_definition)

        try:
            program_card_definition = self.program_card_definition.to_dict()
        except (AttributeError, TypeError):
            program_card_definition = cast(Any, self.program_card_definition)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(program, Unset):
            field_dict["program"] = program
        if not isinstance(card_definition, Unset):
            field_dict["card_definition"] = card_definition
        if not isinstance(program_card_definition, Unset):
            field_dict["program_card_definition"] = program_card_definition

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
            card_definition = CardDefinition.from_dict(src_dict["card_definition"])
        except DECODE_FAILURES as _failure:
            card_definition = tolerate(_failure, "card_definition", src_dict)

        try:
            program_card_definition = ProgramAssignment.from_dict(
                src_dict["program_card_definition"]
            )
        except DECODE_FAILURES as _failure:
            program_card_definition = tolerate(_failure, "program_card_definition", src_dict)

        program_card_definition_event_data = cls(program, card_definition, program_card_definition)

        if not src_dict.keys() <= _DECLARED_KEYS:
            program_card_definition_event_data.additional_properties = {
                key: src_dict[key] for key in sorted(src_dict.keys() - _DECLARED_KEYS)
            }
        return program_card_definition_event_data

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


from ..models.card_definition import CardDefinition  # noqa: E402
from ..models.program import Program  # noqa: E402
from ..models.program_assignment import ProgramAssignment  # noqa: E402
