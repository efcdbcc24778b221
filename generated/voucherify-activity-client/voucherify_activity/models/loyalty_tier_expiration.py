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

T = TypeVar("T", bound="LoyaltyTierExpiration")


_DECLARED_KEYS = frozenset(
    {
        "customer_id",
        "campaign_id",
        "tier_id",
        "start_date",
        "expiration_date",
        "created_at",
        "updated_at",
    }
)


@_attrs_define
class LoyaltyTierExpiration:
    """When the customer's membership in the tier expires.

    Attributes:
        customer_id (None | str | Unset):  Example: cust_7iUa6ICKyU6gH40dBU25kQU1.
        campaign_id (None | str | Unset):  Example: camp_weer1c3p5ZgktqfW56RfoNaG.
        tier_id (None | str | Unset):  Example: ltr_UJ5Q54Q0OvEhua87Qfv2Ki5x.
        start_date (None | str | Unset):  Example: 2024-01-01.
        expiration_date (None | str | Unset):  Example: 2024-12-31.
        created_at (datetime.datetime | None | Unset):  Example: 2021-12-22T10:13:06.487Z.
        updated_at (datetime.datetime | None | Unset):  Example: 2021-12-22T10:13:06.487Z.
    """

    customer_id: None | str | Unset = UNSET
    campaign_id: None | str | Unset = UNSET
    tier_id: None | str | Unset = UNSET
    start_date: None | str | Unset = UNSET
    expiration_date: None | str | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            customer_id: None | str | Unset
            if isinstance(self.customer_id, Unset):
                customer_id = UNSET
            else:
                customer_id = self.customer_id
        except (AttributeError, TypeError):
            customer_id = cast(Any, self.customer_id)

        try:
            campaign_id: None | str | Unset
            if isinstance(self.campaign_id, Unset):
                campaign_id = UNSET
            else:
                campaign_id = self.campaign_id
        except (AttributeError, TypeError):
            campaign_id = cast(Any, self.campaign_id)

        try:
            tier_id: None | str | Unset
            if isinstance(self.tier_id, Unset):
                tier_id = UNSET
            else:
                tier_id = self.tier_id
        except (AttributeError, TypeError):
            tier_id = cast(Any, self.tier_id)

        try:
            start_date: None | str | Unset
            if isinstance(self.start_date, Unset):
                start_date = UNSET
            else:
                start_date = self.start_date
        except (AttributeError, TypeError):
            start_date = cast(Any, self.start_date)

        try:
            expiration_date: None | str | Unset
            if isinstance(self.expiration_date, Unset):
                expiration_date = UNSET
            else:
                expiration_date = self.expiration_date
        except (AttributeError, TypeError):
            expiration_date = cast(Any, self.expiration_date)

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
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if campaign_id is not UNSET:
            field_dict["campaign_id"] = campaign_id
        if tier_id is not UNSET:
            field_dict["tier_id"] = tier_id
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if expiration_date is not UNSET:
            field_dict["expiration_date"] = expiration_date
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

            def _parse_tier_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise wrong_type("string or null", data)

            tier_id = _parse_tier_id(src_dict.get("tier_id", UNSET))
        except DECODE_FAILURES as _failure:
            tier_id = tolerate(_failure, "tier_id", src_dict)

        try:

            def _parse_start_date(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise wrong_type("string or null", data)

            start_date = _parse_start_date(src_dict.get("start_date", UNSET))
        except DECODE_FAILURES as _failure:
            start_date = tolerate(_failure, "start_date", src_dict)

        try:

            def _parse_expiration_date(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise wrong_type("string or null", data)

            expiration_date = _parse_expiration_date(src_dict.get("expiration_date", UNSET))
        except DECODE_FAILURES as _failure:
            expiration_date = tolerate(_failure, "expiration_date", src_dict)

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

        loyalty_tier_expiration = cls(
            customer_id, campaign_id, tier_id, start_date, expiration_date, created_at, updated_at
        )

        if not src_dict.keys() <= _DECLARED_KEYS:
            loyalty_tier_expiration.additional_properties = {
                key: src_dict[key] for key in sorted(src_dict.keys() - _DECLARED_KEYS)
            }
        return loyalty_tier_expiration

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
