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

T = TypeVar("T", bound="EarningRuleSource")


_DECLARED_KEYS = frozenset({"banner", "object_id", "object_type"})


@_attrs_define
class EarningRuleSource:
    """
    Attributes:
        banner (None | str | Unset):  Example: Earn 1 point per 1 EUR.
        object_id (None | str | Unset):  Example: camp_weer1c3p5ZgktqfW56RfoNaG.
        object_type (None | str | Unset):  Example: campaign.
    """

    banner: None | str | Unset = UNSET
    object_id: None | str | Unset = UNSET
    object_type: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            banner: None | str | Unset
            if isinstance(self.banner, Unset):
                banner = UNSET
            else:
                banner = self.banner
        except (AttributeError, TypeError):
            banner = cast(Any, self.banner)

        try:
            object_id: None | str | Unset
            if isinstance(self.object_id, Unset):
                object_id = UNSET
            else:
                object_id = self.object_id
        except (AttributeError, TypeError):
            object_id = cast(Any, self.object_id)

        try:
            object_type: None | str | Unset
            if isinstance(self.object_type, Unset):
                object_type = UNSET
            else:
                object_type = self.object_type
        except (AttributeError, TypeError):
            object_type = cast(Any, self.object_type)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if banner is not UNSET:
            field_dict["banner"] = banner
        if object_id is not UNSET:
            field_dict["object_id"] = object_id
        if object_type is not UNSET:
            field_dict["object_type"] = object_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):
            src_dict = expect_object(src_dict)
        try:

            def _parse_banner(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise wrong_type("string or null", data)

            banner = _parse_banner(src_dict.get("banner", UNSET))
        except DECODE_FAILURES as _failure:
            banner = tolerate(_failure, "banner", src_dict)

        try:

            def _parse_object_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise wrong_type("string or null", data)

            object_id = _parse_object_id(src_dict.get("object_id", UNSET))
        except DECODE_FAILURES as _failure:
            object_id = tolerate(_failure, "object_id", src_dict)

        try:

            def _parse_object_type(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise wrong_type("string or null", data)

            object_type = _parse_object_type(src_dict.get("object_type", UNSET))
        except DECODE_FAILURES as _failure:
            object_type = tolerate(_failure, "object_type", src_dict)

        earning_rule_source = cls(banner, object_id, object_type)

        if not src_dict.keys() <= _DECLARED_KEYS:
            earning_rule_source.additional_properties = {
                key: src_dict[key] for key in sorted(src_dict.keys() - _DECLARED_KEYS)
            }
        return earning_rule_source

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
