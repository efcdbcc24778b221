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

T = TypeVar("T", bound="LoyaltyPointsBucket")


_DECLARED_KEYS = frozenset(
    {
        "id",
        "voucher_id",
        "campaign_id",
        "bucket",
        "status",
        "expires_at",
        "created_at",
        "updated_at",
        "object",
    }
)


@_attrs_define
class LoyaltyPointsBucket:
    """Points that expire together.

    Attributes:
        id (str):  Example: lopb_0e3070fef399b70b01.
        voucher_id (None | str | Unset):  Example: v_abCdEfghI1JKLMNPqRS2Tu3vWXyza4bc.
        campaign_id (None | str | Unset):  Example: camp_weer1c3p5ZgktqfW56RfoNaG.
        bucket (LoyaltyPointsBucketBucket | None | Unset):
        status (None | str | Unset):  Example: ACTIVE.
        expires_at (datetime.date | None | Unset):  Example: 2024-03-31.
        created_at (datetime.datetime | None | Unset):  Example: 2023-03-31T10:00:00.000Z.
        updated_at (datetime.datetime | None | Unset):  Example: 2024-03-31T00:05:00.000Z.
        object_ (Literal['loyalty_points_bucket'] | None | Unset):
    """

    id: str
    voucher_id: None | str | Unset = UNSET
    campaign_id: None | str | Unset = UNSET
    bucket: LoyaltyPointsBucketBucket | None | Unset = UNSET
    status: None | str | Unset = UNSET
    expires_at: datetime.date | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    object_: Literal["loyalty_points_bucket"] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        try:
            voucher_id: None | str | Unset
            if isinstance(self.voucher_id, Unset):
                voucher_id = UNSET
            else:
                voucher_id = self.voucher_id
        except (AttributeError, TypeError):
            voucher_id = cast(Any, self.voucher_id)

        try:
            campaign_id: None | str | Unset
            if isinstance(self.campaign_id, Unset):
                campaign_id = UNSET
            else:
                campaign_id = self.campaign_id
        except (AttributeError, TypeError):
            campaign_id = cast(Any, self.campaign_id)

        try:
            bucket: dict[str, Any] | None | Unset
            if isinstance(self.bucket, Unset):
                bucket = UNSET
            elif isinstance(self.bucket, LoyaltyPointsBucketBucket):
                bucket = self.bucket.to_dict()
            else:
                bucket = self.bucket
        except (AttributeError, TypeError):
            bucket = cast(Any, self.bucket)

        try:
            status: None | str | Unset
            if isinstance(self.status, Unset):
                status = UNSET
            else:
                status = self.status
        except (AttributeError, TypeError):
            status = cast(Any, self.status)

        try:
            expires_at: None | str | Unset
            if isinstance(self.expires_at, Unset):
                expires_at = UNSET
            elif isinstance(self.expires_at, datetime.date):
                expires_at = self.expires_at.isoformat()
            else:
                expires_at = self.expires_at
        except (AttributeError, TypeError):
            expires_at = cast(Any, self.expires_at)

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
            object_: Literal["loyalty_points_bucket"] | None | Unset
            if isinstance(self.object_, Unset):
                object_ = UNSET
            else:
                object_ = self.object_
        except (AttributeError, TypeError):
            object_ = cast(Any, self.object_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["id"] = id
        if voucher_id is not UNSET:
            field_dict["voucher_id"] = voucher_id
        if campaign_id is not UNSET:
            field_dict["campaign_id"] = campaign_id
        if bucket is not UNSET:
            field_dict["bucket"] = bucket
        if status is not UNSET:
            field_dict["status"] = status
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if object_ is not UNSET:
            field_dict["object"] = object_

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

            def _parse_voucher_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise wrong_type("string or null", data)

            voucher_id = _parse_voucher_id(src_dict.get("voucher_id", UNSET))
        except DECODE_FAILURES as _failure:
            voucher_id = tolerate(_failure, "voucher_id", src_dict)

        try:

            def _parse_campaign_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise wrong_type("string or null", data)

            campaign_id = _parse_campaign_id(src_dict.get("campaign_id", UNSET))
        except DECODE_FAILURES as _failure:
            campaign_id = tolerate(_failure, "campaign_id", src_dict)

        try:

            def _parse_bucket(data: object) -> LoyaltyPointsBucketBucket | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                bucket_type_0 = LoyaltyPointsBucketBucket.from_dict(data)

                return bucket_type_0

            bucket = _parse_bucket(src_dict.get("bucket", UNSET))
        except DECODE_FAILURES as _failure:
            bucket = tolerate(_failure, "bucket", src_dict)

        try:

            def _parse_status(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise wrong_type("string or null", data)

            status = _parse_status(src_dict.get("status", UNSET))
        except DECODE_FAILURES as _failure:
            status = tolerate(_failure, "status", src_dict)

        try:

            def _parse_expires_at(data: object) -> datetime.date | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise wrong_type("date string or null", data)
                expires_at_type_0 = datetime.date.fromisoformat(data)

                return expires_at_type_0

            expires_at = _parse_expires_at(src_dict.get("expires_at", UNSET))
        except DECODE_FAILURES as _failure:
            expires_at = tolerate(_failure, "expires_at", src_dict)

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

            def _parse_object_(data: object) -> Literal["loyalty_points_bucket"] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                object_type_0 = data
                if object_type_0 != "loyalty_points_bucket":
                    raise ValueError(
                        f"object_type_0 must match const 'loyalty_points_bucket', got '{object_type_0}'"
                    )
                return object_type_0

            object_ = _parse_object_(src_dict.get("object", UNSET))
        except DECODE_FAILURES as _failure:
            object_ = tolerate(_failure, "object", src_dict)

        loyalty_points_bucket = cls(
            id, voucher_id, campaign_id, bucket, status, expires_at, created_at, updated_at, object_
        )

        if not src_dict.keys() <= _DECLARED_KEYS:
            loyalty_points_bucket.additional_properties = {
                key: src_dict[key] for key in sorted(src_dict.keys() - _DECLARED_KEYS)
            }
        return loyalty_points_bucket

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


from ..models.loyalty_points_bucket_bucket import LoyaltyPointsBucketBucket  # noqa: E402
