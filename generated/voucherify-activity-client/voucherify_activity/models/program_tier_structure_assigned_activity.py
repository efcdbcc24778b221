from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decoding import (
    DECODE_FAILURES,
    expect_object,
    parse_datetime,
    wrong_type,
)
from .._deviations import Deviation, tolerate, tolerate_envelope
from .._lazy import Deferred, resolved
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProgramTierStructureAssignedActivity")


_DECLARED_KEYS = frozenset({"id", "created_at", "type", "data", "group_id", "source", "program_id"})


@_attrs_define
class ProgramTierStructureAssignedActivity:
    """
    Attributes:
        id (str):  Example: laprg_0f8d3a8c1e2b4a5d7c.
        created_at (datetime.datetime):  Example: 2023-11-07T05:31:56Z.
        type_ (Literal['vl.program.tier_structure.assigned']):
        data (ProgramTierStructureEventData):
        group_id (None | str | Unset): Groups the activities recorded by one operation. Example: v-0e8b4c8f1f8a9e2b3c.
        source (None | ProgramActivitySource | Unset):
        program_id (None | str | Unset):  Example: lprg_0f8d3a8c1e2b4a5d.
    """

    id: str
    created_at: datetime.datetime
    type_: Literal["vl.program.tier_structure.assigned"]
    _data: ProgramTierStructureEventData | Deferred[ProgramTierStructureEventData] = _attrs_field(
        alias="data", eq=resolved
    )
    group_id: None | str | Unset = UNSET
    source: None | ProgramActivitySource | Unset = UNSET
    program_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    deviations: tuple[Deviation, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    DEFERRED_FIELDS: ClassVar[tuple[str, ...]] = ("data",)

    _STRICT_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "type",
            "created_at",
            "data",
        }
    )

    @property
    def data(self) -> ProgramTierStructureEventData:
        """Parsed from the response on first access."""
        value = self._data
        if isinstance(value, Deferred):
            value = self._data = value.resolve(self, "data")
        return value

    @data.setter
    def data(self, value: ProgramTierStructureEventData) -> None:
        self._data = value

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        try:
            created_at = self.created_at.isoformat()
        except (AttributeError, TypeError):
            created_at = cast(Any, self.created_at)

        type_ = self.type_

        try:
            data = self.data.to_dict()
        except (AttributeError, TypeError):
            data = cast(Any, self.data)

        try:
            group_id: None | str | Unset
            if isinstance(self.group_id, Unset):
                group_id = UNSET
            else:
                group_id = self.group_id
        except (AttributeError, TypeError):
            group_id = cast(Any, self.group_id)

        try:
            source: dict[str, Any] | None | Unset
            if isinstance(self.source, Unset):
                source = UNSET
            elif isinstance(self.source, ProgramActivitySource):
                source = self.source.to_dict()
            else:
                source = self.source
        except (AttributeError, TypeError):
            source = cast(Any, self.source)

        try:
            program_id: None | str | Unset
            if isinstance(self.program_id, Unset):
                program_id = UNSET
            else:
                program_id = self.program_id
        except (AttributeError, TypeError):
            program_id = cast(Any, self.program_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["id"] = id
        if not isinstance(created_at, Unset):
            field_dict["created_at"] = created_at
        if not isinstance(type_, Unset):
            field_dict["type"] = type_
        if not isinstance(data, Unset):
            field_dict["data"] = data
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if source is not UNSET:
            field_dict["source"] = source
        if program_id is not UNSET:
            field_dict["program_id"] = program_id

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
            id = tolerate_envelope(_failure, "id", src_dict)

        try:
            created_at = parse_datetime(src_dict["created_at"])
        except DECODE_FAILURES as _failure:
            created_at = tolerate_envelope(_failure, "created_at", src_dict)

        try:
            type_ = src_dict["type"]
            if type_ != "vl.program.tier_structure.assigned":
                raise ValueError(
                    f"type must match const 'vl.program.tier_structure.assigned', got '{type_}'"
                )
        except DECODE_FAILURES as _failure:
            type_ = tolerate_envelope(_failure, "type", src_dict)

        try:
            _data = src_dict["data"]
            if not isinstance(_data, dict):
                _data = expect_object(_data)
            data = Deferred(ProgramTierStructureEventData.from_dict, _data)
        except DECODE_FAILURES as _failure:
            data = tolerate_envelope(_failure, "data", src_dict)

        try:

            def _parse_group_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise wrong_type("string or null", data)

            group_id = _parse_group_id(src_dict.get("group_id", UNSET))
        except DECODE_FAILURES as _failure:
            group_id = tolerate(_failure, "group_id", src_dict)

        try:

            def _parse_source(data: object) -> None | ProgramActivitySource | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                source_type_0 = ProgramActivitySource.from_dict(data)

                return source_type_0

            source = _parse_source(src_dict.get("source", UNSET))
        except DECODE_FAILURES as _failure:
            source = tolerate(_failure, "source", src_dict)

        try:

            def _parse_program_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise wrong_type("string or null", data)

            program_id = _parse_program_id(src_dict.get("program_id", UNSET))
        except DECODE_FAILURES as _failure:
            program_id = tolerate(_failure, "program_id", src_dict)

        program_tier_structure_assigned_activity = cls(
            id, created_at, type_, data, group_id, source, program_id
        )

        if not src_dict.keys() <= _DECLARED_KEYS:
            program_tier_structure_assigned_activity.additional_properties = {
                key: src_dict[key] for key in sorted(src_dict.keys() - _DECLARED_KEYS)
            }
        return program_tier_structure_assigned_activity

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


from ..models.program_activity_source import ProgramActivitySource  # noqa: E402
from ..models.program_tier_structure_event_data import ProgramTierStructureEventData  # noqa: E402
