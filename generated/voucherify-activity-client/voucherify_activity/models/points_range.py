from __future__ import annotations

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

T = TypeVar("T", bound="PointsRange")


_DECLARED_KEYS = frozenset({"from", "to"})


@_attrs_define
class PointsRange:
    """
    Attributes:
        from_ (int | Unset):  Example: 1000.
        to (int | Unset):  Example: 4999.
    """

    from_: int | Unset = UNSET
    to: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "from_": "from",
        "to": "to",
    }

    def to_dict(self) -> dict[str, Any]:
        from_ = self.from_

        to = self.to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if from_ is not UNSET:
            field_dict["from"] = from_
        if to is not UNSET:
            field_dict["to"] = to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):
            src_dict = expect_object(src_dict)
        try:
            from_ = src_dict.get("from", UNSET)
            if from_ is not UNSET and (not isinstance(from_, int) or isinstance(from_, bool)):
                raise wrong_type("integer", from_)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "from", src_dict)

        try:
            to = src_dict.get("to", UNSET)
            if to is not UNSET and (not isinstance(to, int) or isinstance(to, bool)):
                raise wrong_type("integer", to)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "to", src_dict)

        points_range = cls(from_, to)

        if not src_dict.keys() <= _DECLARED_KEYS:
            points_range.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS
            }
        return points_range

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
