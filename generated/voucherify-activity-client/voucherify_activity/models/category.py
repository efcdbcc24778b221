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

T = TypeVar("T", bound="Category")


_DECLARED_KEYS = frozenset({"id", "name", "hierarchy", "created_at", "updated_at", "object"})


@_attrs_define
class Category:
    """
    Attributes:
        id (str):  Example: cat_0b688929a2476386a6.
        name (str):  Example: Seasonal.
        hierarchy (int | Unset):
        created_at (datetime.datetime | Unset):  Example: 2022-07-14T10:45:13.156Z.
        updated_at (datetime.datetime | Unset):  Example: 2022-08-16T10:52:08.094Z.
        object_ (Literal['category'] | Unset):
    """

    id: str
    name: str
    hierarchy: int | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    object_: Literal["category"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "id": "id",
        "name": "name",
        "hierarchy": "hierarchy",
        "created_at": "created_at",
        "updated_at": "updated_at",
        "object_": "object",
    }

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        hierarchy = self.hierarchy

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        object_ = self.object_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if hierarchy is not UNSET:
            field_dict["hierarchy"] = hierarchy
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
            name = src_dict["name"]
            if not isinstance(name, str):
                raise wrong_type("string", name)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "name", src_dict)

        try:
            hierarchy = src_dict.get("hierarchy", UNSET)
            if hierarchy is not UNSET and (
                not isinstance(hierarchy, int) or isinstance(hierarchy, bool)
            ):
                raise wrong_type("integer", hierarchy)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "hierarchy", src_dict)

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
            _updated_at = src_dict.get("updated_at", UNSET)
            updated_at: datetime.datetime | Unset
            if isinstance(_updated_at, Unset):
                updated_at = UNSET
            else:
                updated_at = datetime.datetime.fromisoformat(_updated_at)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "updated_at", src_dict)

        try:
            object_ = src_dict.get("object", UNSET)
            if object_ != "category" and not isinstance(object_, Unset):
                raise ValueError(f"object must match const 'category', got '{object_}'")
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "object", src_dict)

        category = cls(id, name, hierarchy, created_at, updated_at, object_)

        if not src_dict.keys() <= _DECLARED_KEYS:
            category.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS
            }
        return category

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
