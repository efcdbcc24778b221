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
        "object",
        "updated_at",
    }
)


@_attrs_define
class LoyaltyPointsBucket:
    """Points that expire together.

    Attributes:
        id (str):  Example: lopb_0e3070fef399b70b01.
        voucher_id (str):  Example: v_abCdEfghI1JKLMNPqRS2Tu3vWXyza4bc.
        campaign_id (str):  Example: camp_weer1c3p5ZgktqfW56RfoNaG.
        bucket (LoyaltyPointsBucketBucket):
        status (str):  Example: ACTIVE.
        expires_at (datetime.date):  Example: 2024-03-31.
        created_at (datetime.datetime):  Example: 2023-03-31T10:00:00.000Z.
        object_ (Literal['loyalty_points_bucket']):
        updated_at (datetime.datetime | Unset):  Example: 2024-03-31T00:05:00.000Z.
    """

    id: str
    voucher_id: str
    campaign_id: str
    bucket: LoyaltyPointsBucketBucket
    status: str
    expires_at: datetime.date
    created_at: datetime.datetime
    object_: Literal["loyalty_points_bucket"]
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "id": "id",
        "voucher_id": "voucher_id",
        "campaign_id": "campaign_id",
        "bucket": "bucket",
        "status": "status",
        "expires_at": "expires_at",
        "created_at": "created_at",
        "object_": "object",
        "updated_at": "updated_at",
    }

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        voucher_id = self.voucher_id

        campaign_id = self.campaign_id

        bucket = self.bucket.to_dict()

        status = self.status

        expires_at = self.expires_at.isoformat()

        created_at = self.created_at.isoformat()

        object_ = self.object_

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "voucher_id": voucher_id,
                "campaign_id": campaign_id,
                "bucket": bucket,
                "status": status,
                "expires_at": expires_at,
                "created_at": created_at,
                "object": object_,
            }
        )
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

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
            voucher_id = src_dict["voucher_id"]
            if not isinstance(voucher_id, str):
                raise wrong_type("string", voucher_id)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "voucher_id", src_dict)

        try:
            campaign_id = src_dict["campaign_id"]
            if not isinstance(campaign_id, str):
                raise wrong_type("string", campaign_id)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "campaign_id", src_dict)

        try:
            bucket = LoyaltyPointsBucketBucket.from_dict(src_dict["bucket"])
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "bucket", src_dict)

        try:
            status = src_dict["status"]
            if not isinstance(status, str):
                raise wrong_type("string", status)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "status", src_dict)

        try:
            expires_at = datetime.date.fromisoformat(src_dict["expires_at"])
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "expires_at", src_dict)

        try:
            created_at = datetime.datetime.fromisoformat(src_dict["created_at"])
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "created_at", src_dict)

        try:
            object_ = src_dict["object"]
            if object_ != "loyalty_points_bucket":
                raise ValueError(
                    f"object must match const 'loyalty_points_bucket', got '{object_}'"
                )
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "object", src_dict)

        try:
            _updated_at = src_dict.get("updated_at", UNSET)
            updated_at: datetime.datetime | Unset
            if isinstance(_updated_at, Unset):
                updated_at = UNSET
            else:
                updated_at = datetime.datetime.fromisoformat(_updated_at)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "updated_at", src_dict)

        loyalty_points_bucket = cls(
            id, voucher_id, campaign_id, bucket, status, expires_at, created_at, object_, updated_at
        )

        if not src_dict.keys() <= _DECLARED_KEYS:
            loyalty_points_bucket.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS
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
