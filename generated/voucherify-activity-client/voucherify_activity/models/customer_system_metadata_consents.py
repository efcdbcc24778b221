from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decoding import (
    DECODE_FAILURES,
    expect_object,
)
from .._deviations import tolerate

T = TypeVar("T", bound="CustomerSystemMetadataConsents")


@_attrs_define
class CustomerSystemMetadataConsents:
    """Marketing consents keyed by consent ID (`cnst_…`)."""

    additional_properties: dict[str, CustomerSystemMetadataConsentsAdditionalProperty] = (
        _attrs_field(init=False, factory=dict)
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):
            src_dict = expect_object(src_dict)
        customer_system_metadata_consents = cls()

        additional_properties = {}
        for prop_name, prop_dict in src_dict.items():
            try:
                additional_property = CustomerSystemMetadataConsentsAdditionalProperty.from_dict(
                    prop_dict
                )
            except DECODE_FAILURES as _failure:
                additional_property = tolerate(_failure, prop_name, src_dict)
            additional_properties[prop_name] = additional_property

        customer_system_metadata_consents.additional_properties = additional_properties
        return customer_system_metadata_consents

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> CustomerSystemMetadataConsentsAdditionalProperty:
        return self.additional_properties[key]

    def __setitem__(
        self, key: str, value: CustomerSystemMetadataConsentsAdditionalProperty
    ) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.customer_system_metadata_consents_additional_property import (
    CustomerSystemMetadataConsentsAdditionalProperty,  # noqa: E402
)
