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

T = TypeVar("T", bound="ResourceReference")


_DECLARED_KEYS = frozenset({"id", "name", "type", "source_id"})


@_attrs_define
class ResourceReference:
    """Another object named by its ID, sometimes with its name, type or source ID.

    Attributes:
        id (str):  Example: ern_0c1d2e3f4a5b6c7d8c.
        name (None | str | Unset):  Example: Points per order.
        type_ (None | str | Unset):  Example: customer.order.paid.
        source_id (None | str | Unset):  Example: web-order-1042.
    """

    id: str
    name: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    source_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        try:
            name: None | str | Unset
            if isinstance(self.name, Unset):
                name = UNSET
            else:
                name = self.name
        except (AttributeError, TypeError):
            name = cast(Any, self.name)

        try:
            type_: None | str | Unset
            if isinstance(self.type_, Unset):
                type_ = UNSET
            else:
                type_ = self.type_
        except (AttributeError, TypeError):
            type_ = cast(Any, self.type_)

        try:
            source_id: None | str | Unset
            if isinstance(self.source_id, Unset):
                source_id = UNSET
            else:
                source_id = self.source_id
        except (AttributeError, TypeError):
            source_id = cast(Any, self.source_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if source_id is not UNSET:
            field_dict["source_id"] = source_id

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
            id = tolerate(_failure, "id", src_dict)

        try:

            def _parse_name(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise wrong_type("string or null", data)

            name = _parse_name(src_dict.get("name", UNSET))
        except DECODE_FAILURES as _failure:
            name = tolerate(_failure, "name", src_dict)

        try:

            def _parse_type_(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise wrong_type("string or null", data)

            type_ = _parse_type_(src_dict.get("type", UNSET))
        except DECODE_FAILURES as _failure:
            type_ = tolerate(_failure, "type", src_dict)

        try:

            def _parse_source_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise wrong_type("string or null", data)

            source_id = _parse_source_id(src_dict.get("source_id", UNSET))
        except DECODE_FAILURES as _failure:
            source_id = tolerate(_failure, "source_id", src_dict)

        resource_reference = cls(id, name, type_, source_id)

        if not src_dict.keys() <= _DECLARED_KEYS:
            resource_reference.additional_properties = {
                key: src_dict[key] for key in sorted(src_dict.keys() - _DECLARED_KEYS)
            }
        return resource_reference

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
