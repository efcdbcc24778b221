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

T = TypeVar("T", bound="CustomerAssets")


_DECLARED_KEYS = frozenset({"cockpit_url", "cockpit_preference_center_url"})


@_attrs_define
class CustomerAssets:
    """
    Attributes:
        cockpit_url (None | str | Unset):  Example: https://cockpit.example.com/cust_CSnYd37MXmrbS19XCrghjBsv.
        cockpit_preference_center_url (None | str | Unset):  Example:
            https://cockpit.example.com/cust_CSnYd37MXmrbS19XCrghjBsv/preferences.
    """

    cockpit_url: None | str | Unset = UNSET
    cockpit_preference_center_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            cockpit_url: None | str | Unset
            if isinstance(self.cockpit_url, Unset):
                cockpit_url = UNSET
            else:
                cockpit_url = self.cockpit_url
        except (AttributeError, TypeError):
            cockpit_url = cast(Any, self.cockpit_url)

        try:
            cockpit_preference_center_url: None | str | Unset
            if isinstance(self.cockpit_preference_center_url, Unset):
                cockpit_preference_center_url = UNSET
            else:
                cockpit_preference_center_url = self.cockpit_preference_center_url
        except (AttributeError, TypeError):
            cockpit_preference_center_url = cast(Any, self.cockpit_preference_center_url)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if cockpit_url is not UNSET:
            field_dict["cockpit_url"] = cockpit_url
        if cockpit_preference_center_url is not UNSET:
            field_dict["cockpit_preference_center_url"] = cockpit_preference_center_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):
            src_dict = expect_object(src_dict)
        try:

            def _parse_cockpit_url(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise wrong_type("string or null", data)

            cockpit_url = _parse_cockpit_url(src_dict.get("cockpit_url", UNSET))
        except DECODE_FAILURES as _failure:
            cockpit_url = tolerate(_failure, "cockpit_url", src_dict)

        try:

            def _parse_cockpit_preference_center_url(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise wrong_type("string or null", data)

            cockpit_preference_center_url = _parse_cockpit_preference_center_url(
                src_dict.get("cockpit_preference_center_url", UNSET)
            )
        except DECODE_FAILURES as _failure:
            cockpit_preference_center_url = tolerate(
                _failure, "cockpit_preference_center_url", src_dict
            )

        customer_assets = cls(cockpit_url, cockpit_preference_center_url)

        if not src_dict.keys() <= _DECLARED_KEYS:
            customer_assets.additional_properties = {
                key: src_dict[key] for key in sorted(src_dict.keys() - _DECLARED_KEYS)
            }
        return customer_assets

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
