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

T = TypeVar("T", bound="VoucherTransaction")


_DECLARED_KEYS = frozenset(
    {
        "id",
        "source_id",
        "voucher_id",
        "campaign_id",
        "source",
        "reason",
        "type",
        "details",
        "related_transaction_id",
        "created_at",
    }
)


@_attrs_define
class VoucherTransaction:
    """A gift card or loyalty card transaction.

    Attributes:
        id (str):  Example: vtx_0c9afe802593b34b80.
        source_id (None | str | Unset):  Example: crm-tx-2231.
        voucher_id (None | str | Unset):  Example: v_abCdEfghI1JKLMNPqRS2Tu3vWXyza4bc.
        campaign_id (None | str | Unset):  Example: camp_weer1c3p5ZgktqfW56RfoNaG.
        source (None | str | Unset):  Example: API.
        reason (None | str | Unset):  Example: Goodwill bonus.
        type_ (None | str | Unset): Transaction kind, e.g. `POINTS_ACCRUAL`, `POINTS_TRANSFER_IN`, `CREDITS_ADDITION`.
            Example: POINTS_ACCRUAL.
        details (None | Unset | VoucherTransactionDetails): What caused the transaction; which members are set depends
            on `type`.
        related_transaction_id (None | str | Unset):  Example: vtx_0c9afe802593b34b81.
        created_at (datetime.datetime | None | Unset):  Example: 2023-03-07T18:45:09.400Z.
    """

    id: str
    source_id: None | str | Unset = UNSET
    voucher_id: None | str | Unset = UNSET
    campaign_id: None | str | Unset = UNSET
    source: None | str | Unset = UNSET
    reason: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    details: None | Unset | VoucherTransactionDetails = UNSET
    related_transaction_id: None | str | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
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
            source: None | str | Unset
            if isinstance(self.source, Unset):
                source = UNSET
            else:
                source = self.source
        except (AttributeError, TypeError):
            source = cast(Any, self.source)

        try:
            reason: None | str | Unset
            if isinstance(self.reason, Unset):
                reason = UNSET
            else:
                reason = self.reason
        except (AttributeError, TypeError):
            reason = cast(Any, self.reason)

        try:
            type_: None | str | Unset
            if isinstance(self.type_, Unset):
                type_ = UNSET
            else:
                type_ = self.type_
        except (AttributeError, TypeError):
            type_ = cast(Any, self.type_)

        try:
            details: dict[str, Any] | None | Unset
            if isinstance(self.details, Unset):
                details = UNSET
            elif isinstance(self.details, VoucherTransactionDetails):
                details = self.details.to_dict()
            else:
                details = self.details
        except (AttributeError, TypeError):
            details = cast(Any, self.details)

        try:
            related_transaction_id: None | str | Unset
            if isinstance(self.related_transaction_id, Unset):
                related_transaction_id = UNSET
            else:
                related_transaction_id = self.related_transaction_id
        except (AttributeError, TypeError):
            related_transaction_id = cast(Any, self.related_transaction_id)

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["id"] = id
        if source_id is not UNSET:
            field_dict["source_id"] = source_id
        if voucher_id is not UNSET:
            field_dict["voucher_id"] = voucher_id
        if campaign_id is not UNSET:
            field_dict["campaign_id"] = campaign_id
        if source is not UNSET:
            field_dict["source"] = source
        if reason is not UNSET:
            field_dict["reason"] = reason
        if type_ is not UNSET:
            field_dict["type"] = type_
        if details is not UNSET:
            field_dict["details"] = details
        if related_transaction_id is not UNSET:
            field_dict["related_transaction_id"] = related_transaction_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

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
            source = tolerate(_failure, "source", src_dict)

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
            reason = tolerate(_failure, "reason", src_dict)

        try:

            def _parse_type_(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise wrong_type("string or null", data)

            type_ = _parse_type_(src_dict.get("type", UNSET))
        except DECODE_FAILURES as _failure:
            type_ = tolerate(_failure, "type", src_dict)

        try:

            def _parse_details(data: object) -> None | Unset | VoucherTransactionDetails:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                details_type_0 = VoucherTransactionDetails.from_dict(data)

                return details_type_0

            details = _parse_details(src_dict.get("details", UNSET))
        except DECODE_FAILURES as _failure:
            details = tolerate(_failure, "details", src_dict)

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
            related_transaction_id = tolerate(_failure, "related_transaction_id", src_dict)

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

        voucher_transaction = cls(
            id,
            source_id,
            voucher_id,
            campaign_id,
            source,
            reason,
            type_,
            details,
            related_transaction_id,
            created_at,
        )

        if not src_dict.keys() <= _DECLARED_KEYS:
            voucher_transaction.additional_properties = {
                key: src_dict[key] for key in sorted(src_dict.keys() - _DECLARED_KEYS)
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
