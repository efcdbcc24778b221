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

T = TypeVar("T", bound="EarningRuleCustomEvent")


_DECLARED_KEYS = frozenset({"schema_id"})


@_attrs_define
class EarningRuleCustomEvent:
    """
    Attributes:
        schema_id (None | str | Unset):  Example: ms_Ll9enAm2BCN0M1s4VxWobLFM.
    """

    schema_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            schema_id: None | str | Unset
            if isinstance(self.schema_id, Unset):
                schema_id = UNSET
            else:
                schema_id = self.schema_id
        except (AttributeError, TypeError):
            schema_id = cast(Any, self.schema_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if schema_id is not UNSET:
            field_dict["schema_id"] = schema_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):
            src_dict = expect_object(src_dict)
        try:

            def _parse_schema_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise wrong_type("string or null", data)

            schema_id = _parse_schema_id(src_dict.get("schema_id", UNSET))
        except DECODE_FAILURES as _failure:
            schema_id = tolerate(_failure, "schema_id", src_dict)

        earning_rule_custom_event = cls(schema_id)

        if not src_dict.keys() <= _DECLARED_KEYS:
            earning_rule_custom_event.additional_properties = {
                key: src_dict[key] for key in sorted(src_dict.keys() - _DECLARED_KEYS)
            }
        return earning_rule_custom_event

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
