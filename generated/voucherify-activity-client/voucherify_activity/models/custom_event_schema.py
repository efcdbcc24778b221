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

T = TypeVar("T", bound="CustomEventSchema")


_DECLARED_KEYS = frozenset({"id", "name"})


@_attrs_define
class CustomEventSchema:
    """Definition of a custom event type.

    Attributes:
        id (str | Unset):  Example: ms_Ll9enAm2BCN0M1s4VxWobLFM.
        name (None | str | Unset):  Example: user_subscribed.
    """

    id: str | Unset = UNSET
    name: None | str | Unset = UNSET
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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):
            src_dict = expect_object(src_dict)
        try:
            id = src_dict.get("id", UNSET)
            if id is not UNSET and not isinstance(id, str):
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

        custom_event_schema = cls(id, name)

        if not src_dict.keys() <= _DECLARED_KEYS:
            custom_event_schema.additional_properties = {
                key: src_dict[key] for key in sorted(src_dict.keys() - _DECLARED_KEYS)
            }
        return custom_event_schema

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
