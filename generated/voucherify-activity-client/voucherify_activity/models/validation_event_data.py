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

T = TypeVar("T", bound="ValidationEventData")


_DECLARED_KEYS = frozenset({"customer", "validation"})


@_attrs_define
class ValidationEventData:
    """
    Attributes:
        customer (SimpleCustomer):
        validation (None | Unset | Validation):
    """

    customer: SimpleCustomer
    validation: None | Unset | Validation = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            customer = self.customer.to_dict()
        except (AttributeError, TypeError):
            customer = cast(Any, self.customer)

        try:
            validation: dict[str, Any] | None | Unset
            if isinstance(self.validation, Unset):
                validation = UNSET
            elif isinstance(self.validation, Validation):
                validation = self.validation.to_dict()
            else:
                validation = self.validation
        except (AttributeError, TypeError):
            validation = cast(Any, self.validation)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(customer, Unset):
            field_dict["customer"] = customer
        if validation is not UNSET:
            field_dict["validation"] = validation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):
            src_dict = expect_object(src_dict)
        try:
            customer = SimpleCustomer.from_dict(src_dict["customer"])
        except DECODE_FAILURES as _failure:
            customer = tolerate(_failure, "customer", src_dict)

        try:

            def _parse_validation(data: object) -> None | Unset | Validation:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                validation_type_0 = Validation.from_dict(data)

                return validation_type_0

            validation = _parse_validation(src_dict.get("validation", UNSET))
        except DECODE_FAILURES as _failure:
            validation = tolerate(_failure, "validation", src_dict)

        validation_event_data = cls(customer, validation)

        if not src_dict.keys() <= _DECLARED_KEYS:
            validation_event_data.additional_properties = {
                key: src_dict[key] for key in sorted(src_dict.keys() - _DECLARED_KEYS)
            }
        return validation_event_data

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


from ..models.simple_customer import SimpleCustomer  # noqa: E402
from ..models.validation import Validation  # noqa: E402
