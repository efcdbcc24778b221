from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decoding import (
    DECODE_FAILURES,
    expect_object,
    wrong_type,
)
from .._deviations import tolerate
from ..types import UNSET, Unset

T = TypeVar("T", bound="SimpleCustomer")


_DECLARED_KEYS = frozenset({"id", "source_id", "name", "email", "metadata", "object"})


@_attrs_define
class SimpleCustomer:
    """
    Attributes:
        id (str):  Example: cust_CSnYd37MXmrbS19XCrghjBsv.
        source_id (None | str | Unset):  Example: crm-000451.
        name (None | str | Unset):  Example: Alice Morgan.
        email (None | str | Unset):  Example: alice.morgan@example.com.
        metadata (None | SimpleCustomerMetadata | Unset):
        object_ (Literal['customer'] | None | Unset):
    """

    id: str
    source_id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    metadata: None | SimpleCustomerMetadata | Unset = UNSET
    object_: Literal["customer"] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        try:
            source_id: None | str | Unset
            if isinstance(self.source_id, Unset):
                source_id = UNSET
            else:
                source_id = self.source_id
        except (AttributeError, TypeError):
            source_id = cast(Any, self.source_id)

        try:
            name: None | str | Unset
            if isinstance(self.name, Unset):
                name = UNSET
            else:
                name = self.name
        except (AttributeError, TypeError):
            name = cast(Any, self.name)

        try:
            email: None | str | Unset
            if isinstance(self.email, Unset):
                email = UNSET
            else:
                email = self.email
        except (AttributeError, TypeError):
            email = cast(Any, self.email)

        try:
            metadata: dict[str, Any] | None | Unset
            if isinstance(self.metadata, Unset):
                metadata = UNSET
            elif isinstance(self.metadata, SimpleCustomerMetadata):
                metadata = self.metadata.to_dict()
            else:
                metadata = self.metadata
        except (AttributeError, TypeError):
            metadata = cast(Any, self.metadata)

        try:
            object_: Literal["customer"] | None | Unset
            if isinstance(self.object_, Unset):
                object_ = UNSET
            else:
                object_ = self.object_
        except (AttributeError, TypeError):
            object_ = cast(Any, self.object_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["id"] = id
        if source_id is not UNSET:
            field_dict["source_id"] = source_id
        if name is not UNSET:
            field_dict["name"] = name
        if email is not UNSET:
            field_dict["email"] = email
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if object_ is not UNSET:
            field_dict["object"] = object_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):
            src_dict = expect_object(src_dict)
        try:
            id = src_dict["id"]
            if not isinstance(id, str):
                raise wrong_type("string", id)
        except DECODE_FAILURES as _failure:
            id = tolerate(_failure, "id", src_dict)

        try:

            def _parse_source_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise wrong_type("string or null", data)

            source_id = _parse_source_id(src_dict.get("source_id", UNSET))
        except DECODE_FAILURES as _failure:
            source_id = tolerate(_failure, "source_id", src_dict)

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

            def _parse_email(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise wrong_type("string or null", data)

            email = _parse_email(src_dict.get("email", UNSET))
        except DECODE_FAILURES as _failure:
            email = tolerate(_failure, "email", src_dict)

        try:

            def _parse_metadata(data: object) -> None | SimpleCustomerMetadata | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                metadata_type_0 = SimpleCustomerMetadata.from_dict(data)

                return metadata_type_0

            metadata = _parse_metadata(src_dict.get("metadata", UNSET))
        except DECODE_FAILURES as _failure:
            metadata = tolerate(_failure, "metadata", src_dict)

        try:

            def _parse_object_(data: object) -> Literal["customer"] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                object_type_0 = data
                if object_type_0 != "customer":
                    raise ValueError(
                        f"object_type_0 must match const 'customer', got '{object_type_0}'"
                    )
                return object_type_0

            object_ = _parse_object_(src_dict.get("object", UNSET))
        except DECODE_FAILURES as _failure:
            object_ = tolerate(_failure, "object", src_dict)

        simple_customer = cls(id, source_id, name, email, metadata, object_)

        if not src_dict.keys() <= _DECLARED_KEYS:
            simple_customer.additional_properties = {
                key: src_dict[key] for key in sorted(src_dict.keys() - _DECLARED_KEYS)
            }
        return simple_customer

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


from ..models.simple_customer_metadata import SimpleCustomerMetadata  # noqa: E402
