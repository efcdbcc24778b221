from __future__ import annotations

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

T = TypeVar("T", bound="Segment")


_DECLARED_KEYS = frozenset({"id", "name", "object"})


@_attrs_define
class Segment:
    """
    Attributes:
        id (str):  Example: seg_DNAOhUtJffvX0f57ajLMFBYR.
        name (str):  Example: Frequent buyers.
        object_ (Literal['segment']):
    """

    id: str
    name: str
    object_: Literal["segment"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "id": "id",
        "name": "name",
        "object_": "object",
    }

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        object_ = self.object_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "object": object_,
            }
        )

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
            object_ = src_dict["object"]
            if object_ != "segment":
                raise ValueError(f"object must match const 'segment', got '{object_}'")
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "object", src_dict)

        segment = cls(id, name, object_)

        if not src_dict.keys() <= _DECLARED_KEYS:
            segment.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS
            }
        return segment

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
