from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decoding import (
    DECODE_FAILURES,
    expect_object,
    wrong_type,
)
from .._deviations import tolerate
from ..types import UNSET, Unset

T = TypeVar("T", bound="Error")


_DECLARED_KEYS = frozenset(
    {"code", "key", "message", "details", "request_id", "resource_id", "resource_type"}
)


@_attrs_define
class Error:
    """Error body shared by every Voucherify endpoint.

    Attributes:
        code (int): HTTP status code. Example: 404.
        key (str): Short machine-readable error kind, e.g. `not_found`. Example: not_found.
        message (str):  Example: Resource not found.
        details (str | Unset):  Example: Cannot find customer with id cust_unknown.
        request_id (str | Unset): Quote this to Voucherify support. Example: v-0a885062c80375740f.
        resource_id (str | Unset):  Example: cust_unknown.
        resource_type (str | Unset):  Example: customer.
    """

    code: int
    key: str
    message: str
    details: str | Unset = UNSET
    request_id: str | Unset = UNSET
    resource_id: str | Unset = UNSET
    resource_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        key = self.key

        message = self.message

        details = self.details

        request_id = self.request_id

        resource_id = self.resource_id

        resource_type = self.resource_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(code, Unset):
            field_dict["code"] = code
        if not isinstance(key, Unset):
            field_dict["key"] = key
        if not isinstance(message, Unset):
            field_dict["message"] = message
        if details is not UNSET:
            field_dict["details"] = details
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if resource_id is not UNSET:
            field_dict["resource_id"] = resource_id
        if resource_type is not UNSET:
            field_dict["resource_type"] = resource_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):
            src_dict = expect_object(src_dict)
        try:
            code = src_dict["code"]
            if not isinstance(code, int) or isinstance(code, bool):
                raise wrong_type("integer", code)
        except DECODE_FAILURES as _failure:
            code = tolerate(_failure, "code", src_dict)

        try:
            key = src_dict["key"]
            if not isinstance(key, str):
                raise wrong_type("string", key)
        except DECODE_FAILURES as _failure:
            key = tolerate(_failure, "key", src_dict)

        try:
            message = src_dict["message"]
            if not isinstance(message, str):
                raise wrong_type("string", message)
        except DECODE_FAILURES as _failure:
            message = tolerate(_failure, "message", src_dict)

        try:
            details = src_dict.get("details", UNSET)
            if details is not UNSET and not isinstance(details, str):
                raise wrong_type("string", details)
        except DECODE_FAILURES as _failure:
            details = tolerate(_failure, "details", src_dict)

        try:
            request_id = src_dict.get("request_id", UNSET)
            if request_id is not UNSET and not isinstance(request_id, str):
                raise wrong_type("string", request_id)
        except DECODE_FAILURES as _failure:
            request_id = tolerate(_failure, "request_id", src_dict)

        try:
            resource_id = src_dict.get("resource_id", UNSET)
            if resource_id is not UNSET and not isinstance(resource_id, str):
                raise wrong_type("string", resource_id)
        except DECODE_FAILURES as _failure:
            resource_id = tolerate(_failure, "resource_id", src_dict)

        try:
            resource_type = src_dict.get("resource_type", UNSET)
            if resource_type is not UNSET and not isinstance(resource_type, str):
                raise wrong_type("string", resource_type)
        except DECODE_FAILURES as _failure:
            resource_type = tolerate(_failure, "resource_type", src_dict)

        error = cls(code, key, message, details, request_id, resource_id, resource_type)

        if not src_dict.keys() <= _DECLARED_KEYS:
            error.additional_properties = {
                key: src_dict[key] for key in sorted(src_dict.keys() - _DECLARED_KEYS)
            }
        return error

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
