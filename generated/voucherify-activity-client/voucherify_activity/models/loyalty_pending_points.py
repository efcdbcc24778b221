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
        "details",
        "created_at",
        "updated_at",
    }
)


@_attrs_define
class LoyaltyPendingPoints:
    """Points earned on an order that become available on `activates_at`.

    Attributes:
        id (str):  Example: lopp_0ffd593d5ad207ba6b.
        voucher_id (None | str | Unset):  Example: v_abCdEfghI1JKLMNPqRS2Tu3vWXyza4bc.
        campaign_id (None | str | Unset):  Example: camp_weer1c3p5ZgktqfW56RfoNaG.
        customer_id (None | str | Unset):  Example: cust_IdgAFZxYwwHctOk9ppZMu319.
        order_id (None | str | Unset):  Example: ord_0ffc0fa65f15d2df17.
        points (int | None | Unset):  Example: 120.
        activates_at (datetime.date | None | Unset):  Example: 2024-04-14.
        details (LoyaltyPendingPointsDetails | None | Unset): What earned the points.
        created_at (datetime.datetime | None | Unset):  Example: 2024-03-14T12:30:06.000Z.
        updated_at (datetime.datetime | None | Unset):  Example: 2024-03-15T08:00:00.000Z.
    """

    id: str
    voucher_id: None | str | Unset = UNSET
    campaign_id: None | str | Unset = UNSET
    customer_id: None | str | Unset = UNSET
    order_id: None | str | Unset = UNSET
    points: int | None | Unset = UNSET
    activates_at: datetime.date | None | Unset = UNSET
    details: LoyaltyPendingPointsDetails | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

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
            customer_id: None | str | Unset
            if isinstance(self.customer_id, Unset):
                customer_id = UNSET
            else:
                customer_id = self.customer_id
        except (AttributeError, TypeError):
            customer_id = cast(Any, self.customer_id)

        try:
            order_id: None | str | Unset
            if isinstance(self.order_id, Unset):
                order_id = UNSET
            else:
                order_id = self.order_id
        except (AttributeError, TypeError):
            order_id = cast(Any, self.order_id)

        try:
            points: int | None | Unset
            if isinstance(self.points, Unset):
                points = UNSET
            else:
                points = self.points
        except (AttributeError, TypeError):
            points = cast(Any, self.points)

        try:
            activates_at: None | str | Unset
            if isinstance(self.activates_at, Unset):
                activates_at = UNSET
            elif isinstance(self.activates_at, datetime.date):
                activates_at = self.activates_at.isoformat()
            else:
                activates_at = self.activates_at
        except (AttributeError, TypeError):
            activates_at = cast(Any, self.activates_at)

        try:
            details: dict[str, Any] | None | Unset
            if isinstance(self.details, Unset):
                details = UNSET
            elif isinstance(self.details, LoyaltyPendingPointsDetails):
                details = self.details.to_dict()
            else:
                details = self.details
        except (AttributeError, TypeError):
            details = cast(Any, self.details)

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
            updated_at: None | str | Unset
            if isinstance(self.updated_at, Unset):
                updated_at = UNSET
            elif isinstance(self.updated_at, datetime.datetime):
                updated_at = self.updated_at.isoformat()
            else:
                updated_at = self.updated_at
        except (AttributeError, TypeError):
            updated_at = cast(Any, self.updated_at)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["id"] = id
        if voucher_id is not UNSET:
            field_dict["voucher_id"] = voucher_id
        if campaign_id is not UNSET:
            field_dict["campaign_id"] = campaign_id
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if points is not UNSET:
            field_dict["points"] = points
        if activates_at is not UNSET:
            field_dict["activates_at"] = activates_at
        if details is not UNSET:
            field_dict["details"] = details
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
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
            id = tolerate(_failure, "id", src_dict)

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

            def _parse_order_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise wrong_type("string or null", data)

            order_id = _parse_order_id(src_dict.get("order_id", UNSET))
        except DECODE_FAILURES as _failure:
            order_id = tolerate(_failure, "order_id", src_dict)

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

            def _parse_activates_at(data: object) -> datetime.date | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise wrong_type("date string or null", data)
                activates_at_type_0 = datetime.date.fromisoformat(data)

                return activates_at_type_0

            activates_at = _parse_activates_at(src_dict.get("activates_at", UNSET))
        except DECODE_FAILURES as _failure:
            activates_at = tolerate(_failure, "activates_at", src_dict)

        try:

            def _parse_details(data: object) -> LoyaltyPendingPointsDetails | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                details_type_0 = LoyaltyPendingPointsDetails.from_dict(data)

                return details_type_0

            details = _parse_details(src_dict.get("details", UNSET))
        except DECODE_FAILURES as _failure:
            details = tolerate(_failure, "details", src_dict)

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

            def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise wrong_type("date-time string or null", data)
                updated_at_type_0 = parse_datetime(data)

                return updated_at_type_0

            updated_at = _parse_updated_at(src_dict.get("updated_at", UNSET))
        except DECODE_FAILURES as _failure:
            updated_at = tolerate(_failure, "updated_at", src_dict)

        loyalty_pending_points = cls(
            id,
            voucher_id,
            campaign_id,
            customer_id,
            order_id,
            points,
            activates_at,
            details,
            created_at,
            updated_at,
        )

        if not src_dict.keys() <= _DECLARED_KEYS:
            loyalty_pending_points.additional_properties = {
                key: src_dict[key] for key in sorted(src_dict.keys() - _DECLARED_KEYS)
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
