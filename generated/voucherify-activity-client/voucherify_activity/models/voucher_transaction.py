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
    wrong_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="VoucherTransaction")


_DECLARED_KEYS = frozenset(
    {
        "id",
        "voucher_id",
        "campaign_id",
        "type",
        "created_at",
        "source_id",
        "source",
        "reason",
        "details",
        "related_transaction_id",
    }
)


@_attrs_define
class VoucherTransaction:
    """A gift card or loyalty card transaction.

    Attributes:
        id (str):  Example: vtx_0c9afe802593b34b80.
        voucher_id (str):  Example: v_abCdEfghI1JKLMNPqRS2Tu3vWXyza4bc.
        campaign_id (str):  Example: camp_weer1c3p5ZgktqfW56RfoNaG.
        type_ (str): Transaction kind, e.g. `POINTS_ACCRUAL`, `POINTS_TRANSFER_IN`, `CREDITS_ADDITION`. Example:
            POINTS_ACCRUAL.
        created_at (datetime.datetime):  Example: 2023-03-07T18:45:09.400Z.
        source_id (None | str | Unset):  Example: crm-tx-2231.
        source (None | str | Unset):  Example: API.
        reason (None | str | Unset):  Example: Goodwill bonus.
        details (VoucherTransactionDetails | Unset): What caused the transaction; which members are set depends on
            `type`.
        related_transaction_id (None | str | Unset):  Example: vtx_0c9afe802593b34b81.
    """

    id: str
    voucher_id: str
    campaign_id: str
    type_: str
    created_at: datetime.datetime
    source_id: None | str | Unset = UNSET
    source: None | str | Unset = UNSET
    reason: None | str | Unset = UNSET
    details: VoucherTransactionDetails | Unset = UNSET
    related_transaction_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "id": "id",
        "voucher_id": "voucher_id",
        "campaign_id": "campaign_id",
        "type_": "type",
        "created_at": "created_at",
        "source_id": "source_id",
        "source": "source",
        "reason": "reason",
        "details": "details",
        "related_transaction_id": "related_transaction_id",
    }

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        voucher_id = self.voucher_id

        campaign_id = self.campaign_id

        type_ = self.type_

        created_at = self.created_at.isoformat()

        source_id: None | str | Unset
        if isinstance(self.source_id, Unset):
            source_id = UNSET
        else:
            source_id = self.source_id

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = self.details.to_dict()

        related_transaction_id: None | str | Unset
        if isinstance(self.related_transaction_id, Unset):
            related_transaction_id = UNSET
        else:
            related_transaction_id = self.related_transaction_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "voucher_id": voucher_id,
                "campaign_id": campaign_id,
                "type": type_,
                "created_at": created_at,
            }
        )
        if source_id is not UNSET:
            field_dict["source_id"] = source_id
        if source is not UNSET:
            field_dict["source"] = source
        if reason is not UNSET:
            field_dict["reason"] = reason
        if details is not UNSET:
            field_dict["details"] = details
        if related_transaction_id is not UNSET:
            field_dict["related_transaction_id"] = related_transaction_id

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
            type_ = src_dict["type"]
            if not isinstance(type_, str):
                raise wrong_type("string", type_)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "type", src_dict)

        try:
            created_at = datetime.datetime.fromisoformat(src_dict["created_at"])
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "created_at", src_dict)

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

            def _parse_source(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise wrong_type("string or null", data)

            source = _parse_source(src_dict.get("source", UNSET))
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "source", src_dict)

        try:

            def _parse_reason(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise wrong_type("string or null", data)

            reason = _parse_reason(src_dict.get("reason", UNSET))
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "reason", src_dict)

        try:
            _details = src_dict.get("details", UNSET)
            details: VoucherTransactionDetails | Unset
            if isinstance(_details, Unset):
                details = UNSET
            else:
                details = VoucherTransactionDetails.from_dict(_details)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "details", src_dict)

        try:

            def _parse_related_transaction_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise wrong_type("string or null", data)

            related_transaction_id = _parse_related_transaction_id(
                src_dict.get("related_transaction_id", UNSET)
            )
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "related_transaction_id", src_dict)

        voucher_transaction = cls(
            id,
            voucher_id,
            campaign_id,
            type_,
            created_at,
            source_id,
            source,
            reason,
            details,
            related_transaction_id,
        )

        if not src_dict.keys() <= _DECLARED_KEYS:
            voucher_transaction.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS
            }
        return voucher_transaction

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


from ..models.voucher_transaction_details import VoucherTransactionDetails  # noqa: E402
