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

T = TypeVar("T", bound="CustomerReferralsCampaignsItem")


_DECLARED_KEYS = frozenset(
    {"campaign_id", "referrer_id", "related_object_id", "related_object_type", "date"}
)


@_attrs_define
class CustomerReferralsCampaignsItem:
    """
    Attributes:
        campaign_id (None | str | Unset):  Example: camp_rRsfatlwN7unSeUIJDCYedal.
        referrer_id (None | str | Unset):  Example: cust_sehkNIi8Uq2qQuRqSr7xn4Zi.
        related_object_id (None | str | Unset):  Example: r_0b9d4cc4aa164dd073.
        related_object_type (None | str | Unset):  Example: redemption.
        date (datetime.datetime | None | Unset):  Example: 2022-08-30T10:19:39.196Z.
    """

    campaign_id: None | str | Unset = UNSET
    referrer_id: None | str | Unset = UNSET
    related_object_id: None | str | Unset = UNSET
    related_object_type: None | str | Unset = UNSET
    date: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            campaign_id: None | str | Unset
            if isinstance(self.campaign_id, Unset):
                campaign_id = UNSET
            else:
                campaign_id = self.campaign_id
        except (AttributeError, TypeError):
            campaign_id = cast(Any, self.campaign_id)

        try:
            referrer_id: None | str | Unset
            if isinstance(self.referrer_id, Unset):
                referrer_id = UNSET
            else:
                referrer_id = self.referrer_id
        except (AttributeError, TypeError):
            referrer_id = cast(Any, self.referrer_id)

        try:
            related_object_id: None | str | Unset
            if isinstance(self.related_object_id, Unset):
                related_object_id = UNSET
            else:
                related_object_id = self.related_object_id
        except (AttributeError, TypeError):
            related_object_id = cast(Any, self.related_object_id)

        try:
            related_object_type: None | str | Unset
            if isinstance(self.related_object_type, Unset):
                related_object_type = UNSET
            else:
                related_object_type = self.related_object_type
        except (AttributeError, TypeError):
            related_object_type = cast(Any, self.related_object_type)

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if campaign_id is not UNSET:
            field_dict["campaign_id"] = campaign_id
        if referrer_id is not UNSET:
            field_dict["referrer_id"] = referrer_id
        if related_object_id is not UNSET:
            field_dict["related_object_id"] = related_object_id
        if related_object_type is not UNSET:
            field_dict["related_object_type"] = related_object_type
        if date is not UNSET:
            field_dict["date"] = date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):
            src_dict = expect_object(src_dict)
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

            def _parse_referrer_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise wrong_type("string or null", data)

            referrer_id = _parse_referrer_id(src_dict.get("referrer_id", UNSET))
        except DECODE_FAILURES as _failure:
            referrer_id = tolerate(_failure, "referrer_id", src_dict)

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

        customer_referrals_campaigns_item = cls(
            campaign_id, referrer_id, related_object_id, related_object_type, date
        )

        if not src_dict.keys() <= _DECLARED_KEYS:
            customer_referrals_campaigns_item.additional_properties = {
                key: src_dict[key] for key in sorted(src_dict.keys() - _DECLARED_KEYS)
            }
        return customer_referrals_campaigns_item

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
