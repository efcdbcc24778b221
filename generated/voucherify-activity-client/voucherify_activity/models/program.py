from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decoding import (
    DECODE_FAILURES,
    expect_object,
    field_error,
    wrong_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="Program")


_DECLARED_KEYS = frozenset(
    {
        "id",
        "name",
        "status",
        "created_at",
        "start_date",
        "end_date",
        "metadata",
        "updated_at",
        "object",
    }
)


@_attrs_define
class Program:
    """
    Attributes:
        id (str):  Example: lprg_0f8d3a8c1e2b4a5d.
        name (str):  Example: Coffee Club.
        status (str): `DRAFT`, `ACTIVE`, `INACTIVE` or `DELETED` (BETA: not closed as an enum). Example: DRAFT.
        created_at (datetime.datetime):  Example: 2023-12-01T09:30:00Z.
        start_date (datetime.datetime | None | Unset):  Example: 2024-01-01T00:00:00Z.
        end_date (datetime.datetime | None | Unset):  Example: 2024-12-31T23:59:59Z.
        metadata (ProgramMetadata | Unset):
        updated_at (datetime.datetime | None | Unset):  Example: 2024-01-01T00:00:00Z.
        object_ (str | Unset):  Example: program.
    """

    id: str
    name: str
    status: str
    created_at: datetime.datetime
    start_date: datetime.datetime | None | Unset = UNSET
    end_date: datetime.datetime | None | Unset = UNSET
    metadata: ProgramMetadata | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    object_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "id": "id",
        "name": "name",
        "status": "status",
        "created_at": "created_at",
        "start_date": "start_date",
        "end_date": "end_date",
        "metadata": "metadata",
        "updated_at": "updated_at",
        "object_": "object",
    }

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        status = self.status

        created_at = self.created_at.isoformat()

        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        elif isinstance(self.start_date, datetime.datetime):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        elif isinstance(self.end_date, datetime.datetime):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        object_ = self.object_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "status": status,
                "created_at": created_at,
            }
        )
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
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
            raise field_error(_failure, "id", src_dict)

        try:
            name = src_dict["name"]
            if not isinstance(name, str):
                raise wrong_type("string", name)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "name", src_dict)

        try:
            status = src_dict["status"]
            if not isinstance(status, str):
                raise wrong_type("string", status)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "status", src_dict)

        try:
            created_at = datetime.datetime.fromisoformat(src_dict["created_at"])
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "created_at", src_dict)

        try:

            def _parse_start_date(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise wrong_type("date-time string or null", data)
                start_date_type_0 = datetime.datetime.fromisoformat(data)

                return start_date_type_0

            start_date = _parse_start_date(src_dict.get("start_date", UNSET))
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "start_date", src_dict)

        try:

            def _parse_end_date(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise wrong_type("date-time string or null", data)
                end_date_type_0 = datetime.datetime.fromisoformat(data)

                return end_date_type_0

            end_date = _parse_end_date(src_dict.get("end_date", UNSET))
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "end_date", src_dict)

        try:
            _metadata = src_dict.get("metadata", UNSET)
            metadata: ProgramMetadata | Unset
            if isinstance(_metadata, Unset):
                metadata = UNSET
            else:
                metadata = ProgramMetadata.from_dict(_metadata)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "metadata", src_dict)

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

        try:
            object_ = src_dict.get("object", UNSET)
            if object_ is not UNSET and not isinstance(object_, str):
                raise wrong_type("string", object_)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "object", src_dict)

        program = cls(
            id, name, status, created_at, start_date, end_date, metadata, updated_at, object_
        )

        if not src_dict.keys() <= _DECLARED_KEYS:
            program.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS
            }
        return program

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


from ..models.program_metadata import ProgramMetadata  # noqa: E402
