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

T = TypeVar("T", bound="Customer")


_DECLARED_KEYS = frozenset(
    {
        "id",
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
        "object",
        "email_unsubscribed",
    }
)


@_attrs_define
class Customer:
    """Full customer snapshot, with statistics, loyalty and referral summaries.

    Attributes:
        id (str):  Example: cust_CSnYd37MXmrbS19XCrghjBsv.
        source_id (None | str | Unset): The merchant's own ID of the customer. Example: crm-000451.
        name (None | str | Unset):  Example: Alice Morgan.
        description (None | str | Unset):  Example: Prefers in-store pickup.
        email (None | str | Unset):  Example: alice.morgan@example.com.
        phone (None | str | Unset):  Example: +48 600 100 200.
        birthdate (datetime.date | None | Unset):  Example: 1990-05-14.
        birthday (datetime.date | None | Unset):  Example: 1990-05-14.
        address (CustomerAddress | None | Unset):
        summary (CustomerSummary | None | Unset):
        loyalty (CustomerLoyalty | None | Unset):
        referrals (CustomerReferrals | None | Unset):
        metadata (CustomerMetadata | None | Unset): Merchant-defined attributes.
        system_metadata (CustomerSystemMetadata | None | Unset): Attributes kept by Voucherify itself.
        created_at (datetime.datetime | None | Unset):  Example: 2022-08-30T06:32:07.380Z.
        updated_at (datetime.datetime | None | Unset):  Example: 2022-08-31T06:32:07.380Z.
        assets (CustomerAssets | None | Unset):
        object_ (Literal['customer'] | None | Unset):
        email_unsubscribed (bool | None | Unset):
    """

    id: str
    source_id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    birthdate: datetime.date | None | Unset = UNSET
    birthday: datetime.date | None | Unset = UNSET
    address: CustomerAddress | None | Unset = UNSET
    summary: CustomerSummary | None | Unset = UNSET
    loyalty: CustomerLoyalty | None | Unset = UNSET
    referrals: CustomerReferrals | None | Unset = UNSET
    metadata: CustomerMetadata | None | Unset = UNSET
    system_metadata: CustomerSystemMetadata | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    assets: CustomerAssets | None | Unset = UNSET
    object_: Literal["customer"] | None | Unset = UNSET
    email_unsubscribed: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        try:
            source_id: None | str | Unset
            if isinstance(self.source_id, Unset):
                source_id = UNSET
            else:
                source_id = self.source_id
        except (AttributeError, TypeError):
            source_id = cast(Any, self.source_id)

        try:
            name: None | str | Unset
            if isinstance(self.name, Unset):
                name = UNSET
            else:
                name = self.name
        except (AttributeError, TypeError):
            name = cast(Any, self.name)

        try:
            description: None | str | Unset
            if isinstance(self.description, Unset):
                description = UNSET
            else:
                description = self.description
        except (AttributeError, TypeError):
            description = cast(Any, self.description)

        try:
            email: None | str | Unset
            if isinstance(self.email, Unset):
                email = UNSET
            else:
                email = self.email
        except (AttributeError, TypeError):
            email = cast(Any, self.email)

        try:
            phone: None | str | Unset
            if isinstance(self.phone, Unset):
                phone = UNSET
            else:
                phone = self.phone
        except (AttributeError, TypeError):
            phone = cast(Any, self.phone)

        try:
            birthdate: None | str | Unset
            if isinstance(self.birthdate, Unset):
                birthdate = UNSET
            elif isinstance(self.birthdate, datetime.date):
                birthdate = self.birthdate.isoformat()
            else:
                birthdate = self.birthdate
        except (AttributeError, TypeError):
            birthdate = cast(Any, self.birthdate)

        try:
            birthday: None | str | Unset
            if isinstance(self.birthday, Unset):
                birthday = UNSET
            elif isinstance(self.birthday, datetime.date):
                birthday = self.birthday.isoformat()
            else:
                birthday = self.birthday
        except (AttributeError, TypeError):
            birthday = cast(Any, self.birthday)

        try:
            address: dict[str, Any] | None | Unset
            if isinstance(self.address, Unset):
                address = UNSET
            elif isinstance(self.address, CustomerAddress):
                address = self.address.to_dict()
            else:
                address = self.address
        except (AttributeError, TypeError):
            address = cast(Any, self.address)

        try:
            summary: dict[str, Any] | None | Unset
            if isinstance(self.summary, Unset):
                summary = UNSET
            elif isinstance(self.summary, CustomerSummary):
                summary = self.summary.to_dict()
            else:
                summary = self.summary
        except (AttributeError, TypeError):
            summary = cast(Any, self.summary)

        try:
            loyalty: dict[str, Any] | None | Unset
            if isinstance(self.loyalty, Unset):
                loyalty = UNSET
            elif isinstance(self.loyalty, CustomerLoyalty):
                loyalty = self.loyalty.to_dict()
            else:
                loyalty = self.loyalty
        except (AttributeError, TypeError):
            loyalty = cast(Any, self.loyalty)

        try:
            referrals: dict[str, Any] | None | Unset
            if isinstance(self.referrals, Unset):
                referrals = UNSET
            elif isinstance(self.referrals, CustomerReferrals):
                referrals = self.referrals.to_dict()
            else:
                referrals = self.referrals
        except (AttributeError, TypeError):
            referrals = cast(Any, self.referrals)

        try:
            metadata: dict[str, Any] | None | Unset
            if isinstance(self.metadata, Unset):
                metadata = UNSET
            elif isinstance(self.metadata, CustomerMetadata):
                metadata = self.metadata.to_dict()
            else:
                metadata = self.metadata
        except (AttributeError, TypeError):
            metadata = cast(Any, self.metadata)

        try:
            system_metadata: dict[str, Any] | None | Unset
            if isinstance(self.system_metadata, Unset):
                system_metadata = UNSET
            elif isinstance(self.system_metadata, CustomerSystemMetadata):
                system_metadata = self.system_metadata.to_dict()
            else:
                system_metadata = self.system_metadata
        except (AttributeError, TypeError):
            system_metadata = cast(Any, self.system_metadata)

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
            updated_at: None | str | Unset
            if isinstance(self.updated_at, Unset):
                updated_at = UNSET
            elif isinstance(self.updated_at, datetime.datetime):
                updated_at = self.updated_at.isoformat()
            else:
                updated_at = self.updated_at
        except (AttributeError, TypeError):
            updated_at = cast(Any, self.updated_at)

        try:
            assets: dict[str, Any] | None | Unset
            if isinstance(self.assets, Unset):
                assets = UNSET
            elif isinstance(self.assets, CustomerAssets):
                assets = self.assets.to_dict()
            else:
                assets = self.assets
        except (AttributeError, TypeError):
            assets = cast(Any, self.assets)

        try:
            object_: Literal["customer"] | None | Unset
            if isinstance(self.object_, Unset):
                object_ = UNSET
            else:
                object_ = self.object_
        except (AttributeError, TypeError):
            object_ = cast(Any, self.object_)

        try:
            email_unsubscribed: bool | None | Unset
            if isinstance(self.email_unsubscribed, Unset):
                email_unsubscribed = UNSET
            else:
                email_unsubscribed = self.email_unsubscribed
        except (AttributeError, TypeError):
            email_unsubscribed = cast(Any, self.email_unsubscribed)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["id"] = id
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
        if object_ is not UNSET:
            field_dict["object"] = object_
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
            id = tolerate(_failure, "id", src_dict)

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

            def _parse_name(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise wrong_type("string or null", data)

            name = _parse_name(src_dict.get("name", UNSET))
        except DECODE_FAILURES as _failure:
            name = tolerate(_failure, "name", src_dict)

        try:

            def _parse_description(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise wrong_type("string or null", data)

            description = _parse_description(src_dict.get("description", UNSET))
        except DECODE_FAILURES as _failure:
            description = tolerate(_failure, "description", src_dict)

        try:

            def _parse_email(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise wrong_type("string or null", data)

            email = _parse_email(src_dict.get("email", UNSET))
        except DECODE_FAILURES as _failure:
            email = tolerate(_failure, "email", src_dict)

        try:

            def _parse_phone(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise wrong_type("string or null", data)

            phone = _parse_phone(src_dict.get("phone", UNSET))
        except DECODE_FAILURES as _failure:
            phone = tolerate(_failure, "phone", src_dict)

        try:

            def _parse_birthdate(data: object) -> datetime.date | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise wrong_type("date string or null", data)
                birthdate_type_0 = datetime.date.fromisoformat(data)

                return birthdate_type_0

            birthdate = _parse_birthdate(src_dict.get("birthdate", UNSET))
        except DECODE_FAILURES as _failure:
            birthdate = tolerate(_failure, "birthdate", src_dict)

        try:

            def _parse_birthday(data: object) -> datetime.date | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise wrong_type("date string or null", data)
                birthday_type_0 = datetime.date.fromisoformat(data)

                return birthday_type_0

            birthday = _parse_birthday(src_dict.get("birthday", UNSET))
        except DECODE_FAILURES as _failure:
            birthday = tolerate(_failure, "birthday", src_dict)

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
            address = tolerate(_failure, "address", src_dict)

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
            summary = tolerate(_failure, "summary", src_dict)

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
            loyalty = tolerate(_failure, "loyalty", src_dict)

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
            referrals = tolerate(_failure, "referrals", src_dict)

        try:

            def _parse_metadata(data: object) -> CustomerMetadata | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                metadata_type_0 = CustomerMetadata.from_dict(data)

                return metadata_type_0

            metadata = _parse_metadata(src_dict.get("metadata", UNSET))
        except DECODE_FAILURES as _failure:
            metadata = tolerate(_failure, "metadata", src_dict)

        try:

            def _parse_system_metadata(data: object) -> CustomerSystemMetadata | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                system_metadata_type_0 = CustomerSystemMetadata.from_dict(data)

                return system_metadata_type_0

            system_metadata = _parse_system_metadata(src_dict.get("system_metadata", UNSET))
        except DECODE_FAILURES as _failure:
            system_metadata = tolerate(_failure, "system_metadata", src_dict)

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

            def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise wrong_type("date-time string or null", data)
                updated_at_type_0 = parse_datetime(data)

                return updated_at_type_0

            updated_at = _parse_updated_at(src_dict.get("updated_at", UNSET))
        except DECODE_FAILURES as _failure:
            updated_at = tolerate(_failure, "updated_at", src_dict)

        try:

            def _parse_assets(data: object) -> CustomerAssets | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                assets_type_0 = CustomerAssets.from_dict(data)

                return assets_type_0

            assets = _parse_assets(src_dict.get("assets", UNSET))
        except DECODE_FAILURES as _failure:
            assets = tolerate(_failure, "assets", src_dict)

        try:

            def _parse_object_(data: object) -> Literal["customer"] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                object_type_0 = data
                if object_type_0 != "customer":
                    raise ValueError(
                        f"object_type_0 must match const 'customer', got '{object_type_0}'"
                    )
                return object_type_0

            object_ = _parse_object_(src_dict.get("object", UNSET))
        except DECODE_FAILURES as _failure:
            object_ = tolerate(_failure, "object", src_dict)

        try:

            def _parse_email_unsubscribed(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, bool):
                    return data
                raise wrong_type("boolean or null", data)

            email_unsubscribed = _parse_email_unsubscribed(
                src_dict.get("email_unsubscribed", UNSET)
            )
        except DECODE_FAILURES as _failure:
            email_unsubscribed = tolerate(_failure, "email_unsubscribed", src_dict)

        customer = cls(
            id,
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
            object_,
            email_unsubscribed,
        )

        if not src_dict.keys() <= _DECLARED_KEYS:
            customer.additional_properties = {
                key: src_dict[key] for key in sorted(src_dict.keys() - _DECLARED_KEYS)
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
