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

T = TypeVar("T", bound="CustomEventLoyalty")


_DECLARED_KEYS = frozenset({"code"})


@_attrs_define
class CustomEventLoyalty:
    """
    Attributes:
        code (None | str | Unset):  Example: CLUB-8H3K-22.
    """

    code: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            code: None | str | Unset
            if isinstance(self.code, Unset):
                code = UNSET
            else:
                code = self.code
        except (AttributeError, TypeError):
            code = cast(Any, self.code)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if code is not UNSET:
            field_dict["code"] = code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):
            src_dict = expect_object(src_dict)
        try:

            def _parse_code(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise wrong_type("string or null", data)

            code = _parse_code(src_dict.get("code", UNSET))
        except DECODE_FAILURES as _failure:
            code = tolerate(_failure, "code", src_dict)

        custom_event_loyalty = cls(code)

        if not src_dict.keys() <= _DECLARED_KEYS:
            custom_event_loyalty.additional_properties = {
                key: src_dict[key] for key in sorted(src_dict.keys() - _DECLARED_KEYS)
            }
        return custom_event_loyalty

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
