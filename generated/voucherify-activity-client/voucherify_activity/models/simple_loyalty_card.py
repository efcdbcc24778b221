from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decoding import (
    DECODE_FAILURES,
    expect_object,
    wrong_type,
)
from .._deviations import tolerate
from ..types import UNSET, Unset

T = TypeVar("T", bound="SimpleLoyaltyCard")


_DECLARED_KEYS = frozenset(
    {
        "points",
        "balance",
        "next_expiration_date",
        "next_expiration_points",
        "pending_points",
        "expired_points",
        "subtracted_points",
    }
)


@_attrs_define
class SimpleLoyaltyCard:
    """
    Attributes:
        points (int | None | Unset):  Example: 7000.
        balance (int | None | Unset):  Example: 6970.
        next_expiration_date (datetime.date | None | Unset):  Example: 2023-05-30.
        next_expiration_points (int | None | Unset):
        pending_points (int | None | Unset):
        expired_points (int | None | Unset):
        subtracted_points (int | None | Unset):
    """

    points: int | None | Unset = UNSET
    balance: int | None | Unset = UNSET
    next_expiration_date: datetime.date | None | Unset = UNSET
    next_expiration_points: int | None | Unset = UNSET
    pending_points: int | None | Unset = UNSET
    expired_points: int | None | Unset = UNSET
    subtracted_points: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            points: int | None | Unset
            if isinstance(self.points, Unset):
                points = UNSET
            else:
                points = self.points
        except (AttributeError, TypeError):
            points = cast(Any, self.points)

        try:
            balance: int | None | Unset
            if isinstance(self.balance, Unset):
                balance = UNSET
            else:
                balance = self.balance
        except (AttributeError, TypeError):
            balance = cast(Any, self.balance)

        try:
            next_expiration_date: None | str | Unset
            if isinstance(self.next_expiration_date, Unset):
                next_expiration_date = UNSET
            elif isinstance(self.next_expiration_date, datetime.date):
                next_expiration_date = self.next_expiration_date.isoformat()
            else:
                next_expiration_date = self.next_expiration_date
        except (AttributeError, TypeError):
            next_expiration_date = cast(Any, self.next_expiration_date)

        try:
            next_expiration_points: int | None | Unset
            if isinstance(self.next_expiration_points, Unset):
                next_expiration_points = UNSET
            else:
                next_expiration_points = self.next_expiration_points
        except (AttributeError, TypeError):
            next_expiration_points = cast(Any, self.next_expiration_points)

        try:
            pending_points: int | None | Unset
            if isinstance(self.pending_points, Unset):
                pending_points = UNSET
            else:
                pending_points = self.pending_points
        except (AttributeError, TypeError):
            pending_points = cast(Any, self.pending_points)

        try:
            expired_points: int | None | Unset
            if isinstance(self.expired_points, Unset):
                expired_points = UNSET
            else:
                expired_points = self.expired_points
        except (AttributeError, TypeError):
            expired_points = cast(Any, self.expired_points)

        try:
            subtracted_points: int | None | Unset
            if isinstance(self.subtracted_points, Unset):
                subtracted_points = UNSET
            else:
                subtracted_points = self.subtracted_points
        except (AttributeError, TypeError):
            subtracted_points = cast(Any, self.subtracted_points)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if points is not UNSET:
            field_dict["points"] = points
        if balance is not UNSET:
            field_dict["balance"] = balance
        if next_expiration_date is not UNSET:
            field_dict["next_expiration_date"] = next_expiration_date
        if next_expiration_points is not UNSET:
            field_dict["next_expiration_points"] = next_expiration_points
        if pending_points is not UNSET:
            field_dict["pending_points"] = pending_points
        if expired_points is not UNSET:
            field_dict["expired_points"] = expired_points
        if subtracted_points is not UNSET:
            field_dict["subtracted_points"] = subtracted_points

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):
            src_dict = expect_object(src_dict)
        try:

            def _parse_points(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, int) and not isinstance(data, bool):
                    return data
                raise wrong_type("integer or null", data)

            points = _parse_points(src_dict.get("points", UNSET))
        except DECODE_FAILURES as _failure:
            points = tolerate(_failure, "points", src_dict)

        try:

            def _parse_balance(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, int) and not isinstance(data, bool):
                    return data
                raise wrong_type("integer or null", data)

            balance = _parse_balance(src_dict.get("balance", UNSET))
        except DECODE_FAILURES as _failure:
            balance = tolerate(_failure, "balance", src_dict)

        try:

            def _parse_next_expiration_date(data: object) -> datetime.date | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise wrong_type("date string or null", data)
                next_expiration_date_type_0 = datetime.date.fromisoformat(data)

                return next_expiration_date_type_0

            next_expiration_date = _parse_next_expiration_date(
                src_dict.get("next_expiration_date", UNSET)
            )
        except DECODE_FAILURES as _failure:
            next_expiration_date = tolerate(_failure, "next_expiration_date", src_dict)

        try:

            def _parse_next_expiration_points(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, int) and not isinstance(data, bool):
                    return data
                raise wrong_type("integer or null", data)

            next_expiration_points = _parse_next_expiration_points(
                src_dict.get("next_expiration_points", UNSET)
            )
        except DECODE_FAILURES as _failure:
            next_expiration_points = tolerate(_failure, "next_expiration_points", src_dict)

        try:

            def _parse_pending_points(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, int) and not isinstance(data, bool):
                    return data
                raise wrong_type("integer or null", data)

            pending_points = _parse_pending_points(src_dict.get("pending_points", UNSET))
        except DECODE_FAILURES as _failure:
            pending_points = tolerate(_failure, "pending_points", src_dict)

        try:

            def _parse_expired_points(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, int) and not isinstance(data, bool):
                    return data
                raise wrong_type("integer or null", data)

            expired_points = _parse_expired_points(src_dict.get("expired_points", UNSET))
        except DECODE_FAILURES as _failure:
            expired_points = tolerate(_failure, "expired_points", src_dict)

        try:

            def _parse_subtracted_points(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, int) and not isinstance(data, bool):
                    return data
                raise wrong_type("integer or null", data)

            subtracted_points = _parse_subtracted_points(src_dict.get("subtracted_points", UNSET))
        except DECODE_FAILURES as _failure:
            subtracted_points = tolerate(_failure, "subtracted_points", src_dict)

        simple_loyalty_card = cls(
            points,
            balance,
            next_expiration_date,
            next_expiration_points,
            pending_points,
            expired_points,
            subtracted_points,
        )

        if not src_dict.keys() <= _DECLARED_KEYS:
            simple_loyalty_card.additional_properties = {
                key: src_dict[key] for key in sorted(src_dict.keys() - _DECLARED_KEYS)
            }
        return simple_loyalty_card

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
