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

T = TypeVar("T", bound="CustomerAddress")


_DECLARED_KEYS = frozenset({"city", "state", "line_1", "line_2", "country", "postal_code"})


@_attrs_define
class CustomerAddress:
    """
    Attributes:
        city (str | Unset):  Example: Warsaw.
        state (str | Unset):  Example: Mazovia.
        line_1 (str | Unset):  Example: Prosta 20.
        line_2 (str | Unset):  Example: Floor 3.
        country (str | Unset):  Example: PL.
        postal_code (str | Unset):  Example: 00-850.
    """

    city: str | Unset = UNSET
    state: str | Unset = UNSET
    line_1: str | Unset = UNSET
    line_2: str | Unset = UNSET
    country: str | Unset = UNSET
    postal_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "city": "city",
        "state": "state",
        "line_1": "line_1",
        "line_2": "line_2",
        "country": "country",
        "postal_code": "postal_code",
    }

    def to_dict(self) -> dict[str, Any]:
        city = self.city

        state = self.state

        line_1 = self.line_1

        line_2 = self.line_2

        country = self.country

        postal_code = self.postal_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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
            city = src_dict.get("city", UNSET)
            if city is not UNSET and not isinstance(city, str):
                raise wrong_type("string", city)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "city", src_dict)

        try:
            state = src_dict.get("state", UNSET)
            if state is not UNSET and not isinstance(state, str):
                raise wrong_type("string", state)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "state", src_dict)

        try:
            line_1 = src_dict.get("line_1", UNSET)
            if line_1 is not UNSET and not isinstance(line_1, str):
                raise wrong_type("string", line_1)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "line_1", src_dict)

        try:
            line_2 = src_dict.get("line_2", UNSET)
            if line_2 is not UNSET and not isinstance(line_2, str):
                raise wrong_type("string", line_2)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "line_2", src_dict)

        try:
            country = src_dict.get("country", UNSET)
            if country is not UNSET and not isinstance(country, str):
                raise wrong_type("string", country)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "country", src_dict)

        try:
            postal_code = src_dict.get("postal_code", UNSET)
            if postal_code is not UNSET and not isinstance(postal_code, str):
                raise wrong_type("string", postal_code)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "postal_code", src_dict)

        customer_address = cls(city, state, line_1, line_2, country, postal_code)

        if not src_dict.keys() <= _DECLARED_KEYS:
            customer_address.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS
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
