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

T = TypeVar("T", bound="PromotionStackTiers")


_DECLARED_KEYS = frozenset({"ids", "hierarchy_mode"})


@_attrs_define
class PromotionStackTiers:
    """
    Attributes:
        ids (list[str] | None | Unset):
        hierarchy_mode (None | str | Unset):  Example: MANUAL.
    """

    ids: list[str] | None | Unset = UNSET
    hierarchy_mode: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            ids: list[str] | None | Unset
            if isinstance(self.ids, Unset):
                ids = UNSET
            elif isinstance(self.ids, list):
                ids = self.ids

            else:
                ids = self.ids
        except (AttributeError, TypeError):
            ids = cast(Any, self.ids)

        try:
            hierarchy_mode: None | str | Unset
            if isinstance(self.hierarchy_mode, Unset):
                hierarchy_mode = UNSET
            else:
                hierarchy_mode = self.hierarchy_mode
        except (AttributeError, TypeError):
            hierarchy_mode = cast(Any, self.hierarchy_mode)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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

            def _parse_ids(data: object) -> list[str] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, list):
                    raise wrong_type("array or null", data)
                ids_type_0 = cast(list[str], data)
                if not isinstance(ids_type_0, list):
                    raise wrong_type("array", ids_type_0)

                return ids_type_0

            ids = _parse_ids(src_dict.get("ids", UNSET))
        except DECODE_FAILURES as _failure:
            ids = tolerate(_failure, "ids", src_dict)

        try:

            def _parse_hierarchy_mode(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise wrong_type("string or null", data)

            hierarchy_mode = _parse_hierarchy_mode(src_dict.get("hierarchy_mode", UNSET))
        except DECODE_FAILURES as _failure:
            hierarchy_mode = tolerate(_failure, "hierarchy_mode", src_dict)

        promotion_stack_tiers = cls(ids, hierarchy_mode)

        if not src_dict.keys() <= _DECLARED_KEYS:
            promotion_stack_tiers.additional_properties = {
                key: src_dict[key] for key in sorted(src_dict.keys() - _DECLARED_KEYS)
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
