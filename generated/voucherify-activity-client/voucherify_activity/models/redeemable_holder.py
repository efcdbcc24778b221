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
from ..models.redeemable_holder_holder_role import (
    RedeemableHolderHolderRole,
    check_redeemable_holder_holder_role,
)
from ..models.voucher_type import VoucherType, check_voucher_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="RedeemableHolder")


_DECLARED_KEYS = frozenset(
    {
        "id",
        "redeemable_id",
        "customer_id",
        "holder_role",
        "created_at",
        "redeemable_object",
        "campaign_id",
        "campaign_type",
        "voucher_type",
        "publication_id",
        "object",
    }
)


@_attrs_define
class RedeemableHolder:
    """Assignment of a voucher to a customer in some role.

    Attributes:
        id (str):  Example: rh_0e7b8db4700106a852.
        redeemable_id (str):  Example: v_GXVguPhq2khgFxH7GrRXWA91gDr1LiA1.
        customer_id (str):  Example: cust_p1ufreYbVbwZ1x70nFkH9rF9.
        holder_role (RedeemableHolderHolderRole):
        created_at (datetime.datetime | Unset):  Example: 2024-03-22T17:48:25.910Z.
        redeemable_object (str | Unset):  Example: voucher.
        campaign_id (str | Unset):  Example: camp_weer1c3p5ZgktqfW56RfoNaG.
        campaign_type (str | Unset):  Example: REFERRAL_PROGRAM.
        voucher_type (VoucherType | Unset):
        publication_id (None | str | Unset):  Example: pub_BbjAXnmm8e0SIm3zG8qvvFCP0KuLywtp.
        object_ (Literal['redeemable_holder'] | Unset):
    """

    id: str
    redeemable_id: str
    customer_id: str
    holder_role: RedeemableHolderHolderRole
    created_at: datetime.datetime | Unset = UNSET
    redeemable_object: str | Unset = UNSET
    campaign_id: str | Unset = UNSET
    campaign_type: str | Unset = UNSET
    voucher_type: VoucherType | Unset = UNSET
    publication_id: None | str | Unset = UNSET
    object_: Literal["redeemable_holder"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "id": "id",
        "redeemable_id": "redeemable_id",
        "customer_id": "customer_id",
        "holder_role": "holder_role",
        "created_at": "created_at",
        "redeemable_object": "redeemable_object",
        "campaign_id": "campaign_id",
        "campaign_type": "campaign_type",
        "voucher_type": "voucher_type",
        "publication_id": "publication_id",
        "object_": "object",
    }

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        redeemable_id = self.redeemable_id

        customer_id = self.customer_id

        holder_role: str = self.holder_role

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        redeemable_object = self.redeemable_object

        campaign_id = self.campaign_id

        campaign_type = self.campaign_type

        voucher_type: str | Unset = UNSET
        if not isinstance(self.voucher_type, Unset):
            voucher_type = self.voucher_type

        publication_id: None | str | Unset
        if isinstance(self.publication_id, Unset):
            publication_id = UNSET
        else:
            publication_id = self.publication_id

        object_ = self.object_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "redeemable_id": redeemable_id,
                "customer_id": customer_id,
                "holder_role": holder_role,
            }
        )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if redeemable_object is not UNSET:
            field_dict["redeemable_object"] = redeemable_object
        if campaign_id is not UNSET:
            field_dict["campaign_id"] = campaign_id
        if campaign_type is not UNSET:
            field_dict["campaign_type"] = campaign_type
        if voucher_type is not UNSET:
            field_dict["voucher_type"] = voucher_type
        if publication_id is not UNSET:
            field_dict["publication_id"] = publication_id
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
            raise field_error(_failure, "id", src_dict)

        try:
            redeemable_id = src_dict["redeemable_id"]
            if not isinstance(redeemable_id, str):
                raise wrong_type("string", redeemable_id)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "redeemable_id", src_dict)

        try:
            customer_id = src_dict["customer_id"]
            if not isinstance(customer_id, str):
                raise wrong_type("string", customer_id)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "customer_id", src_dict)

        try:
            holder_role = check_redeemable_holder_holder_role(src_dict["holder_role"])
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "holder_role", src_dict)

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
            redeemable_object = src_dict.get("redeemable_object", UNSET)
            if redeemable_object is not UNSET and not isinstance(redeemable_object, str):
                raise wrong_type("string", redeemable_object)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "redeemable_object", src_dict)

        try:
            campaign_id = src_dict.get("campaign_id", UNSET)
            if campaign_id is not UNSET and not isinstance(campaign_id, str):
                raise wrong_type("string", campaign_id)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "campaign_id", src_dict)

        try:
            campaign_type = src_dict.get("campaign_type", UNSET)
            if campaign_type is not UNSET and not isinstance(campaign_type, str):
                raise wrong_type("string", campaign_type)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "campaign_type", src_dict)

        try:
            _voucher_type = src_dict.get("voucher_type", UNSET)
            voucher_type: VoucherType | Unset
            if isinstance(_voucher_type, Unset):
                voucher_type = UNSET
            else:
                voucher_type = check_voucher_type(_voucher_type)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "voucher_type", src_dict)

        try:

            def _parse_publication_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise wrong_type("string or null", data)

            publication_id = _parse_publication_id(src_dict.get("publication_id", UNSET))
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "publication_id", src_dict)

        try:
            object_ = src_dict.get("object", UNSET)
            if object_ != "redeemable_holder" and not isinstance(object_, Unset):
                raise ValueError(f"object must match const 'redeemable_holder', got '{object_}'")
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "object", src_dict)

        redeemable_holder = cls(
            id,
            redeemable_id,
            customer_id,
            holder_role,
            created_at,
            redeemable_object,
            campaign_id,
            campaign_type,
            voucher_type,
            publication_id,
            object_,
        )

        if not src_dict.keys() <= _DECLARED_KEYS:
            redeemable_holder.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS
            }
        return redeemable_holder

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
