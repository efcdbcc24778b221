from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decoding import (
    DECODE_FAILURES,
    expect_object,
    field_error,
    wrong_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomEvent")


_DECLARED_KEYS = frozenset(
    {"object", "type", "customer", "id", "referral", "loyalty", "metadata", "created_at"}
)


@_attrs_define
class CustomEvent:
    """A custom event tracked for the customer.

    Attributes:
        object_ (Literal['event']):
        type_ (str): Event name. Example: user_subscribed.
        customer (SimpleCustomer):
        id (str | Unset):  Example: evcus_0c9a6d6b2f3e4a5b6c.
        referral (CustomEventReferral | Unset):
        loyalty (CustomEventLoyalty | Unset):
        metadata (CustomEventMetadata | Unset):
        created_at (datetime.datetime | Unset):  Example: 2021-12-22T10:13:06.487Z.
    """

    object_: Literal["event"]
    type_: str
    customer: SimpleCustomer
    id: str | Unset = UNSET
    referral: CustomEventReferral | Unset = UNSET
    loyalty: CustomEventLoyalty | Unset = UNSET
    metadata: CustomEventMetadata | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "object_": "object",
        "type_": "type",
        "customer": "customer",
        "id": "id",
        "referral": "referral",
        "loyalty": "loyalty",
        "metadata": "metadata",
        "created_at": "created_at",
    }

    def to_dict(self) -> dict[str, Any]:
        object_ = self.object_

        type_ = self.type_

        customer = self.customer.to_dict()

        id = self.id

        referral: dict[str, Any] | Unset = UNSET
        if not isinstance(self.referral, Unset):
            referral = self.referral.to_dict()

        loyalty: dict[str, Any] | Unset = UNSET
        if not isinstance(self.loyalty, Unset):
            loyalty = self.loyalty.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object": object_,
                "type": type_,
                "customer": customer,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if referral is not UNSET:
            field_dict["referral"] = referral
        if loyalty is not UNSET:
            field_dict["loyalty"] = loyalty
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):
            src_dict = expect_object(src_dict)
        try:
            object_ = src_dict["object"]
            if object_ != "event":
                raise ValueError(f"object must match const 'event', got '{object_}'")
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "object", src_dict)

        try:
            type_ = src_dict["type"]
            if not isinstance(type_, str):
                raise wrong_type("string", type_)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "type", src_dict)

        try:
            customer = SimpleCustomer.from_dict(src_dict["customer"])
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "customer", src_dict)

        try:
            id = src_dict.get("id", UNSET)
            if id is not UNSET and not isinstance(id, str):
                raise wrong_type("string", id)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "id", src_dict)

        try:
            _referral = src_dict.get("referral", UNSET)
            referral: CustomEventReferral | Unset
            if isinstance(_referral, Unset):
                referral = UNSET
            else:
                referral = CustomEventReferral.from_dict(_referral)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "referral", src_dict)

        try:
            _loyalty = src_dict.get("loyalty", UNSET)
            loyalty: CustomEventLoyalty | Unset
            if isinstance(_loyalty, Unset):
                loyalty = UNSET
            else:
                loyalty = CustomEventLoyalty.from_dict(_loyalty)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "loyalty", src_dict)

        try:
            _metadata = src_dict.get("metadata", UNSET)
            metadata: CustomEventMetadata | Unset
            if isinstance(_metadata, Unset):
                metadata = UNSET
            else:
                metadata = CustomEventMetadata.from_dict(_metadata)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "metadata", src_dict)

        try:
            _created_at = src_dict.get("created_at", UNSET)
            created_at: datetime.datetime | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = datetime.datetime.fromisoformat(_created_at)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "created_at", src_dict)

        custom_event = cls(object_, type_, customer, id, referral, loyalty, metadata, created_at)

        if not src_dict.keys() <= _DECLARED_KEYS:
            custom_event.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS
            }
        return custom_event

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


from ..models.custom_event_loyalty import CustomEventLoyalty  # noqa: E402
from ..models.custom_event_metadata import CustomEventMetadata  # noqa: E402
from ..models.custom_event_referral import CustomEventReferral  # noqa: E402
from ..models.simple_customer import SimpleCustomer  # noqa: E402
