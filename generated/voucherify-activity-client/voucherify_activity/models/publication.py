from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decoding import (
    DECODE_FAILURES,
    expect_object,
    field_error,
    wrong_type,
)
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
        object_ (Literal['publication']):
        created_at (datetime.datetime | Unset):  Example: 2022-09-23T09:57:00.434Z.
        customer_id (str | Unset):  Example: cust_eWgXlBBiY6THFRJwX45Iakv4.
        tracking_id (str | Unset):  Example: track_9bH2kL0p.
        metadata (PublicationMetadata | Unset):
        channel (str | Unset):  Example: API.
        source_id (None | str | Unset):  Example: newsletter-2022-09.
        result (PublicationResult | Unset):
        customer (SimpleCustomer | Unset):
        voucher (SimpleVoucher | Unset):
        vouchers (list[str] | Unset): Codes of the published vouchers.
        vouchers_id (list[str] | Unset):
    """

    id: str
    object_: Literal["publication"]
    created_at: datetime.datetime | Unset = UNSET
    customer_id: str | Unset = UNSET
    tracking_id: str | Unset = UNSET
    metadata: PublicationMetadata | Unset = UNSET
    channel: str | Unset = UNSET
    source_id: None | str | Unset = UNSET
    result: PublicationResult | Unset = UNSET
    customer: SimpleCustomer | Unset = UNSET
    voucher: SimpleVoucher | Unset = UNSET
    vouchers: list[str] | Unset = UNSET
    vouchers_id: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "id": "id",
        "object_": "object",
        "created_at": "created_at",
        "customer_id": "customer_id",
        "tracking_id": "tracking_id",
        "metadata": "metadata",
        "channel": "channel",
        "source_id": "source_id",
        "result": "result",
        "customer": "customer",
        "voucher": "voucher",
        "vouchers": "vouchers",
        "vouchers_id": "vouchers_id",
    }

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_ = self.object_

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        customer_id = self.customer_id

        tracking_id = self.tracking_id

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        channel = self.channel

        source_id: None | str | Unset
        if isinstance(self.source_id, Unset):
            source_id = UNSET
        else:
            source_id = self.source_id

        result: str | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = self.result

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        voucher: dict[str, Any] | Unset = UNSET
        if not isinstance(self.voucher, Unset):
            voucher = self.voucher.to_dict()

        vouchers: list[str] | Unset = UNSET
        if not isinstance(self.vouchers, Unset):
            vouchers = self.vouchers

        vouchers_id: list[str] | Unset = UNSET
        if not isinstance(self.vouchers_id, Unset):
            vouchers_id = self.vouchers_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "object": object_,
            }
        )
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
            raise field_error(_failure, "id", src_dict)

        try:
            object_ = src_dict["object"]
            if object_ != "publication":
                raise ValueError(f"object must match const 'publication', got '{object_}'")
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "object", src_dict)

        try:
            _created_at = src_dict.get("created_at", UNSET)
            created_at: datetime.datetime | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = datetime.datetime.fromisoformat(_created_at)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "created_at", src_dict)

        try:
            customer_id = src_dict.get("customer_id", UNSET)
            if customer_id is not UNSET and not isinstance(customer_id, str):
                raise wrong_type("string", customer_id)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "customer_id", src_dict)

        try:
            tracking_id = src_dict.get("tracking_id", UNSET)
            if tracking_id is not UNSET and not isinstance(tracking_id, str):
                raise wrong_type("string", tracking_id)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "tracking_id", src_dict)

        try:
            _metadata = src_dict.get("metadata", UNSET)
            metadata: PublicationMetadata | Unset
            if isinstance(_metadata, Unset):
                metadata = UNSET
            else:
                metadata = PublicationMetadata.from_dict(_metadata)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "metadata", src_dict)

        try:
            channel = src_dict.get("channel", UNSET)
            if channel is not UNSET and not isinstance(channel, str):
                raise wrong_type("string", channel)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "channel", src_dict)

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
            raise field_error(_failure, "source_id", src_dict)

        try:
            _result = src_dict.get("result", UNSET)
            result: PublicationResult | Unset
            if isinstance(_result, Unset):
                result = UNSET
            else:
                result = check_publication_result(_result)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "result", src_dict)

        try:
            _customer = src_dict.get("customer", UNSET)
            customer: SimpleCustomer | Unset
            if isinstance(_customer, Unset):
                customer = UNSET
            else:
                customer = SimpleCustomer.from_dict(_customer)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "customer", src_dict)

        try:
            _voucher = src_dict.get("voucher", UNSET)
            voucher: SimpleVoucher | Unset
            if isinstance(_voucher, Unset):
                voucher = UNSET
            else:
                voucher = SimpleVoucher.from_dict(_voucher)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "voucher", src_dict)

        try:
            vouchers = cast(list[str] | Unset, src_dict.get("vouchers", UNSET))
            if not isinstance(vouchers, list | Unset):
                raise wrong_type("array", vouchers)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "vouchers", src_dict)

        try:
            vouchers_id = cast(list[str] | Unset, src_dict.get("vouchers_id", UNSET))
            if not isinstance(vouchers_id, list | Unset):
                raise wrong_type("array", vouchers_id)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "vouchers_id", src_dict)

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
                key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS
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
