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

T = TypeVar("T", bound="CustomEventReferral")


_DECLARED_KEYS = frozenset({"referrer_id", "code", "id"})


@_attrs_define
class CustomEventReferral:
    """
    Attributes:
        referrer_id (None | str | Unset):  Example: cust_nM4jqPiaXUvQdVSA6vTRUnix.
        code (None | str | Unset):  Example: REF-9KD2.
        id (str | Unset):  Example: v_Bw3qWZWv47yb1Onra8F2LlFI1enLakfA.
    """

    referrer_id: None | str | Unset = UNSET
    code: None | str | Unset = UNSET
    id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            referrer_id: None | str | Unset
            if isinstance(self.referrer_id, Unset):
                referrer_id = UNSET
            else:
                referrer_id = self.referrer_id
        except (AttributeError, TypeError):
            referrer_id = cast(Any, self.referrer_id)

        try:
            code: None | str | Unset
            if isinstance(self.code, Unset):
                code = UNSET
            else:
                code = self.code
        except (AttributeError, TypeError):
            code = cast(Any, self.code)

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if referrer_id is not UNSET:
            field_dict["referrer_id"] = referrer_id
        if code is not UNSET:
            field_dict["code"] = code
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):
            src_dict = expect_object(src_dict)
        try:

            def _parse_referrer_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise wrong_type("string or null", data)

            referrer_id = _parse_referrer_id(src_dict.get("referrer_id", UNSET))
        except DECODE_FAILURES as _failure:
            referrer_id = tolerate(_failure, "referrer_id", src_dict)

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

        try:
            id = src_dict.get("id", UNSET)
            if id is not UNSET and not isinstance(id, str):
                raise wrong_type("string", id)
        except DECODE_FAILURES as _failure:
            id = tolerate(_failure, "id", src_dict)

        custom_event_referral = cls(referrer_id, code, id)

        if not src_dict.keys() <= _DECLARED_KEYS:
            custom_event_referral.additional_properties = {
                key: src_dict[key] for key in sorted(src_dict.keys() - _DECLARED_KEYS)
            }
        return custom_event_referral

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
