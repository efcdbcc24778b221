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

T = TypeVar("T", bound="CustomerAddress")


_DECLARED_KEYS = frozenset({"city", "state", "line_1", "line_2", "country", "postal_code"})


@_attrs_define
class CustomerAddress:
    """
    Attributes:
        city (None | str | Unset):  Example: Warsaw.
        state (None | str | Unset):  Example: Mazovia.
        line_1 (None | str | Unset):  Example: Prosta 20.
        line_2 (None | str | Unset):  Example: Floor 3.
        country (None | str | Unset):  Example: PL.
        postal_code (None | str | Unset):  Example: 00-850.
    """

    city: None | str | Unset = UNSET
    state: None | str | Unset = UNSET
    line_1: None | str | Unset = UNSET
    line_2: None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    postal_code: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            city: None | str | Unset
            if isinstance(self.city, Unset):
                city = UNSET
            else:
                city = self.city
        except (AttributeError, TypeError):
            city = cast(Any, self.city)

        try:
            state: None | str | Unset
            if isinstance(self.state, Unset):
                state = UNSET
            else:
                state = self.state
        except (AttributeError, TypeError):
            state = cast(Any, self.state)

        try:
            line_1: None | str | Unset
            if isinstance(self.line_1, Unset):
                line_1 = UNSET
            else:
                line_1 = self.line_1
        except (AttributeError, TypeError):
            line_1 = cast(Any, self.line_1)

        try:
            line_2: None | str | Unset
            if isinstance(self.line_2, Unset):
                line_2 = UNSET
            else:
                line_2 = self.line_2
        except (AttributeError, TypeError):
            line_2 = cast(Any, self.line_2)

        try:
            country: None | str | Unset
            if isinstance(self.country, Unset):
                country = UNSET
            else:
                country = self.country
        except (AttributeError, TypeError):
            country = cast(Any, self.country)

        try:
            postal_code: None | str | Unset
            if isinstance(self.postal_code, Unset):
                postal_code = UNSET
            else:
                postal_code = self.postal_code
        except (AttributeError, TypeError):
            postal_code = cast(Any, self.postal_code)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if city is not UNSET:
            field_dict["city"] = city
        if state is not UNSET:
            field_dict["state"] = state
        if line_1 is not UNSET:
            field_dict["line_1"] = line_1
        if line_2 is not UNSET:
            field_dict["line_2"] = line_2
        if country is not UNSET:
            field_dict["country"] = country
        if postal_code is not UNSET:
            field_dict["postal_code"] = postal_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):
            src_dict = expect_object(src_dict)
        try:

            def _parse_city(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise wrong_type("string or null", data)

            city = _parse_city(src_dict.get("city", UNSET))
        except DECODE_FAILURES as _failure:
            city = tolerate(_failure, "city", src_dict)

        try:

            def _parse_state(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise wrong_type("string or null", data)

            state = _parse_state(src_dict.get("state", UNSET))
        except DECODE_FAILURES as _failure:
            state = tolerate(_failure, "state", src_dict)

        try:

            def _parse_line_1(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise wrong_type("string or null", data)

            line_1 = _parse_line_1(src_dict.get("line_1", UNSET))
        except DECODE_FAILURES as _failure:
            line_1 = tolerate(_failure, "line_1", src_dict)

        try:

            def _parse_line_2(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise wrong_type("string or null", data)

            line_2 = _parse_line_2(src_dict.get("line_2", UNSET))
        except DECODE_FAILURES as _failure:
            line_2 = tolerate(_failure, "line_2", src_dict)

        try:

            def _parse_country(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise wrong_type("string or null", data)

            country = _parse_country(src_dict.get("country", UNSET))
        except DECODE_FAILURES as _failure:
            country = tolerate(_failure, "country", src_dict)

        try:

            def _parse_postal_code(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise wrong_type("string or null", data)

            postal_code = _parse_postal_code(src_dict.get("postal_code", UNSET))
        except DECODE_FAILURES as _failure:
            postal_code = tolerate(_failure, "postal_code", src_dict)

        customer_address = cls(city, state, line_1, line_2, country, postal_code)

        if not src_dict.keys() <= _DECLARED_KEYS:
            customer_address.additional_properties = {
                key: src_dict[key] for key in sorted(src_dict.keys() - _DECLARED_KEYS)
            }
        return customer_address

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
