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

T = TypeVar("T", bound="Customer")


_DECLARED_KEYS = frozenset(
    {
        "id",
        "object",
        "source_id",
        "name",
        "description",
        "email",
        "phone",
        "birthdate",
        "birthday",
        "address",
        "summary",
        "loyalty",
        "referrals",
        "metadata",
        "system_metadata",
        "created_at",
        "updated_at",
        "assets",
        "email_unsubscribed",
    }
)


@_attrs_define
class Customer:
    """Full customer snapshot, with statistics, loyalty and referral summaries.

    Attributes:
        id (str):  Example: cust_CSnYd37MXmrbS19XCrghjBsv.
        object_ (Literal['customer']):
        source_id (str | Unset): The merchant's own ID of the customer. Example: crm-000451.
        name (str | Unset):  Example: Alice Morgan.
        description (str | Unset):  Example: Prefers in-store pickup.
        email (str | Unset):  Example: alice.morgan@example.com.
        phone (str | Unset):  Example: +48 600 100 200.
        birthdate (datetime.date | Unset):  Example: 1990-05-14.
        birthday (datetime.date | Unset):  Example: 1990-05-14.
        address (CustomerAddress | None | Unset):
        summary (CustomerSummary | None | Unset):
        loyalty (CustomerLoyalty | None | Unset):
        referrals (CustomerReferrals | None | Unset):
        metadata (CustomerMetadata | Unset): Merchant-defined attributes.
        system_metadata (CustomerSystemMetadata | Unset): Attributes kept by Voucherify itself.
        created_at (datetime.datetime | Unset):  Example: 2022-08-30T06:32:07.380Z.
        updated_at (datetime.datetime | Unset):  Example: 2022-08-31T06:32:07.380Z.
        assets (CustomerAssets | Unset):
        email_unsubscribed (bool | Unset):
    """

    id: str
    object_: Literal["customer"]
    source_id: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    email: str | Unset = UNSET
    phone: str | Unset = UNSET
    birthdate: datetime.date | Unset = UNSET
    birthday: datetime.date | Unset = UNSET
    address: CustomerAddress | None | Unset = UNSET
    summary: CustomerSummary | None | Unset = UNSET
    loyalty: CustomerLoyalty | None | Unset = UNSET
    referrals: CustomerReferrals | None | Unset = UNSET
    metadata: CustomerMetadata | Unset = UNSET
    system_metadata: CustomerSystemMetadata | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    assets: CustomerAssets | Unset = UNSET
    email_unsubscribed: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "id": "id",
        "object_": "object",
        "source_id": "source_id",
        "name": "name",
        "description": "description",
        "email": "email",
        "phone": "phone",
        "birthdate": "birthdate",
        "birthday": "birthday",
        "address": "address",
        "summary": "summary",
        "loyalty": "loyalty",
        "referrals": "referrals",
        "metadata": "metadata",
        "system_metadata": "system_metadata",
        "created_at": "created_at",
        "updated_at": "updated_at",
        "assets": "assets",
        "email_unsubscribed": "email_unsubscribed",
    }

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_ = self.object_

        source_id = self.source_id

        name = self.name

        description = self.description

        email = self.email

        phone = self.phone

        birthdate: str | Unset = UNSET
        if not isinstance(self.birthdate, Unset):
            birthdate = self.birthdate.isoformat()

        birthday: str | Unset = UNSET
        if not isinstance(self.birthday, Unset):
            birthday = self.birthday.isoformat()

        address: dict[str, Any] | None | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        elif isinstance(self.address, CustomerAddress):
            address = self.address.to_dict()
        else:
            address = self.address

        summary: dict[str, Any] | None | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        elif isinstance(self.summary, CustomerSummary):
            summary = self.summary.to_dict()
        else:
            summary = self.summary

        loyalty: dict[str, Any] | None | Unset
        if isinstance(self.loyalty, Unset):
            loyalty = UNSET
        elif isinstance(self.loyalty, CustomerLoyalty):
            loyalty = self.loyalty.to_dict()
        else:
            loyalty = self.loyalty

        referrals: dict[str, Any] | None | Unset
        if isinstance(self.referrals, Unset):
            referrals = UNSET
        elif isinstance(self.referrals, CustomerReferrals):
            referrals = self.referrals.to_dict()
        else:
            referrals = self.referrals

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        system_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.system_metadata, Unset):
            system_metadata = self.system_metadata.to_dict()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        assets: dict[str, Any] | Unset = UNSET
        if not isinstance(self.assets, Unset):
            assets = self.assets.to_dict()

        email_unsubscribed = self.email_unsubscribed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "object": object_,
            }
        )
        if source_id is not UNSET:
            field_dict["source_id"] = source_id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone
        if birthdate is not UNSET:
            field_dict["birthdate"] = birthdate
        if birthday is not UNSET:
            field_dict["birthday"] = birthday
        if address is not UNSET:
            field_dict["address"] = address
        if summary is not UNSET:
            field_dict["summary"] = summary
        if loyalty is not UNSET:
            field_dict["loyalty"] = loyalty
        if referrals is not UNSET:
            field_dict["referrals"] = referrals
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if system_metadata is not UNSET:
            field_dict["system_metadata"] = system_metadata
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if assets is not UNSET:
            field_dict["assets"] = assets
        if email_unsubscribed is not UNSET:
            field_dict["email_unsubscribed"] = email_unsubscribed

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
            if object_ != "customer":
                raise ValueError(f"object must match const 'customer', got '{object_}'")
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "object", src_dict)

        try:
            source_id = src_dict.get("source_id", UNSET)
            if source_id is not UNSET and not isinstance(source_id, str):
                raise wrong_type("string", source_id)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "source_id", src_dict)

        try:
            name = src_dict.get("name", UNSET)
            if name is not UNSET and not isinstance(name, str):
                raise wrong_type("string", name)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "name", src_dict)

        try:
            description = src_dict.get("description", UNSET)
            if description is not UNSET and not isinstance(description, str):
                raise wrong_type("string", description)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "description", src_dict)

        try:
            email = src_dict.get("email", UNSET)
            if email is not UNSET and not isinstance(email, str):
                raise wrong_type("string", email)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "email", src_dict)

        try:
            phone = src_dict.get("phone", UNSET)
            if phone is not UNSET and not isinstance(phone, str):
                raise wrong_type("string", phone)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "phone", src_dict)

        try:
            _birthdate = src_dict.get("birthdate", UNSET)
            birthdate: datetime.date | Unset
            if isinstance(_birthdate, Unset):
                birthdate = UNSET
            else:
                birthdate = datetime.date.fromisoformat(_birthdate)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "birthdate", src_dict)

        try:
            _birthday = src_dict.get("birthday", UNSET)
            birthday: datetime.date | Unset
            if isinstance(_birthday, Unset):
                birthday = UNSET
            else:
                birthday = datetime.date.fromisoformat(_birthday)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "birthday", src_dict)

        try:

            def _parse_address(data: object) -> CustomerAddress | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                address_type_0 = CustomerAddress.from_dict(data)

                return address_type_0

            address = _parse_address(src_dict.get("address", UNSET))
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "address", src_dict)

        try:

            def _parse_summary(data: object) -> CustomerSummary | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                summary_type_0 = CustomerSummary.from_dict(data)

                return summary_type_0

            summary = _parse_summary(src_dict.get("summary", UNSET))
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "summary", src_dict)

        try:

            def _parse_loyalty(data: object) -> CustomerLoyalty | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                loyalty_type_0 = CustomerLoyalty.from_dict(data)

                return loyalty_type_0

            loyalty = _parse_loyalty(src_dict.get("loyalty", UNSET))
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "loyalty", src_dict)

        try:

            def _parse_referrals(data: object) -> CustomerReferrals | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                referrals_type_0 = CustomerReferrals.from_dict(data)

                return referrals_type_0

            referrals = _parse_referrals(src_dict.get("referrals", UNSET))
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "referrals", src_dict)

        try:
            _metadata = src_dict.get("metadata", UNSET)
            metadata: CustomerMetadata | Unset
            if isinstance(_metadata, Unset):
                metadata = UNSET
            else:
                metadata = CustomerMetadata.from_dict(_metadata)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "metadata", src_dict)

        try:
            _system_metadata = src_dict.get("system_metadata", UNSET)
            system_metadata: CustomerSystemMetadata | Unset
            if isinstance(_system_metadata, Unset):
                system_metadata = UNSET
            else:
                system_metadata = CustomerSystemMetadata.from_dict(_system_metadata)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "system_metadata", src_dict)

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
            _updated_at = src_dict.get("updated_at", UNSET)
            updated_at: datetime.datetime | Unset
            if isinstance(_updated_at, Unset):
                updated_at = UNSET
            else:
                updated_at = datetime.datetime.fromisoformat(_updated_at)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "updated_at", src_dict)

        try:
            _assets = src_dict.get("assets", UNSET)
            assets: CustomerAssets | Unset
            if isinstance(_assets, Unset):
                assets = UNSET
            else:
                assets = CustomerAssets.from_dict(_assets)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "assets", src_dict)

        try:
            email_unsubscribed = src_dict.get("email_unsubscribed", UNSET)
            if email_unsubscribed is not UNSET and not isinstance(email_unsubscribed, bool):
                raise wrong_type("boolean", email_unsubscribed)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "email_unsubscribed", src_dict)

        customer = cls(
            id,
            object_,
            source_id,
            name,
            description,
            email,
            phone,
            birthdate,
            birthday,
            address,
            summary,
            loyalty,
            referrals,
            metadata,
            system_metadata,
            created_at,
            updated_at,
            assets,
            email_unsubscribed,
        )

        if not src_dict.keys() <= _DECLARED_KEYS:
            customer.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS
            }
        return customer

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


from ..models.customer_address import CustomerAddress  # noqa: E402
from ..models.customer_assets import CustomerAssets  # noqa: E402
from ..models.customer_loyalty import CustomerLoyalty  # noqa: E402
from ..models.customer_metadata import CustomerMetadata  # noqa: E402
from ..models.customer_referrals import CustomerReferrals  # noqa: E402
from ..models.customer_summary import CustomerSummary  # noqa: E402
from ..models.customer_system_metadata import CustomerSystemMetadata  # noqa: E402
