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

T = TypeVar("T", bound="EarningRuleV2")


_DECLARED_KEYS = frozenset(
    {"id", "name", "status", "metadata", "created_at", "updated_at", "object"}
)


@_attrs_define
class EarningRuleV2:
    """Loyalty v2 earning rule snapshot; only the common fields are listed.

    Attributes:
        id (str):  Example: lern_3b5d7f9a1c2e4f60.
        name (str | Unset):  Example: 1 point per 1 EUR.
        status (str | Unset):  Example: ACTIVE.
        metadata (EarningRuleV2Metadata | Unset):
        created_at (datetime.datetime | Unset):  Example: 2023-11-28T16:00:00Z.
        updated_at (datetime.datetime | None | Unset):  Example: 2023-11-29T10:00:00Z.
        object_ (str | Unset):  Example: earning_rule.
    """

    id: str
    name: str | Unset = UNSET
    status: str | Unset = UNSET
    metadata: EarningRuleV2Metadata | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    object_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "id": "id",
        "name": "name",
        "status": "status",
        "metadata": "metadata",
        "created_at": "created_at",
        "updated_at": "updated_at",
        "object_": "object",
    }

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        status = self.status

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

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
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if status is not UNSET:
            field_dict["status"] = status
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
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
            raise field_error(_failure, "id", src_dict)

        try:
            name = src_dict.get("name", UNSET)
            if name is not UNSET and not isinstance(name, str):
                raise wrong_type("string", name)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "name", src_dict)

        try:
            status = src_dict.get("status", UNSET)
            if status is not UNSET and not isinstance(status, str):
                raise wrong_type("string", status)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "status", src_dict)

        try:
            _metadata = src_dict.get("metadata", UNSET)
            metadata: EarningRuleV2Metadata | Unset
            if isinstance(_metadata, Unset):
                metadata = UNSET
            else:
                metadata = EarningRuleV2Metadata.from_dict(_metadata)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "metadata", src_dict)

        try:
            _created_at = src_dict.get("created_at", UNSET)
            created_at: datetime.datetime | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = datetime.datetime.fromisoformat(_created_at)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "created_at", src_dict)

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

        earning_rule_v2 = cls(id, name, status, metadata, created_at, updated_at, object_)

        if not src_dict.keys() <= _DECLARED_KEYS:
            earning_rule_v2.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS
            }
        return earning_rule_v2

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


from ..models.earning_rule_v2_metadata import EarningRuleV2Metadata  # noqa: E402
