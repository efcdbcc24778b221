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

T = TypeVar("T", bound="LoyaltyPendingPoints")


_DECLARED_KEYS = frozenset(
    {
        "id",
        "voucher_id",
        "campaign_id",
        "customer_id",
        "order_id",
        "points",
        "activates_at",
        "created_at",
        "details",
        "updated_at",
    }
)


@_attrs_define
class LoyaltyPendingPoints:
    """Points earned on an order that become available on `activates_at`.

    Attributes:
        id (str):  Example: lopp_0ffd593d5ad207ba6b.
        voucher_id (str):  Example: v_abCdEfghI1JKLMNPqRS2Tu3vWXyza4bc.
        campaign_id (str):  Example: camp_weer1c3p5ZgktqfW56RfoNaG.
        customer_id (str):  Example: cust_IdgAFZxYwwHctOk9ppZMu319.
        order_id (str):  Example: ord_0ffc0fa65f15d2df17.
        points (int):  Example: 120.
        activates_at (datetime.date):  Example: 2024-04-14.
        created_at (datetime.datetime):  Example: 2024-03-14T12:30:06.000Z.
        details (LoyaltyPendingPointsDetails | Unset): What earned the points.
        updated_at (datetime.datetime | Unset):  Example: 2024-03-15T08:00:00.000Z.
    """

    id: str
    voucher_id: str
    campaign_id: str
    customer_id: str
    order_id: str
    points: int
    activates_at: datetime.date
    created_at: datetime.datetime
    details: LoyaltyPendingPointsDetails | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "id": "id",
        "voucher_id": "voucher_id",
        "campaign_id": "campaign_id",
        "customer_id": "customer_id",
        "order_id": "order_id",
        "points": "points",
        "activates_at": "activates_at",
        "created_at": "created_at",
        "details": "details",
        "updated_at": "updated_at",
    }

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        voucher_id = self.voucher_id

        campaign_id = self.campaign_id

        customer_id = self.customer_id

        order_id = self.order_id

        points = self.points

        activates_at = self.activates_at.isoformat()

        created_at = self.created_at.isoformat()

        details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = self.details.to_dict()

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
                "customer_id": customer_id,
                "order_id": order_id,
                "points": points,
                "activates_at": activates_at,
                "created_at": created_at,
            }
        )
        if details is not UNSET:
            field_dict["details"] = details
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
            customer_id = src_dict["customer_id"]
            if not isinstance(customer_id, str):
                raise wrong_type("string", customer_id)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "customer_id", src_dict)

        try:
            order_id = src_dict["order_id"]
            if not isinstance(order_id, str):
                raise wrong_type("string", order_id)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "order_id", src_dict)

        try:
            points = src_dict["points"]
            if not isinstance(points, int) or isinstance(points, bool):
                raise wrong_type("integer", points)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "points", src_dict)

        try:
            activates_at = datetime.date.fromisoformat(src_dict["activates_at"])
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "activates_at", src_dict)

        try:
            created_at = datetime.datetime.fromisoformat(src_dict["created_at"])
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "created_at", src_dict)

        try:
            _details = src_dict.get("details", UNSET)
            details: LoyaltyPendingPointsDetails | Unset
            if isinstance(_details, Unset):
                details = UNSET
            else:
                details = LoyaltyPendingPointsDetails.from_dict(_details)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "details", src_dict)

        try:
            _updated_at = src_dict.get("updated_at", UNSET)
            updated_at: datetime.datetime | Unset
            if isinstance(_updated_at, Unset):
                updated_at = UNSET
            else:
                updated_at = datetime.datetime.fromisoformat(_updated_at)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "updated_at", src_dict)

        loyalty_pending_points = cls(
            id,
            voucher_id,
            campaign_id,
            customer_id,
            order_id,
            points,
            activates_at,
            created_at,
            details,
            updated_at,
        )

        if not src_dict.keys() <= _DECLARED_KEYS:
            loyalty_pending_points.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS
            }
        return loyalty_pending_points

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


from ..models.loyalty_pending_points_details import LoyaltyPendingPointsDetails  # noqa: E402
