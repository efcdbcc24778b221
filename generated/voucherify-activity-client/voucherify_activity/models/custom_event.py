from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decoding import (
    DECODE_FAILURES,
    expect_object,
    parse_datetime,
    wrong_type,
)
from .._deviations import tolerate
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomEvent")


_DECLARED_KEYS = frozenset(
    {"id", "object", "type", "customer", "referral", "loyalty", "metadata", "created_at"}
)


@_attrs_define
class CustomEvent:
    """A custom event tracked for the customer.

    Attributes:
        id (str | Unset):  Example: evcus_0c9a6d6b2f3e4a5b6c.
        object_ (Literal['event'] | None | Unset):
        type_ (None | str | Unset): Event name. Example: user_subscribed.
        customer (None | SimpleCustomer | Unset):
        referral (CustomEventReferral | None | Unset):
        loyalty (CustomEventLoyalty | None | Unset):
        metadata (CustomEventMetadata | None | Unset):
        created_at (datetime.datetime | None | Unset):  Example: 2021-12-22T10:13:06.487Z.
    """

    id: str | Unset = UNSET
    object_: Literal["event"] | None | Unset = UNSET
    type_: None | str | Unset = UNSET
    customer: None | SimpleCustomer | Unset = UNSET
    referral: CustomEventReferral | None | Unset = UNSET
    loyalty: CustomEventLoyalty | None | Unset = UNSET
    metadata: CustomEventMetadata | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        try:
            object_: Literal["event"] | None | Unset
            if isinstance(self.object_, Unset):
                object_ = UNSET
            else:
                object_ = self.object_
        except (AttributeError, TypeError):
            object_ = cast(Any, self.object_)

        try:
            type_: None | str | Unset
            if isinstance(self.type_, Unset):
                type_ = UNSET
            else:
                type_ = self.type_
        except (AttributeError, TypeError):
            type_ = cast(Any, self.type_)

        try:
            customer: dict[str, Any] | None | Unset
            if isinstance(self.customer, Unset):
                customer = UNSET
            elif isinstance(self.customer, SimpleCustomer):
                customer = self.customer.to_dict()
            else:
                customer = self.customer
        except (AttributeError, TypeError):
            customer = cast(Any, self.customer)

        try:
            referral: dict[str, Any] | None | Unset
            if isinstance(self.referral, Unset):
                referral = UNSET
            elif isinstance(self.referral, CustomEventReferral):
                referral = self.referral.to_dict()
            else:
                referral = self.referral
        except (AttributeError, TypeError):
            referral = cast(Any, self.referral)

        try:
            loyalty: dict[str, Any] | None | Unset
            if isinstance(self.loyalty, Unset):
                loyalty = UNSET
            elif isinstance(self.loyalty, CustomEventLoyalty):
                loyalty = self.loyalty.to_dict()
            else:
                loyalty = self.loyalty
        except (AttributeError, TypeError):
            loyalty = cast(Any, self.loyalty)

        try:
            metadata: dict[str, Any] | None | Unset
            if isinstance(self.metadata, Unset):
                metadata = UNSET
            elif isinstance(self.metadata, CustomEventMetadata):
                metadata = self.metadata.to_dict()
            else:
                metadata = self.metadata
        except (AttributeError, TypeError):
            metadata = cast(Any, self.metadata)

        try:
            created_at: None | str | Unset
            if isinstance(self.created_at, Unset):
                created_at = UNSET
            elif isinstance(self.created_at, datetime.datetime):
                created_at = self.created_at.isoformat()
            else:
                created_at = self.created_at
        except (AttributeError, TypeError):
            created_at = cast(Any, self.created_at)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if object_ is not UNSET:
            field_dict["object"] = object_
        if type_ is not UNSET:
            field_dict["type"] = type_
        if customer is not UNSET:
            field_dict["customer"] = customer
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
            id = src_dict.get("id", UNSET)
            if id is not UNSET and not isinstance(id, str):
                raise wrong_type("string", id)
        except DECODE_FAILURES as _failure:
            id = tolerate(_failure, "id", src_dict)

        try:

            def _parse_object_(data: object) -> Literal["event"] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                object_type_0 = data
                if object_type_0 != "event":
                    raise ValueError(
                        f"object_type_0 must match const 'event', got '{object_type_0}'"
                    )
                return object_type_0

            object_ = _parse_object_(src_dict.get("object", UNSET))
        except DECODE_FAILURES as _failure:
            object_ = tolerate(_failure, "object", src_dict)

        try:

            def _parse_type_(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise wrong_type("string or null", data)

            type_ = _parse_type_(src_dict.get("type", UNSET))
        except DECODE_FAILURES as _failure:
            type_ = tolerate(_failure, "type", src_dict)

        try:

            def _parse_customer(data: object) -> None | SimpleCustomer | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                customer_type_0 = SimpleCustomer.from_dict(data)

                return customer_type_0

            customer = _parse_customer(src_dict.get("customer", UNSET))
        except DECODE_FAILURES as _failure:
            customer = tolerate(_failure, "customer", src_dict)

        try:

            def _parse_referral(data: object) -> CustomEventReferral | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                referral_type_0 = CustomEventReferral.from_dict(data)

                return referral_type_0

            referral = _parse_referral(src_dict.get("referral", UNSET))
        except DECODE_FAILURES as _failure:
            referral = tolerate(_failure, "referral", src_dict)

        try:

            def _parse_loyalty(data: object) -> CustomEventLoyalty | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                loyalty_type_0 = CustomEventLoyalty.from_dict(data)

                return loyalty_type_0

            loyalty = _parse_loyalty(src_dict.get("loyalty", UNSET))
        except DECODE_FAILURES as _failure:
            loyalty = tolerate(_failure, "loyalty", src_dict)

        try:

            def _parse_metadata(data: object) -> CustomEventMetadata | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                metadata_type_0 = CustomEventMetadata.from_dict(data)

                return metadata_type_0

            metadata = _parse_metadata(src_dict.get("metadata", UNSET))
        except DECODE_FAILURES as _failure:
            metadata = tolerate(_failure, "metadata", src_dict)

        try:

            def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise wrong_type("date-time string or null", data)
                created_at_type_0 = parse_datetime(data)

                return created_at_type_0

            created_at = _parse_created_at(src_dict.get("created_at", UNSET))
        except DECODE_FAILURES as _failure:
            created_at = tolerate(_failure, "created_at", src_dict)

        custom_event = cls(id, object_, type_, customer, referral, loyalty, metadata, created_at)

        if not src_dict.keys() <= _DECLARED_KEYS:
            custom_event.additional_properties = {
                key: src_dict[key] for key in sorted(src_dict.keys() - _DECLARED_KEYS)
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
