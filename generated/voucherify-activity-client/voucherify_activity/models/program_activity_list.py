from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decoding import (
    DECODE_FAILURES,
    expect_object,
    field_error,
    tag_error,
    wrong_type,
)
from .._deviations import Deviation, page_deviations, salvage

T = TypeVar("T", bound="ProgramActivityList")


_DECLARED_KEYS = frozenset({"object", "data", "cursor"})


@_attrs_define
class ProgramActivityList:
    """One page of a loyalty program's activities.

    Attributes:
        object_ (Literal['list']):
        data (list[ProgramActivatedActivity | ProgramCardDefinitionAssignedActivity |
            ProgramCardDefinitionUnassignedActivity | ProgramCreatedActivity | ProgramDeactivatedActivity |
            ProgramDeletedActivity | ProgramEarningRuleAssignedActivity | ProgramEarningRuleUnassignedActivity |
            ProgramRewardAssignedActivity | ProgramRewardUnassignedActivity | ProgramRewardUpdatedActivity |
            ProgramTierStructureAssignedActivity | ProgramTierStructureUnassignedActivity | ProgramUpdatedActivity |
            UnknownProgramActivity]):
        cursor (None | ProgramListCursor):
    """

    object_: Literal["list"]
    data: list[
        ProgramActivatedActivity
        | ProgramCardDefinitionAssignedActivity
        | ProgramCardDefinitionUnassignedActivity
        | ProgramCreatedActivity
        | ProgramDeactivatedActivity
        | ProgramDeletedActivity
        | ProgramEarningRuleAssignedActivity
        | ProgramEarningRuleUnassignedActivity
        | ProgramRewardAssignedActivity
        | ProgramRewardUnassignedActivity
        | ProgramRewardUpdatedActivity
        | ProgramTierStructureAssignedActivity
        | ProgramTierStructureUnassignedActivity
        | ProgramUpdatedActivity
        | UnknownProgramActivity
    ]
    cursor: None | ProgramListCursor
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _STRICT_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "object",
            "data",
            "cursor",
        }
    )

    def to_dict(self) -> dict[str, Any]:
        object_ = self.object_

        data = []
        for data_item_data in self.data:
            data_item: dict[str, Any]
            if isinstance(data_item_data, ProgramCreatedActivity):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, ProgramUpdatedActivity):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, ProgramDeletedActivity):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, ProgramActivatedActivity):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, ProgramDeactivatedActivity):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, ProgramCardDefinitionAssignedActivity):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, ProgramCardDefinitionUnassignedActivity):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, ProgramEarningRuleAssignedActivity):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, ProgramEarningRuleUnassignedActivity):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, ProgramRewardAssignedActivity):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, ProgramRewardUnassignedActivity):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, ProgramRewardUpdatedActivity):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, ProgramTierStructureAssignedActivity):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, ProgramTierStructureUnassignedActivity):
                data_item = data_item_data.to_dict()
            else:
                data_item = data_item_data.to_dict()

            data.append(data_item)

        cursor: dict[str, Any] | None
        if isinstance(self.cursor, ProgramListCursor):
            cursor = self.cursor.to_dict()
        else:
            cursor = self.cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object": object_,
                "data": data,
                "cursor": cursor,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):
            src_dict = expect_object(src_dict)
        try:
            object_ = src_dict["object"]
            if object_ != "list":
                raise ValueError(f"object must match const 'list', got '{object_}'")
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "object", src_dict)

        try:
            _data = src_dict["data"]
            if not isinstance(_data, list):
                raise wrong_type("array", _data)
            _data_item_variants: dict[
                str,
                Callable[
                    [Mapping[str, Any]],
                    ProgramActivatedActivity
                    | ProgramCardDefinitionAssignedActivity
                    | ProgramCardDefinitionUnassignedActivity
                    | ProgramCreatedActivity
                    | ProgramDeactivatedActivity
                    | ProgramDeletedActivity
                    | ProgramEarningRuleAssignedActivity
                    | ProgramEarningRuleUnassignedActivity
                    | ProgramRewardAssignedActivity
                    | ProgramRewardUnassignedActivity
                    | ProgramRewardUpdatedActivity
                    | ProgramTierStructureAssignedActivity
                    | ProgramTierStructureUnassignedActivity
                    | ProgramUpdatedActivity
                    | UnknownProgramActivity,
                ],
            ] = {
                "vl.program.created": ProgramCreatedActivity.from_dict,
                "vl.program.updated": ProgramUpdatedActivity.from_dict,
                "vl.program.deleted": ProgramDeletedActivity.from_dict,
                "vl.program.activated": ProgramActivatedActivity.from_dict,
                "vl.program.deactivated": ProgramDeactivatedActivity.from_dict,
                "vl.program.card_definition.assigned": ProgramCardDefinitionAssignedActivity.from_dict,
                "vl.program.card_definition.unassigned": ProgramCardDefinitionUnassignedActivity.from_dict,
                "vl.program.earning_rule.assigned": ProgramEarningRuleAssignedActivity.from_dict,
                "vl.program.earning_rule.unassigned": ProgramEarningRuleUnassignedActivity.from_dict,
                "vl.program.reward.assigned": ProgramRewardAssignedActivity.from_dict,
                "vl.program.reward.unassigned": ProgramRewardUnassignedActivity.from_dict,
                "vl.program.reward.updated": ProgramRewardUpdatedActivity.from_dict,
                "vl.program.tier_structure.assigned": ProgramTierStructureAssignedActivity.from_dict,
                "vl.program.tier_structure.unassigned": ProgramTierStructureUnassignedActivity.from_dict,
            }

            def _parse_data_item(
                data: object,
            ) -> (
                ProgramActivatedActivity
                | ProgramCardDefinitionAssignedActivity
                | ProgramCardDefinitionUnassignedActivity
                | ProgramCreatedActivity
                | ProgramDeactivatedActivity
                | ProgramDeletedActivity
                | ProgramEarningRuleAssignedActivity
                | ProgramEarningRuleUnassignedActivity
                | ProgramRewardAssignedActivity
                | ProgramRewardUnassignedActivity
                | ProgramRewardUpdatedActivity
                | ProgramTierStructureAssignedActivity
                | ProgramTierStructureUnassignedActivity
                | ProgramUpdatedActivity
                | UnknownProgramActivity
            ):
                if not isinstance(data, dict):
                    data = expect_object(data)
                tag = data.get("type")
                if not isinstance(tag, str):
                    raise tag_error("type", data)
                parse = _data_item_variants.get(tag)
                if parse is not None:
                    return parse(data)
                return UnknownProgramActivity.from_dict(data)

            data = []
            for data_item_data in _data:
                try:
                    data_item = _parse_data_item(data_item_data)

                except DECODE_FAILURES as _failure:
                    data_item = salvage(
                        _failure, _data, data_item_data, UnknownProgramActivity.from_dict
                    )
                data.append(data_item)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "data", src_dict)

        try:

            def _parse_cursor(data: object) -> None | ProgramListCursor:
                if data is None:
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                cursor_type_0 = ProgramListCursor.from_dict(data)

                return cursor_type_0

            cursor = _parse_cursor(src_dict["cursor"])
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "cursor", src_dict)

        program_activity_list = cls(object_, data, cursor)

        if not src_dict.keys() <= _DECLARED_KEYS:
            program_activity_list.additional_properties = {
                key: src_dict[key] for key in sorted(src_dict.keys() - _DECLARED_KEYS)
            }
        return program_activity_list

    @property
    def deviations(self) -> list[Deviation]:
        """What of this page's activities breaks the spec, kept as received (default mode).

        Reads every activity's payload first, so that the list is complete.
        """
        return page_deviations(self.data)

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


