from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decoding import (
    DECODE_FAILURES,
    expect_object,
    field_error,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="MessagingEventData")


_DECLARED_KEYS = frozenset({"customer", "distribution", "sent_at", "recovered_at", "failed_at"})


@_attrs_define
class MessagingEventData:
    """Payload of every `<channel>.sent|recovered|failed` event. The timestamp that matches
    the type is set: `sent_at`, `recovered_at` or `failed_at`.

        Attributes:
            customer (SimpleCustomer):
            distribution (MessagingEventDataDistribution | Unset): The distribution that sent the message.
            sent_at (datetime.datetime | Unset):  Example: 2021-12-22T10:13:06.487Z.
            recovered_at (datetime.datetime | Unset):  Example: 2021-12-22T10:13:06.487Z.
            failed_at (datetime.datetime | Unset):  Example: 2021-12-22T10:13:06.487Z.
    """

    customer: SimpleCustomer
    distribution: MessagingEventDataDistribution | Unset = UNSET
    sent_at: datetime.datetime | Unset = UNSET
    recovered_at: datetime.datetime | Unset = UNSET
    failed_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "customer": "customer",
        "distribution": "distribution",
        "sent_at": "sent_at",
        "recovered_at": "recovered_at",
        "failed_at": "failed_at",
    }

    def to_dict(self) -> dict[str, Any]:
        customer = self.customer.to_dict()

        distribution: dict[str, Any] | Unset = UNSET
        if not isinstance(self.distribution, Unset):
            distribution = self.distribution.to_dict()

        sent_at: str | Unset = UNSET
        if not isinstance(self.sent_at, Unset):
            sent_at = self.sent_at.isoformat()

        recovered_at: str | Unset = UNSET
        if not isinstance(self.recovered_at, Unset):
            recovered_at = self.recovered_at.isoformat()

        failed_at: str | Unset = UNSET
        if not isinstance(self.failed_at, Unset):
            failed_at = self.failed_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customer": customer,
            }
        )
        if distribution is not UNSET:
            field_dict["distribution"] = distribution
        if sent_at is not UNSET:
            field_dict["sent_at"] = sent_at
        if recovered_at is not UNSET:
            field_dict["recovered_at"] = recovered_at
        if failed_at is not UNSET:
            field_dict["failed_at"] = failed_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):
            src_dict = expect_object(src_dict)
        try:
            customer = SimpleCustomer.from_dict(src_dict["customer"])
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "customer", src_dict)

        try:
            _distribution = src_dict.get("distribution", UNSET)
            distribution: MessagingEventDataDistribution | Unset
            if isinstance(_distribution, Unset):
                distribution = UNSET
            else:
                distribution = MessagingEventDataDistribution.from_dict(_distribution)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "distribution", src_dict)

        try:
            _sent_at = src_dict.get("sent_at", UNSET)
            sent_at: datetime.datetime | Unset
            if isinstance(_sent_at, Unset):
                sent_at = UNSET
            else:
                sent_at = datetime.datetime.fromisoformat(_sent_at)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "sent_at", src_dict)

        try:
            _recovered_at = src_dict.get("recovered_at", UNSET)
            recovered_at: datetime.datetime | Unset
            if isinstance(_recovered_at, Unset):
                recovered_at = UNSET
            else:
                recovered_at = datetime.datetime.fromisoformat(_recovered_at)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "recovered_at", src_dict)

        try:
            _failed_at = src_dict.get("failed_at", UNSET)
            failed_at: datetime.datetime | Unset
            if isinstance(_failed_at, Unset):
                failed_at = UNSET
            else:
                failed_at = datetime.datetime.fromisoformat(_failed_at)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "failed_at", src_dict)

        messaging_event_data = cls(customer, distribution, sent_at, recovered_at, failed_at)

        if not src_dict.keys() <= _DECLARED_KEYS:
            messaging_event_data.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS
            }
        return messaging_event_data

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


from ..models.messaging_event_data_distribution import MessagingEventDataDistribution  # noqa: E402
from ..models.simple_customer import SimpleCustomer  # noqa: E402
