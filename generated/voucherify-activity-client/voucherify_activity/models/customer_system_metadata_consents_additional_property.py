from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decoding import (
    DECODE_FAILURES,
    expect_object,
    parse_datetime,
    wrong_type,
)
from .._deviations import tolerate
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerSystemMetadataConsentsAdditionalProperty")


_DECLARED_KEYS = frozenset({"date", "value"})


@_attrs_define
class CustomerSystemMetadataConsentsAdditionalProperty:
    """
    Attributes:
        date (datetime.datetime | None | Unset):  Example: 2022-05-10T08:50:10.338Z.
        value (bool | None | Unset): `true` if accepted, `false` if rejected.
    """

    date: datetime.datetime | None | Unset = UNSET
    value: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            date: None | str | Unset
            if isinstance(self.date, Unset):
                date = UNSET
            elif isinstance(self.date, datetime.datetime):
                date = self.date.isoformat()
            else:
                date = self.date
        except (AttributeError, TypeError):
            date = cast(Any, self.date)

        try:
            value: bool | None | Unset
            if isinstance(self.value, Unset):
                value = UNSET
            else:
                value = self.value
        except (AttributeError, TypeError):
            value = cast(Any, self.value)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if date is not UNSET:
            field_dict["date"] = date
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):
            src_dict = expect_object(src_dict)
        try:

            def _parse_date(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise wrong_type("date-time string or null", data)
                date_type_0 = parse_datetime(data)

                return date_type_0

            date = _parse_date(src_dict.get("date", UNSET))
        except DECODE_FAILURES as _failure:
            date = tolerate(_failure, "date", src_dict)

        try:

            def _parse_value(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, bool):
                    return data
                raise wrong_type("boolean or null", data)

            value = _parse_value(src_dict.get("value", UNSET))
        except DECODE_FAILURES as _failure:
            value = tolerate(_failure, "value", src_dict)

        customer_system_metadata_consents_additional_property = cls(date, value)

        if not src_dict.keys() <= _DECLARED_KEYS:
            customer_system_metadata_consents_additional_property.additional_properties = {
                key: src_dict[key] for key in sorted(src_dict.keys() - _DECLARED_KEYS)
            }
        return customer_system_metadata_consents_additional_property

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
