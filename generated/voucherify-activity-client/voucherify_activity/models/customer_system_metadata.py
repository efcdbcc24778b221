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

T = TypeVar("T", bound="CustomerSystemMetadata")


_DECLARED_KEYS = frozenset({"consents", "source"})


@_attrs_define
class CustomerSystemMetadata:
    """Attributes kept by Voucherify itself.

    Attributes:
        consents (CustomerSystemMetadataConsents | None | Unset): Marketing consents keyed by consent ID (`cnst_…`).
        source (None | str | Unset): Integration that created the customer. Example: Shopify.
    """

    consents: CustomerSystemMetadataConsents | None | Unset = UNSET
    source: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            consents: dict[str, Any] | None | Unset
            if isinstance(self.consents, Unset):
                consents = UNSET
            elif isinstance(self.consents, CustomerSystemMetadataConsents):
                consents = self.consents.to_dict()
            else:
                consents = self.consents
        except (AttributeError, TypeError):
            consents = cast(Any, self.consents)

        try:
            source: None | str | Unset
            if isinstance(self.source, Unset):
                source = UNSET
            else:
                source = self.source
        except (AttributeError, TypeError):
            source = cast(Any, self.source)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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

            def _parse_consents(data: object) -> CustomerSystemMetadataConsents | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                consents_type_0 = CustomerSystemMetadataConsents.from_dict(data)

                return consents_type_0

            consents = _parse_consents(src_dict.get("consents", UNSET))
        except DECODE_FAILURES as _failure:
            consents = tolerate(_failure, "consents", src_dict)

        try:

            def _parse_source(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise wrong_type("string or null", data)

            source = _parse_source(src_dict.get("source", UNSET))
        except DECODE_FAILURES as _failure:
            source = tolerate(_failure, "source", src_dict)

        customer_system_metadata = cls(consents, source)

        if not src_dict.keys() <= _DECLARED_KEYS:
            customer_system_metadata.additional_properties = {
                key: src_dict[key] for key in sorted(src_dict.keys() - _DECLARED_KEYS)
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
