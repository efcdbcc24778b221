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
    parse_datetime,
    wrong_type,
)

T = TypeVar("T", bound="ProgramListCursor")


_DECLARED_KEYS = frozenset({"next", "expires_at"})


@_attrs_define
class ProgramListCursor:
    """
    Attributes:
        next_ (str):  Example: lcrsapr_5e7f9a1b3c5d7e9f.
        expires_at (datetime.datetime):
    """

    next_: str
    expires_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _STRICT_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "next",
            "expires_at",
        }
    )

    def to_dict(self) -> dict[str, Any]:
        next_ = self.next_

        expires_at = self.expires_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "next": next_,
                "expires_at": expires_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):
            src_dict = expect_object(src_dict)
        try:
            next_ = src_dict["next"]
            if not isinstance(next_, str):
                raise wrong_type("string", next_)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "next", src_dict)

        try:
            expires_at = parse_datetime(src_dict["expires_at"])
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "expires_at", src_dict)

        program_list_cursor = cls(next_, expires_at)

        if not src_dict.keys() <= _DECLARED_KEYS:
            program_list_cursor.additional_properties = {
                key: src_dict[key] for key in sorted(src_dict.keys() - _DECLARED_KEYS)
            }
        return program_list_cursor

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