from ..models.program_activated_activity import ProgramActivatedActivity  # noqa: E402
from ..models.program_card_definition_assigned_activity import ProgramCardDefinitionAssignedActivity  # noqa: E402
from ..models.program_card_definition_unassigned_activity import (
    ProgramCardDefinitionUnassignedActivity,  # noqa: E402
)
from ..models.program_created_activity import ProgramCreatedActivity  # noqa: E402
from ..models.program_deactivated_activity import ProgramDeactivatedActivity  # noqa: E402
from ..models.program_deleted_activity import ProgramDeletedActivity  # noqa: E402
from ..models.program_earning_rule_assigned_activity import ProgramEarningRuleAssignedActivity  # noqa: E402
from ..models.program_earning_rule_unassigned_activity import ProgramEarningRuleUnassignedActivity  # noqa: E402
from ..models.program_list_cursor import ProgramListCursor  # noqa: E402
from ..models.program_reward_assigned_activity import ProgramRewardAssignedActivity  # noqa: E402
from ..models.program_reward_unassigned_activity import ProgramRewardUnassignedActivity  # noqa: E402
from ..models.program_reward_updated_activity import ProgramRewardUpdatedActivity  # noqa: E402
from ..models.program_tier_structure_assigned_activity import ProgramTierStructureAssignedActivity  # noqa: E402
from ..models.program_tier_structure_unassigned_activity import (
    ProgramTierStructureUnassignedActivity,  # noqa: E402
)
from ..models.program_updated_activity import ProgramUpdatedActivity  # noqa: E402
from ..models.unknown_program_activity import UnknownProgramActivity  # noqa: E402
