from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decoding import (
    DECODE_FAILURES,
    expect_object,
    field_error,
    wrong_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PromotionStackTiers")


_DECLARED_KEYS = frozenset({"ids", "hierarchy_mode"})


@_attrs_define
class PromotionStackTiers:
    """
    Attributes:
        ids (list[str] | Unset):
        hierarchy_mode (str | Unset):  Example: MANUAL.
    """

    ids: list[str] | Unset = UNSET
    hierarchy_mode: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "ids": "ids",
        "hierarchy_mode": "hierarchy_mode",
    }

    def to_dict(self) -> dict[str, Any]:
        ids: list[str] | Unset = UNSET
        if not isinstance(self.ids, Unset):
            ids = self.ids

        hierarchy_mode = self.hierarchy_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ids is not UNSET:
            field_dict["ids"] = ids
        if hierarchy_mode is not UNSET:
            field_dict["hierarchy_mode"] = hierarchy_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):
            src_dict = expect_object(src_dict)
        try:
            ids = cast(list[str] | Unset, src_dict.get("ids", UNSET))
            if not isinstance(ids, list | Unset):
                raise wrong_type("array", ids)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "ids", src_dict)

        try:
            hierarchy_mode = src_dict.get("hierarchy_mode", UNSET)
            if hierarchy_mode is not UNSET and not isinstance(hierarchy_mode, str):
                raise wrong_type("string", hierarchy_mode)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "hierarchy_mode", src_dict)

        promotion_stack_tiers = cls(ids, hierarchy_mode)

        if not src_dict.keys() <= _DECLARED_KEYS:
            promotion_stack_tiers.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS
            }
        return promotion_stack_tiers

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
