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

T = TypeVar("T", bound="EventSourceApiKey")


_DECLARED_KEYS = frozenset({"name", "app_id", "client_app_id"})


@_attrs_define
class EventSourceApiKey:
    """
    Attributes:
        name (None | str | Unset):  Example: Storefront.
        app_id (None | str | Unset):  Example: 1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d.
        client_app_id (None | str | Unset):  Example: 9f8e7d6c-5b4a-4c3d-8e2f-1a0b9c8d7e6f.
    """

    name: None | str | Unset = UNSET
    app_id: None | str | Unset = UNSET
    client_app_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            name: None | str | Unset
            if isinstance(self.name, Unset):
                name = UNSET
            else:
                name = self.name
        except (AttributeError, TypeError):
            name = cast(Any, self.name)

        try:
            app_id: None | str | Unset
            if isinstance(self.app_id, Unset):
                app_id = UNSET
            else:
                app_id = self.app_id
        except (AttributeError, TypeError):
            app_id = cast(Any, self.app_id)

        try:
            client_app_id: None | str | Unset
            if isinstance(self.client_app_id, Unset):
                client_app_id = UNSET
            else:
                client_app_id = self.client_app_id
        except (AttributeError, TypeError):
            client_app_id = cast(Any, self.client_app_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not UNSET:
            field_dict["name"] = name
        if app_id is not UNSET:
            field_dict["app_id"] = app_id
        if client_app_id is not UNSET:
            field_dict["client_app_id"] = client_app_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):
            src_dict = expect_object(src_dict)
        try:

            def _parse_name(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise wrong_type("string or null", data)

            name = _parse_name(src_dict.get("name", UNSET))
        except DECODE_FAILURES as _failure:
            name = tolerate(_failure, "name", src_dict)

        try:

            def _parse_app_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise wrong_type("string or null", data)

            app_id = _parse_app_id(src_dict.get("app_id", UNSET))
        except DECODE_FAILURES as _failure:
            app_id = tolerate(_failure, "app_id", src_dict)

        try:

            def _parse_client_app_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise wrong_type("string or null", data)

            client_app_id = _parse_client_app_id(src_dict.get("client_app_id", UNSET))
        except DECODE_FAILURES as _failure:
            client_app_id = tolerate(_failure, "client_app_id", src_dict)

        event_source_api_key = cls(name, app_id, client_app_id)

        if not src_dict.keys() <= _DECLARED_KEYS:
            event_source_api_key.additional_properties = {
                key: src_dict[key] for key in sorted(src_dict.keys() - _DECLARED_KEYS)
            }
        return event_source_api_key

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
