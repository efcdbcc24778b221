from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

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

T = TypeVar("T", bound="MessagingEventData")


_DECLARED_KEYS = frozenset({"customer", "distribution", "sent_at", "recovered_at", "failed_at"})


@_attrs_define
class MessagingEventData:
    """Payload of every `<channel>.sent|recovered|failed` event. The timestamp that matches
    the type is set: `sent_at`, `recovered_at` or `failed_at`.

        Attributes:
            customer (SimpleCustomer):
            distribution (MessagingEventDataDistribution | None | Unset): The distribution that sent the message.
            sent_at (datetime.datetime | None | Unset):  Example: 2021-12-22T10:13:06.487Z.
            recovered_at (datetime.datetime | None | Unset):  Example: 2021-12-22T10:13:06.487Z.
            failed_at (datetime.datetime | None | Unset):  Example: 2021-12-22T10:13:06.487Z.
    """

    customer: SimpleCustomer
    distribution: MessagingEventDataDistribution | None | Unset = UNSET
    sent_at: datetime.datetime | None | Unset = UNSET
    recovered_at: datetime.datetime | None | Unset = UNSET
    failed_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            customer = self.customer.to_dict()
        except (AttributeError, TypeError):
            customer = cast(Any, self.customer)

        try:
            distribution: dict[str, Any] | None | Unset
            if isinstance(self.distribution, Unset):
                distribution = UNSET
            elif isinstance(self.distribution, MessagingEventDataDistribution):
                distribution = self.distribution.to_dict()
            else:
                distribution = self.distribution
        except (AttributeError, TypeError):
            distribution = cast(Any, self.distribution)

        try:
            sent_at: None | str | Unset
            if isinstance(self.sent_at, Unset):
                sent_at = UNSET
            elif isinstance(self.sent_at, datetime.datetime):
                sent_at = self.sent_at.isoformat()
            else:
                sent_at = self.sent_at
        except (AttributeError, TypeError):
            sent_at = cast(Any, self.sent_at)

        try:
            recovered_at: None | str | Unset
            if isinstance(self.recovered_at, Unset):
                recovered_at = UNSET
            elif isinstance(self.recovered_at, datetime.datetime):
                recovered_at = self.recovered_at.isoformat()
            else:
                recovered_at = self.recovered_at
        except (AttributeError, TypeError):
            recovered_at = cast(Any, self.recovered_at)

        try:
            failed_at: None | str | Unset
            if isinstance(self.failed_at, Unset):
                failed_at = UNSET
            elif isinstance(self.failed_at, datetime.datetime):
                failed_at = self.failed_at.isoformat()
            else:
                failed_at = self.failed_at
        except (AttributeError, TypeError):
            failed_at = cast(Any, self.failed_at)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(customer, Unset):
            field_dict["customer"] = customer
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
            customer = tolerate(_failure, "customer", src_dict)

        try:

            def _parse_distribution(data: object) -> MessagingEventDataDistribution | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                distribution_type_0 = MessagingEventDataDistribution.from_dict(data)

                return distribution_type_0

            distribution = _parse_distribution(src_dict.get("distribution", UNSET))
        except DECODE_FAILURES as _failure:
            distribution = tolerate(_failure, "distribution", src_dict)

        try:

            def _parse_sent_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise wrong_type("date-time string or null", data)
                sent_at_type_0 = parse_datetime(data)

                return sent_at_type_0

            sent_at = _parse_sent_at(src_dict.get("sent_at", UNSET))
        except DECODE_FAILURES as _failure:
            sent_at = tolerate(_failure, "sent_at", src_dict)

        try:

            def _parse_recovered_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise wrong_type("date-time string or null", data)
                recovered_at_type_0 = parse_datetime(data)

                return recovered_at_type_0

            recovered_at = _parse_recovered_at(src_dict.get("recovered_at", UNSET))
        except DECODE_FAILURES as _failure:
            recovered_at = tolerate(_failure, "recovered_at", src_dict)

        try:

            def _parse_failed_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise wrong_type("date-time string or null", data)
                failed_at_type_0 = parse_datetime(data)

                return failed_at_type_0

            failed_at = _parse_failed_at(src_dict.get("failed_at", UNSET))
        except DECODE_FAILURES as _failure:
            failed_at = tolerate(_failure, "failed_at", src_dict)

        messaging_event_data = cls(customer, distribution, sent_at, recovered_at, failed_at)

        if not src_dict.keys() <= _DECLARED_KEYS:
            messaging_event_data.additional_properties = {
                key: src_dict[key] for key in sorted(src_dict.keys() - _DECLARED_KEYS)
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
