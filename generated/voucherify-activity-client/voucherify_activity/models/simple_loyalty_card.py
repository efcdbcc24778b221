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
        points (int | Unset):  Example: 7000.
        balance (int | Unset):  Example: 6970.
        next_expiration_date (datetime.date | Unset):  Example: 2023-05-30.
        next_expiration_points (int | Unset):
        pending_points (int | Unset):
        expired_points (int | Unset):
        subtracted_points (int | Unset):
    """

    points: int | Unset = UNSET
    balance: int | Unset = UNSET
    next_expiration_date: datetime.date | Unset = UNSET
    next_expiration_points: int | Unset = UNSET
    pending_points: int | Unset = UNSET
    expired_points: int | Unset = UNSET
    subtracted_points: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "points": "points",
        "balance": "balance",
        "next_expiration_date": "next_expiration_date",
        "next_expiration_points": "next_expiration_points",
        "pending_points": "pending_points",
        "expired_points": "expired_points",
        "subtracted_points": "subtracted_points",
    }

    def to_dict(self) -> dict[str, Any]:
        points = self.points

        balance = self.balance

        next_expiration_date: str | Unset = UNSET
        if not isinstance(self.next_expiration_date, Unset):
            next_expiration_date = self.next_expiration_date.isoformat()

        next_expiration_points = self.next_expiration_points

        pending_points = self.pending_points

        expired_points = self.expired_points

        subtracted_points = self.subtracted_points

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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
            points = src_dict.get("points", UNSET)
            if points is not UNSET and (not isinstance(points, int) or isinstance(points, bool)):
                raise wrong_type("integer", points)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "points", src_dict)

        try:
            balance = src_dict.get("balance", UNSET)
            if balance is not UNSET and (not isinstance(balance, int) or isinstance(balance, bool)):
                raise wrong_type("integer", balance)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "balance", src_dict)

        try:
            _next_expiration_date = src_dict.get("next_expiration_date", UNSET)
            next_expiration_date: datetime.date | Unset
            if isinstance(_next_expiration_date, Unset):
                next_expiration_date = UNSET
            else:
                next_expiration_date = datetime.date.fromisoformat(_next_expiration_date)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "next_expiration_date", src_dict)

        try:
            next_expiration_points = src_dict.get("next_expiration_points", UNSET)
            if next_expiration_points is not UNSET and (
                not isinstance(next_expiration_points, int)
                or isinstance(next_expiration_points, bool)
            ):
                raise wrong_type("integer", next_expiration_points)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "next_expiration_points", src_dict)

        try:
            pending_points = src_dict.get("pending_points", UNSET)
            if pending_points is not UNSET and (
                not isinstance(pending_points, int) or isinstance(pending_points, bool)
            ):
                raise wrong_type("integer", pending_points)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "pending_points", src_dict)

        try:
            expired_points = src_dict.get("expired_points", UNSET)
            if expired_points is not UNSET and (
                not isinstance(expired_points, int) or isinstance(expired_points, bool)
            ):
                raise wrong_type("integer", expired_points)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "expired_points", src_dict)

        try:
            subtracted_points = src_dict.get("subtracted_points", UNSET)
            if subtracted_points is not UNSET and (
                not isinstance(subtracted_points, int) or isinstance(subtracted_points, bool)
            ):
                raise wrong_type("integer", subtracted_points)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "subtracted_points", src_dict)

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
                key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS
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
