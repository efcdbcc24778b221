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

T = TypeVar("T", bound="CustomerSystemMetadata")


_DECLARED_KEYS = frozenset({"consents", "source"})


@_attrs_define
class CustomerSystemMetadata:
    """Attributes kept by Voucherify itself.

    Attributes:
        consents (CustomerSystemMetadataConsents | Unset): Marketing consents keyed by consent ID (`cnst_…`).
        source (str | Unset): Integration that created the customer. Example: Shopify.
    """

    consents: CustomerSystemMetadataConsents | Unset = UNSET
    source: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "consents": "consents",
        "source": "source",
    }

    def to_dict(self) -> dict[str, Any]:
        consents: dict[str, Any] | Unset = UNSET
        if not isinstance(self.consents, Unset):
            consents = self.consents.to_dict()

        source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if consents is not UNSET:
            field_dict["consents"] = consents
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):
            src_dict = expect_object(src_dict)
        try:
            _consents = src_dict.get("consents", UNSET)
            consents: CustomerSystemMetadataConsents | Unset
            if isinstance(_consents, Unset):
                consents = UNSET
            else:
                consents = CustomerSystemMetadataConsents.from_dict(_consents)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "consents", src_dict)

        try:
            source = src_dict.get("source", UNSET)
            if source is not UNSET and not isinstance(source, str):
                raise wrong_type("string", source)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "source", src_dict)

        customer_system_metadata = cls(consents, source)

        if not src_dict.keys() <= _DECLARED_KEYS:
            customer_system_metadata.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS
            }
        return customer_system_metadata

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


from ..models.customer_system_metadata_consents import CustomerSystemMetadataConsents  # noqa: E402
