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

T = TypeVar("T", bound="OrderRedemptionsAdditionalProperty")


_DECLARED_KEYS = frozenset(
    {
        "date",
        "rollback_id",
        "rollback_date",
        "related_object_type",
        "related_object_id",
        "related_object_parent_id",
    }
)


@_attrs_define
class OrderRedemptionsAdditionalProperty:
    """
    Attributes:
        date (datetime.datetime | None | Unset):  Example: 2022-09-02T17:06:56.649Z.
        rollback_id (None | str | Unset):  Example: rr_0c63c84eb78ee0a6c0.
        rollback_date (datetime.datetime | None | Unset):  Example: 2023-01-31T14:18:37.150Z.
        related_object_type (None | str | Unset):  Example: voucher.
        related_object_id (None | str | Unset):  Example: v_mkZN9v7vjYUadXnHrMza8W5c34fE5KiV.
        related_object_parent_id (None | str | Unset):  Example: camp_rRsfatlwN7unSeUIJDCYedal.
    """

    date: datetime.datetime | None | Unset = UNSET
    rollback_id: None | str | Unset = UNSET
    rollback_date: datetime.datetime | None | Unset = UNSET
    related_object_type: None | str | Unset = UNSET
    related_object_id: None | str | Unset = UNSET
    related_object_parent_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            date: None | str | Unset
            if isinstance(self.date, Unset):
                date = UNSET
            elif isinstance(self.date, datetime.datetime):
                date = self.date.isoformat()
            else:
                date = self.date
        except (AttributeError, TypeError):
            date = cast(Any, self.date)

        try:
            rollback_id: None | str | Unset
            if isinstance(self.rollback_id, Unset):
                rollback_id = UNSET
            else:
                rollback_id = self.rollback_id
        except (AttributeError, TypeError):
            rollback_id = cast(Any, self.rollback_id)

        try:
            rollback_date: None | str | Unset
            if isinstance(self.rollback_date, Unset):
                rollback_date = UNSET
            elif isinstance(self.rollback_date, datetime.datetime):
                rollback_date = self.rollback_date.isoformat()
            else:
                rollback_date = self.rollback_date
        except (AttributeError, TypeError):
            rollback_date = cast(Any, self.rollback_date)

        try:
            related_object_type: None | str | Unset
            if isinstance(self.related_object_type, Unset):
                related_object_type = UNSET
            else:
                related_object_type = self.related_object_type
        except (AttributeError, TypeError):
            related_object_type = cast(Any, self.related_object_type)

        try:
            related_object_id: None | str | Unset
            if isinstance(self.related_object_id, Unset):
                related_object_id = UNSET
            else:
                related_object_id = self.related_object_id
        except (AttributeError, TypeError):
            related_object_id = cast(Any, self.related_object_id)

        try:
            related_object_parent_id: None | str | Unset
            if isinstance(self.related_object_parent_id, Unset):
                related_object_parent_id = UNSET
            else:
                related_object_parent_id = self.related_object_parent_id
        except (AttributeError, TypeError):
            related_object_parent_id = cast(Any, self.related_object_parent_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if date is not UNSET:
            field_dict["date"] = date
        if rollback_id is not UNSET:
            field_dict["rollback_id"] = rollback_id
        if rollback_date is not UNSET:
            field_dict["rollback_date"] = rollback_date
        if related_object_type is not UNSET:
            field_dict["related_object_type"] = related_object_type
        if related_object_id is not UNSET:
            field_dict["related_object_id"] = related_object_id
        if related_object_parent_id is not UNSET:
            field_dict["related_object_parent_id"] = related_object_parent_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):
            src_dict = expect_object(src_dict)
        try:

            def _parse_date(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise wrong_type("date-time string or null", data)
                date_type_0 = parse_datetime(data)

                return date_type_0

            date = _parse_date(src_dict.get("date", UNSET))
        except DECODE_FAILURES as _failure:
            date = tolerate(_failure, "date", src_dict)

        try:

            def _parse_rollback_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise wrong_type("string or null", data)

            rollback_id = _parse_rollback_id(src_dict.get("rollback_id", UNSET))
        except DECODE_FAILURES as _failure:
            rollback_id = tolerate(_failure, "rollback_id", src_dict)

        try:

            def _parse_rollback_date(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise wrong_type("date-time string or null", data)
                rollback_date_type_0 = parse_datetime(data)

                return rollback_date_type_0

            rollback_date = _parse_rollback_date(src_dict.get("rollback_date", UNSET))
        except DECODE_FAILURES as _failure:
            rollback_date = tolerate(_failure, "rollback_date", src_dict)

        try:

            def _parse_related_object_type(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise wrong_type("string or null", data)

            related_object_type = _parse_related_object_type(
                src_dict.get("related_object_type", UNSET)
            )
        except DECODE_FAILURES as _failure:
            related_object_type = tolerate(_failure, "related_object_type", src_dict)

        try:

            def _parse_related_object_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise wrong_type("string or null", data)

            related_object_id = _parse_related_object_id(src_dict.get("related_object_id", UNSET))
        except DECODE_FAILURES as _failure:
            related_object_id = tolerate(_failure, "related_object_id", src_dict)

        try:

            def _parse_related_object_parent_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise wrong_type("string or null", data)

            related_object_parent_id = _parse_related_object_parent_id(
                src_dict.get("related_object_parent_id", UNSET)
            )
        except DECODE_FAILURES as _failure:
            related_object_parent_id = tolerate(_failure, "related_object_parent_id", src_dict)

        order_redemptions_additional_property = cls(
            date,
            rollback_id,
            rollback_date,
            related_object_type,
            related_object_id,
            related_object_parent_id,
        )

        if not src_dict.keys() <= _DECLARED_KEYS:
            order_redemptions_additional_property.additional_properties = {
                key: src_dict[key] for key in sorted(src_dict.keys() - _DECLARED_KEYS)
            }
        return order_redemptions_additional_property

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
