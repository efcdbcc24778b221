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
    item_error,
    wrong_type,
)
from ..models.validation_status import ValidationStatus, check_validation_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="Validation")


_DECLARED_KEYS = frozenset(
    {
        "id",
        "session_id",
        "status",
        "created_at",
        "customer_id",
        "redeemables",
        "skipped_redeemables",
        "inapplicable_redeemables",
    }
)


@_attrs_define
class Validation:
    """Result of validating redeemables for the customer.

    Attributes:
        id (str):  Example: valid_0c1d2e3f4a5b6c7d8f.
        session_id (str | Unset):  Example: ssn_yQGMTeKBSw8OOuFPwlBEjzGy.
        status (ValidationStatus | Unset):
        created_at (datetime.datetime | Unset):  Example: 2021-12-22T10:13:06.487Z.
        customer_id (str | Unset):  Example: cust_7iUa6ICKyU6gH40dBU25kQU1.
        redeemables (list[RedeemableReference] | Unset):
        skipped_redeemables (list[RedeemableReference] | Unset):
        inapplicable_redeemables (list[RedeemableReference] | Unset):
    """

    id: str
    session_id: str | Unset = UNSET
    status: ValidationStatus | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    customer_id: str | Unset = UNSET
    redeemables: list[RedeemableReference] | Unset = UNSET
    skipped_redeemables: list[RedeemableReference] | Unset = UNSET
    inapplicable_redeemables: list[RedeemableReference] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "id": "id",
        "session_id": "session_id",
        "status": "status",
        "created_at": "created_at",
        "customer_id": "customer_id",
        "redeemables": "redeemables",
        "skipped_redeemables": "skipped_redeemables",
        "inapplicable_redeemables": "inapplicable_redeemables",
    }

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        session_id = self.session_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        customer_id = self.customer_id

        redeemables: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.redeemables, Unset):
            redeemables = []
            for redeemables_item_data in self.redeemables:
                redeemables_item = redeemables_item_data.to_dict()
                redeemables.append(redeemables_item)

        skipped_redeemables: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.skipped_redeemables, Unset):
            skipped_redeemables = []
            for skipped_redeemables_item_data in self.skipped_redeemables:
                skipped_redeemables_item = skipped_redeemables_item_data.to_dict()
                skipped_redeemables.append(skipped_redeemables_item)

        inapplicable_redeemables: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.inapplicable_redeemables, Unset):
            inapplicable_redeemables = []
            for inapplicable_redeemables_item_data in self.inapplicable_redeemables:
                inapplicable_redeemables_item = inapplicable_redeemables_item_data.to_dict()
                inapplicable_redeemables.append(inapplicable_redeemables_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if session_id is not UNSET:
            field_dict["session_id"] = session_id
        if status is not UNSET:
            field_dict["status"] = status
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if redeemables is not UNSET:
            field_dict["redeemables"] = redeemables
        if skipped_redeemables is not UNSET:
            field_dict["skipped_redeemables"] = skipped_redeemables
        if inapplicable_redeemables is not UNSET:
            field_dict["inapplicable_redeemables"] = inapplicable_redeemables

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
            session_id = src_dict.get("session_id", UNSET)
            if session_id is not UNSET and not isinstance(session_id, str):
                raise wrong_type("string", session_id)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "session_id", src_dict)

        try:
            _status = src_dict.get("status", UNSET)
            status: ValidationStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = check_validation_status(_status)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "status", src_dict)

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
            _redeemables = src_dict.get("redeemables", UNSET)
            redeemables: list[RedeemableReference] | Unset = UNSET
            if _redeemables is not UNSET:
                if not isinstance(_redeemables, list):
                    raise wrong_type("array", _redeemables)
                redeemables = []
                for redeemables_item_data in _redeemables:
                    try:
                        redeemables_item = RedeemableReference.from_dict(redeemables_item_data)

                    except DECODE_FAILURES as _failure:
                        raise item_error(_failure, _redeemables, redeemables_item_data)
                    redeemables.append(redeemables_item)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "redeemables", src_dict)

        try:
            _skipped_redeemables = src_dict.get("skipped_redeemables", UNSET)
            skipped_redeemables: list[RedeemableReference] | Unset = UNSET
            if _skipped_redeemables is not UNSET:
                if not isinstance(_skipped_redeemables, list):
                    raise wrong_type("array", _skipped_redeemables)
                skipped_redeemables = []
                for skipped_redeemables_item_data in _skipped_redeemables:
                    try:
                        skipped_redeemables_item = RedeemableReference.from_dict(
                            skipped_redeemables_item_data
                        )

                    except DECODE_FAILURES as _failure:
                        raise item_error(
                            _failure, _skipped_redeemables, skipped_redeemables_item_data
                        )
                    skipped_redeemables.append(skipped_redeemables_item)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "skipped_redeemables", src_dict)

        try:
            _inapplicable_redeemables = src_dict.get("inapplicable_redeemables", UNSET)
            inapplicable_redeemables: list[RedeemableReference] | Unset = UNSET
            if _inapplicable_redeemables is not UNSET:
                if not isinstance(_inapplicable_redeemables, list):
                    raise wrong_type("array", _inapplicable_redeemables)
                inapplicable_redeemables = []
                for inapplicable_redeemables_item_data in _inapplicable_redeemables:
                    try:
                        inapplicable_redeemables_item = RedeemableReference.from_dict(
                            inapplicable_redeemables_item_data
                        )

                    except DECODE_FAILURES as _failure:
                        raise item_error(
                            _failure, _inapplicable_redeemables, inapplicable_redeemables_item_data
                        )
                    inapplicable_redeemables.append(inapplicable_redeemables_item)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "inapplicable_redeemables", src_dict)

        validation = cls(
            id,
            session_id,
            status,
            created_at,
            customer_id,
            redeemables,
            skipped_redeemables,
            inapplicable_redeemables,
        )

        if not src_dict.keys() <= _DECLARED_KEYS:
            validation.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS
            }
        return validation

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


from ..models.redeemable_reference import RedeemableReference  # noqa: E402
