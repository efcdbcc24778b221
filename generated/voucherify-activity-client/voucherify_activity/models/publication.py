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
from ..models.publication_result import PublicationResult, check_publication_result
from ..types import UNSET, Unset

T = TypeVar("T", bound="Publication")


_DECLARED_KEYS = frozenset(
    {
        "id",
        "object",
        "created_at",
        "customer_id",
        "tracking_id",
        "metadata",
        "channel",
        "source_id",
        "result",
        "customer",
        "voucher",
        "vouchers",
        "vouchers_id",
    }
)


@_attrs_define
class Publication:
    """Assignment of a voucher to the customer.

    Attributes:
        id (str):  Example: pub_BbjAXnmm8e0SIm3zG8qvvFCP0KuLywtp.
        object_ (Literal['publication'] | None | Unset):
        created_at (datetime.datetime | None | Unset):  Example: 2022-09-23T09:57:00.434Z.
        customer_id (None | str | Unset):  Example: cust_eWgXlBBiY6THFRJwX45Iakv4.
        tracking_id (None | str | Unset):  Example: track_9bH2kL0p.
        metadata (None | PublicationMetadata | Unset):
        channel (None | str | Unset):  Example: API.
        source_id (None | str | Unset):  Example: newsletter-2022-09.
        result (None | PublicationResult | Unset):
        customer (None | SimpleCustomer | Unset):
        voucher (None | SimpleVoucher | Unset):
        vouchers (list[str] | None | Unset): Codes of the published vouchers.
        vouchers_id (list[str] | None | Unset):
    """

    id: str
    object_: Literal["publication"] | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    customer_id: None | str | Unset = UNSET
    tracking_id: None | str | Unset = UNSET
    metadata: None | PublicationMetadata | Unset = UNSET
    channel: None | str | Unset = UNSET
    source_id: None | str | Unset = UNSET
    result: None | PublicationResult | Unset = UNSET
    customer: None | SimpleCustomer | Unset = UNSET
    voucher: None | SimpleVoucher | Unset = UNSET
    vouchers: list[str] | None | Unset = UNSET
    vouchers_id: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        try:
            object_: Literal["publication"] | None | Unset
            if isinstance(self.object_, Unset):
                object_ = UNSET
            else:
                object_ = self.object_
        except (AttributeError, TypeError):
            object_ = cast(Any, self.object_)

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

        try:
            customer_id: None | str | Unset
            if isinstance(self.customer_id, Unset):
                customer_id = UNSET
            else:
                customer_id = self.customer_id
        except (AttributeError, TypeError):
            customer_id = cast(Any, self.customer_id)

        try:
            tracking_id: None | str | Unset
            if isinstance(self.tracking_id, Unset):
                tracking_id = UNSET
            else:
                tracking_id = self.tracking_id
        except (AttributeError, TypeError):
            tracking_id = cast(Any, self.tracking_id)

        try:
            metadata: dict[str, Any] | None | Unset
            if isinstance(self.metadata, Unset):
                metadata = UNSET
            elif isinstance(self.metadata, PublicationMetadata):
                metadata = self.metadata.to_dict()
            else:
                metadata = self.metadata
        except (AttributeError, TypeError):
            metadata = cast(Any, self.metadata)

        try:
            channel: None | str | Unset
            if isinstance(self.channel, Unset):
                channel = UNSET
            else:
                channel = self.channel
        except (AttributeError, TypeError):
            channel = cast(Any, self.channel)

        try:
            source_id: None | str | Unset
            if isinstance(self.source_id, Unset):
                source_id = UNSET
            else:
                source_id = self.source_id
        except (AttributeError, TypeError):
            source_id = cast(Any, self.source_id)

        try:
            result: None | str | Unset
            if isinstance(self.result, Unset):
                result = UNSET
            elif isinstance(self.result, str):
                result = self.result
            else:
                result = self.result
        except (AttributeError, TypeError):
            result = cast(Any, self.result)

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
            voucher: dict[str, Any] | None | Unset
            if isinstance(self.voucher, Unset):
                voucher = UNSET
            elif isinstance(self.voucher, SimpleVoucher):
                voucher = self.voucher.to_dict()
            else:
                voucher = self.voucher
        except (AttributeError, TypeError):
            voucher = cast(Any, self.voucher)

        try:
            vouchers: list[str] | None | Unset
            if isinstance(self.vouchers, Unset):
                vouchers = UNSET
            elif isinstance(self.vouchers, list):
                vouchers = self.vouchers

            else:
                vouchers = self.vouchers
        except (AttributeError, TypeError):
            vouchers = cast(Any, self.vouchers)

        try:
            vouchers_id: list[str] | None | Unset
            if isinstance(self.vouchers_id, Unset):
                vouchers_id = UNSET
            elif isinstance(self.vouchers_id, list):
                vouchers_id = self.vouchers_id

            else:
                vouchers_id = self.vouchers_id
        except (AttributeError, TypeError):
            vouchers_id = cast(Any, self.vouchers_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["id"] = id
        if object_ is not UNSET:
            field_dict["object"] = object_
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if tracking_id is not UNSET:
            field_dict["tracking_id"] = tracking_id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if channel is not UNSET:
            field_dict["channel"] = channel
        if source_id is not UNSET:
            field_dict["source_id"] = source_id
        if result is not UNSET:
            field_dict["result"] = result
        if customer is not UNSET:
            field_dict["customer"] = customer
        if voucher is not UNSET:
            field_dict["voucher"] = voucher
        if vouchers is not UNSET:
            field_dict["vouchers"] = vouchers
        if vouchers_id is not UNSET:
            field_dict["vouchers_id"] = vouchers_id

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

            def _parse_object_(data: object) -> Literal["publication"] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                object_type_0 = data
                if object_type_0 != "publication":
                    raise ValueError(
                        f"object_type_0 must match const 'publication', got '{object_type_0}'"
                    )
                return object_type_0

            object_ = _parse_object_(src_dict.get("object", UNSET))
        except DECODE_FAILURES as _failure:
            object_ = tolerate(_failure, "object", src_dict)

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

        try:

            def _parse_customer_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise wrong_type("string or null", data)

            customer_id = _parse_customer_id(src_dict.get("customer_id", UNSET))
        except DECODE_FAILURES as _failure:
            customer_id = tolerate(_failure, "customer_id", src_dict)

        try:

            def _parse_tracking_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise wrong_type("string or null", data)

            tracking_id = _parse_tracking_id(src_dict.get("tracking_id", UNSET))
        except DECODE_FAILURES as _failure:
            tracking_id = tolerate(_failure, "tracking_id", src_dict)

        try:

            def _parse_metadata(data: object) -> None | PublicationMetadata | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                metadata_type_0 = PublicationMetadata.from_dict(data)

                return metadata_type_0

            metadata = _parse_metadata(src_dict.get("metadata", UNSET))
        except DECODE_FAILURES as _failure:
            metadata = tolerate(_failure, "metadata", src_dict)

        try:

            def _parse_channel(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise wrong_type("string or null", data)

            channel = _parse_channel(src_dict.get("channel", UNSET))
        except DECODE_FAILURES as _failure:
            channel = tolerate(_failure, "channel", src_dict)

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

            def _parse_result(data: object) -> None | PublicationResult | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise wrong_type("a valid value or null", data)
                result_type_0 = check_publication_result(data)

                return result_type_0

            result = _parse_result(src_dict.get("result", UNSET))
        except DECODE_FAILURES as _failure:
            result = tolerate(_failure, "result", src_dict)

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

            def _parse_voucher(data: object) -> None | SimpleVoucher | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                voucher_type_0 = SimpleVoucher.from_dict(data)

                return voucher_type_0

            voucher = _parse_voucher(src_dict.get("voucher", UNSET))
        except DECODE_FAILURES as _failure:
            voucher = tolerate(_failure, "voucher", src_dict)

        try:

            def _parse_vouchers(data: object) -> list[str] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, list):
                    raise wrong_type("array or null", data)
                vouchers_type_0 = cast(list[str], data)
                if not isinstance(vouchers_type_0, list):
                    raise wrong_type("array", vouchers_type_0)

                return vouchers_type_0

            vouchers = _parse_vouchers(src_dict.get("vouchers", UNSET))
        except DECODE_FAILURES as _failure:
            vouchers = tolerate(_failure, "vouchers", src_dict)

        try:

            def _parse_vouchers_id(data: object) -> list[str] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, list):
                    raise wrong_type("array or null", data)
                vouchers_id_type_0 = cast(list[str], data)
                if not isinstance(vouchers_id_type_0, list):
                    raise wrong_type("array", vouchers_id_type_0)

                return vouchers_id_type_0

            vouchers_id = _parse_vouchers_id(src_dict.get("vouchers_id", UNSET))
        except DECODE_FAILURES as _failure:
            vouchers_id = tolerate(_failure, "vouchers_id", src_dict)

        publication = cls(
            id,
            object_,
            created_at,
            customer_id,
            tracking_id,
            metadata,
            channel,
            source_id,
            result,
            customer,
            voucher,
            vouchers,
            vouchers_id,
        )

        if not src_dict.keys() <= _DECLARED_KEYS:
            publication.additional_properties = {
                key: src_dict[key] for key in sorted(src_dict.keys() - _DECLARED_KEYS)
            }
        return publication

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


from ..models.publication_metadata import PublicationMetadata  # noqa: E402
from ..models.simple_customer import SimpleCustomer  # noqa: E402
from ..models.simple_voucher import SimpleVoucher  # noqa: E402
