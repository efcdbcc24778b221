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
        "created_at",
        "redeemable_id",
        "redeemable_object",
        "campaign_id",
        "campaign_type",
        "voucher_type",
        "publication_id",
        "customer_id",
        "holder_role",
        "object",
    }
)


@_attrs_define
class RedeemableHolder:
    """Assignment of a voucher to a customer in some role.

    Attributes:
        id (str):  Example: rh_0e7b8db4700106a852.
        created_at (datetime.datetime | None | Unset):  Example: 2024-03-22T17:48:25.910Z.
        redeemable_id (None | str | Unset):  Example: v_GXVguPhq2khgFxH7GrRXWA91gDr1LiA1.
        redeemable_object (None | str | Unset):  Example: voucher.
        campaign_id (None | str | Unset):  Example: camp_weer1c3p5ZgktqfW56RfoNaG.
        campaign_type (None | str | Unset):  Example: REFERRAL_PROGRAM.
        voucher_type (None | Unset | VoucherType):
        publication_id (None | str | Unset):  Example: pub_BbjAXnmm8e0SIm3zG8qvvFCP0KuLywtp.
        customer_id (None | str | Unset):  Example: cust_p1ufreYbVbwZ1x70nFkH9rF9.
        holder_role (None | RedeemableHolderHolderRole | Unset):
        object_ (Literal['redeemable_holder'] | None | Unset):
    """

    id: str
    created_at: datetime.datetime | None | Unset = UNSET
    redeemable_id: None | str | Unset = UNSET
    redeemable_object: None | str | Unset = UNSET
    campaign_id: None | str | Unset = UNSET
    campaign_type: None | str | Unset = UNSET
    voucher_type: None | Unset | VoucherType = UNSET
    publication_id: None | str | Unset = UNSET
    customer_id: None | str | Unset = UNSET
    holder_role: None | RedeemableHolderHolderRole | Unset = UNSET
    object_: Literal["redeemable_holder"] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

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
            redeemable_id: None | str | Unset
            if isinstance(self.redeemable_id, Unset):
                redeemable_id = UNSET
            else:
                redeemable_id = self.redeemable_id
        except (AttributeError, TypeError):
            redeemable_id = cast(Any, self.redeemable_id)

        try:
            redeemable_object: None | str | Unset
            if isinstance(self.redeemable_object, Unset):
                redeemable_object = UNSET
            else:
                redeemable_object = self.redeemable_object
        except (AttributeError, TypeError):
            redeemable_object = cast(Any, self.redeemable_object)

        try:
            campaign_id: None | str | Unset
            if isinstance(self.campaign_id, Unset):
                campaign_id = UNSET
            else:
                campaign_id = self.campaign_id
        except (AttributeError, TypeError):
            campaign_id = cast(Any, self.campaign_id)

        try:
            campaign_type: None | str | Unset
            if isinstance(self.campaign_type, Unset):
                campaign_type = UNSET
            else:
                campaign_type = self.campaign_type
        except (AttributeError, TypeError):
            campaign_type = cast(Any, self.campaign_type)

        try:
            voucher_type: None | str | Unset
            if isinstance(self.voucher_type, Unset):
                voucher_type = UNSET
            elif isinstance(self.voucher_type, str):
                voucher_type = self.voucher_type
            else:
                voucher_type = self.voucher_type
        except (AttributeError, TypeError):
            voucher_type = cast(Any, self.voucher_type)

        try:
            publication_id: None | str | Unset
            if isinstance(self.publication_id, Unset):
                publication_id = UNSET
            else:
                publication_id = self.publication_id
        except (AttributeError, TypeError):
            publication_id = cast(Any, self.publication_id)

        try:
            customer_id: None | str | Unset
            if isinstance(self.customer_id, Unset):
                customer_id = UNSET
            else:
                customer_id = self.customer_id
        except (AttributeError, TypeError):
            customer_id = cast(Any, self.customer_id)

        try:
            holder_role: None | str | Unset
            if isinstance(self.holder_role, Unset):
                holder_role = UNSET
            elif isinstance(self.holder_role, str):
                holder_role = self.holder_role
            else:
                holder_role = self.holder_role
        except (AttributeError, TypeError):
            holder_role = cast(Any, self.holder_role)

        try:
            object_: Literal["redeemable_holder"] | None | Unset
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
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if redeemable_id is not UNSET:
            field_dict["redeemable_id"] = redeemable_id
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
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if holder_role is not UNSET:
            field_dict["holder_role"] = holder_role
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

            def _parse_redeemable_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise wrong_type("string or null", data)

            redeemable_id = _parse_redeemable_id(src_dict.get("redeemable_id", UNSET))
        except DECODE_FAILURES as _failure:
            redeemable_id = tolerate(_failure, "redeemable_id", src_dict)

        try:

            def _parse_redeemable_object(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise wrong_type("string or null", data)

            redeemable_object = _parse_redeemable_object(src_dict.get("redeemable_object", UNSET))
        except DECODE_FAILURES as _failure:
            redeemable_object = tolerate(_failure, "redeemable_object", src_dict)

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

            def _parse_campaign_type(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise wrong_type("string or null", data)

            campaign_type = _parse_campaign_type(src_dict.get("campaign_type", UNSET))
        except DECODE_FAILURES as _failure:
            campaign_type = tolerate(_failure, "campaign_type", src_dict)

        try:

            def _parse_voucher_type(data: object) -> None | Unset | VoucherType:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise wrong_type("a valid value or null", data)
                voucher_type_type_0 = check_voucher_type(data)

                return voucher_type_type_0

            voucher_type = _parse_voucher_type(src_dict.get("voucher_type", UNSET))
        except DECODE_FAILURES as _failure:
            voucher_type = tolerate(_failure, "voucher_type", src_dict)

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
            publication_id = tolerate(_failure, "publication_id", src_dict)

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

            def _parse_holder_role(data: object) -> None | RedeemableHolderHolderRole | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise wrong_type("a valid value or null", data)
                holder_role_type_0 = check_redeemable_holder_holder_role(data)

                return holder_role_type_0

            holder_role = _parse_holder_role(src_dict.get("holder_role", UNSET))
        except DECODE_FAILURES as _failure:
            holder_role = tolerate(_failure, "holder_role", src_dict)

        try:

            def _parse_object_(data: object) -> Literal["redeemable_holder"] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                object_type_0 = data
                if object_type_0 != "redeemable_holder":
                    raise ValueError(
                        f"object_type_0 must match const 'redeemable_holder', got '{object_type_0}'"
                    )
                return object_type_0

            object_ = _parse_object_(src_dict.get("object", UNSET))
        except DECODE_FAILURES as _failure:
            object_ = tolerate(_failure, "object", src_dict)

        redeemable_holder = cls(
            id,
            created_at,
            redeemable_id,
            redeemable_object,
            campaign_id,
            campaign_type,
            voucher_type,
            publication_id,
            customer_id,
            holder_role,
            object_,
        )

        if not src_dict.keys() <= _DECLARED_KEYS:
            redeemable_holder.additional_properties = {
                key: src_dict[key] for key in sorted(src_dict.keys() - _DECLARED_KEYS)
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
