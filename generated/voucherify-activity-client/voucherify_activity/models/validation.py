from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decoding import (
    DECODE_FAILURES,
    expect_object,
    item_error,
    parse_datetime,
    wrong_type,
)
from .._deviations import tolerate
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
        session_id (None | str | Unset):  Example: ssn_yQGMTeKBSw8OOuFPwlBEjzGy.
        status (None | Unset | ValidationStatus):
        created_at (datetime.datetime | None | Unset):  Example: 2021-12-22T10:13:06.487Z.
        customer_id (None | str | Unset):  Example: cust_7iUa6ICKyU6gH40dBU25kQU1.
        redeemables (list[RedeemableReference] | None | Unset):
        skipped_redeemables (list[RedeemableReference] | None | Unset):
        inapplicable_redeemables (list[RedeemableReference] | None | Unset):
    """

    id: str
    session_id: None | str | Unset = UNSET
    status: None | Unset | ValidationStatus = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    customer_id: None | str | Unset = UNSET
    redeemables: list[RedeemableReference] | None | Unset = UNSET
    skipped_redeemables: list[RedeemableReference] | None | Unset = UNSET
    inapplicable_redeemables: list[RedeemableReference] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        try:
            session_id: None | str | Unset
            if isinstance(self.session_id, Unset):
                session_id = UNSET
            else:
                session_id = self.session_id
        except (AttributeError, TypeError):
            session_id = cast(Any, self.session_id)

        try:
            status: None | str | Unset
            if isinstance(self.status, Unset):
                status = UNSET
            elif isinstance(self.status, str):
                status = self.status
            else:
                status = self.status
        except (AttributeError, TypeError):
            status = cast(Any, self.status)

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
            customer_id: None | str | Unset
            if isinstance(self.customer_id, Unset):
                customer_id = UNSET
            else:
                customer_id = self.customer_id
        except (AttributeError, TypeError):
            customer_id = cast(Any, self.customer_id)

        try:
            redeemables: list[dict[str, Any]] | None | Unset
            if isinstance(self.redeemables, Unset):
                redeemables = UNSET
            elif isinstance(self.redeemables, list):
                redeemables = []
                for redeemables_type_0_item_data in self.redeemables:
                    redeemables_type_0_item = redeemables_type_0_item_data.to_dict()
                    redeemables.append(redeemables_type_0_item)

            else:
                redeemables = self.redeemables
        except (AttributeError, TypeError):
            redeemables = cast(Any, self.redeemables)

        try:
            skipped_redeemables: list[dict[str, Any]] | None | Unset
            if isinstance(self.skipped_redeemables, Unset):
                skipped_redeemables = UNSET
            elif isinstance(self.skipped_redeemables, list):
                skipped_redeemables = []
                for skipped_redeemables_type_0_item_data in self.skipped_redeemables:
                    skipped_redeemables_type_0_item = skipped_redeemables_type_0_item_data.to_dict()
                    skipped_redeemables.append(skipped_redeemables_type_0_item)

            else:
                skipped_redeemables = self.skipped_redeemables
        except (AttributeError, TypeError):
            skipped_redeemables = cast(Any, self.skipped_redeemables)

        try:
            inapplicable_redeemables: list[dict[str, Any]] | None | Unset
            if isinstance(self.inapplicable_redeemables, Unset):
                inapplicable_redeemables = UNSET
            elif isinstance(self.inapplicable_redeemables, list):
                inapplicable_redeemables = []
                for inapplicable_redeemables_type_0_item_data in self.inapplicable_redeemables:
                    inapplicable_redeemables_type_0_item = (
                        inapplicable_redeemables_type_0_item_data.to_dict()
                    )
                    inapplicable_redeemables.append(inapplicable_redeemables_type_0_item)

            else:
                inapplicable_redeemables = self.inapplicable_redeemables
        except (AttributeError, TypeError):
            inapplicable_redeemables = cast(Any, self.inapplicable_redeemables)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["id"] = id
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
            id = tolerate(_failure, "id", src_dict)

        try:

            def _parse_session_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise wrong_type("string or null", data)

            session_id = _parse_session_id(src_dict.get("session_id", UNSET))
        except DECODE_FAILURES as _failure:
            session_id = tolerate(_failure, "session_id", src_dict)

        try:

            def _parse_status(data: object) -> None | Unset | ValidationStatus:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise wrong_type("a valid value or null", data)
                status_type_0 = check_validation_status(data)

                return status_type_0

            status = _parse_status(src_dict.get("status", UNSET))
        except DECODE_FAILURES as _failure:
            status = tolerate(_failure, "status", src_dict)

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

            def _parse_redeemables(data: object) -> list[RedeemableReference] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, list):
                    raise wrong_type("array or null", data)
                _redeemables_type_0 = data
                if not isinstance(_redeemables_type_0, list):
                    raise wrong_type("array", _redeemables_type_0)
                redeemables_type_0 = []
                for redeemables_type_0_item_data in _redeemables_type_0:
                    try:
                        redeemables_type_0_item = RedeemableReference.from_dict(
                            redeemables_type_0_item_data
                        )

                    except DECODE_FAILURES as _failure:
                        raise item_error(
                            _failure, _redeemables_type_0, redeemables_type_0_item_data
                        )
                    redeemables_type_0.append(redeemables_type_0_item)

                return redeemables_type_0

            redeemables = _parse_redeemables(src_dict.get("redeemables", UNSET))
        except DECODE_FAILURES as _failure:
            redeemables = tolerate(_failure, "redeemables", src_dict)

        try:

            def _parse_skipped_redeemables(
                data: object,
            ) -> list[RedeemableReference] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, list):
                    raise wrong_type("array or null", data)
                _skipped_redeemables_type_0 = data
                if not isinstance(_skipped_redeemables_type_0, list):
                    raise wrong_type("array", _skipped_redeemables_type_0)
                skipped_redeemables_type_0 = []
                for skipped_redeemables_type_0_item_data in _skipped_redeemables_type_0:
                    try:
                        skipped_redeemables_type_0_item = RedeemableReference.from_dict(
                            skipped_redeemables_type_0_item_data
                        )

                    except DECODE_FAILURES as _failure:
                        raise item_error(
                            _failure,
                            _skipped_redeemables_type_0,
                            skipped_redeemables_type_0_item_data,
                        )
                    skipped_redeemables_type_0.append(skipped_redeemables_type_0_item)

                return skipped_redeemables_type_0

            skipped_redeemables = _parse_skipped_redeemables(
                src_dict.get("skipped_redeemables", UNSET)
            )
        except DECODE_FAILURES as _failure:
            skipped_redeemables = tolerate(_failure, "skipped_redeemables", src_dict)

        try:

            def _parse_inapplicable_redeemables(
                data: object,
            ) -> list[RedeemableReference] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, list):
                    raise wrong_type("array or null", data)
                _inapplicable_redeemables_type_0 = data
                if not isinstance(_inapplicable_redeemables_type_0, list):
                    raise wrong_type("array", _inapplicable_redeemables_type_0)
                inapplicable_redeemables_type_0 = []
                for inapplicable_redeemables_type_0_item_data in _inapplicable_redeemables_type_0:
                    try:
                        inapplicable_redeemables_type_0_item = RedeemableReference.from_dict(
                            inapplicable_redeemables_type_0_item_data
                        )

                    except DECODE_FAILURES as _failure:
                        raise item_error(
                            _failure,
                            _inapplicable_redeemables_type_0,
                            inapplicable_redeemables_type_0_item_data,
                        )
                    inapplicable_redeemables_type_0.append(inapplicable_redeemables_type_0_item)

                return inapplicable_redeemables_type_0

            inapplicable_redeemables = _parse_inapplicable_redeemables(
                src_dict.get("inapplicable_redeemables", UNSET)
            )
        except DECODE_FAILURES as _failure:
            inapplicable_redeemables = tolerate(_failure, "inapplicable_redeemables", src_dict)

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
                key: src_dict[key] for key in sorted(src_dict.keys() - _DECLARED_KEYS)
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
