from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decoding import (
    DECODE_FAILURES,
    expect_object,
    item_error,
    wrong_type,
)
from .._deviations import tolerate
from ..types import UNSET, Unset

T = TypeVar("T", bound="PointsExpiredEventData")


_DECLARED_KEYS = frozenset({"customer", "campaign", "voucher", "points", "buckets", "transaction"})


@_attrs_define
class PointsExpiredEventData:
    """Payload of `loyalty_card.points_expired`.

    Attributes:
        customer (SimpleCustomer):
        campaign (None | SimpleCampaign | Unset):
        voucher (None | SimpleVoucher | Unset):
        points (int | None | Unset): Points that expired. Example: 150.
        buckets (list[LoyaltyPointsBucket] | None | Unset):
        transaction (None | Unset | VoucherTransaction):
    """

    customer: SimpleCustomer
    campaign: None | SimpleCampaign | Unset = UNSET
    voucher: None | SimpleVoucher | Unset = UNSET
    points: int | None | Unset = UNSET
    buckets: list[LoyaltyPointsBucket] | None | Unset = UNSET
    transaction: None | Unset | VoucherTransaction = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            customer = self.customer.to_dict()
        except (AttributeError, TypeError):
            customer = cast(Any, self.customer)

        try:
            campaign: dict[str, Any] | None | Unset
            if isinstance(self.campaign, Unset):
                campaign = UNSET
            elif isinstance(self.campaign, SimpleCampaign):
                campaign = self.campaign.to_dict()
            else:
                campaign = self.campaign
        except (AttributeError, TypeError):
            campaign = cast(Any, self.campaign)

        try:
            voucher: dict[str, Any] | None | Unset
            if isinstance(self.voucher, Unset):
                voucher = UNSET
            elif isinstance(self.voucher, SimpleVoucher):
                voucher = self.voucher.to_dict()
            else:
                voucher = self.voucher
        except (AttributeError, TypeError):
            voucher = cast(Any, self.voucher)

        try:
            points: int | None | Unset
            if isinstance(self.points, Unset):
                points = UNSET
            else:
                points = self.points
        except (AttributeError, TypeError):
            points = cast(Any, self.points)

        try:
            buckets: list[dict[str, Any]] | None | Unset
            if isinstance(self.buckets, Unset):
                buckets = UNSET
            elif isinstance(self.buckets, list):
                buckets = []
                for buckets_type_0_item_data in self.buckets:
                    buckets_type_0_item = buckets_type_0_item_data.to_dict()
                    buckets.append(buckets_type_0_item)

            else:
                buckets = self.buckets
        except (AttributeError, TypeError):
            buckets = cast(Any, self.buckets)

        try:
            transaction: dict[str, Any] | None | Unset
            if isinstance(self.transaction, Unset):
                transaction = UNSET
            elif isinstance(self.transaction, VoucherTransaction):
                transaction = self.transaction.to_dict()
            else:
                transaction = self.transaction
        except (AttributeError, TypeError):
            transaction = cast(Any, self.transaction)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(customer, Unset):
            field_dict["customer"] = customer
        if campaign is not UNSET:
            field_dict["campaign"] = campaign
        if voucher is not UNSET:
            field_dict["voucher"] = voucher
        if points is not UNSET:
            field_dict["points"] = points
        if buckets is not UNSET:
            field_dict["buckets"] = buckets
        if transaction is not UNSET:
            field_dict["transaction"] = transaction

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):
            src_dict = expect_object(src_dict)
        try:
            customer = SimpleCustomer.from_dict(src_dict["customer"])
        except DECODE_FAILURES as _failure:
            customer = tolerate(_failure, "customer", src_dict)

        try:

            def _parse_campaign(data: object) -> None | SimpleCampaign | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                campaign_type_0 = SimpleCampaign.from_dict(data)

                return campaign_type_0

            campaign = _parse_campaign(src_dict.get("campaign", UNSET))
        except DECODE_FAILURES as _failure:
            campaign = tolerate(_failure, "campaign", src_dict)

        try:

            def _parse_voucher(data: object) -> None | SimpleVoucher | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                voucher_type_0 = SimpleVoucher.from_dict(data)

                return voucher_type_0

            voucher = _parse_voucher(src_dict.get("voucher", UNSET))
        except DECODE_FAILURES as _failure:
            voucher = tolerate(_failure, "voucher", src_dict)

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

            def _parse_buckets(data: object) -> list[LoyaltyPointsBucket] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, list):
                    raise wrong_type("array or null", data)
                _buckets_type_0 = data
                if not isinstance(_buckets_type_0, list):
                    raise wrong_type("array", _buckets_type_0)
                buckets_type_0 = []
                for buckets_type_0_item_data in _buckets_type_0:
                    try:
                        buckets_type_0_item = LoyaltyPointsBucket.from_dict(
                            buckets_type_0_item_data
                        )

                    except DECODE_FAILURES as _failure:
                        raise item_error(_failure, _buckets_type_0, buckets_type_0_item_data)
                    buckets_type_0.append(buckets_type_0_item)

                return buckets_type_0

            buckets = _parse_buckets(src_dict.get("buckets", UNSET))
        except DECODE_FAILURES as _failure:
            buckets = tolerate(_failure, "buckets", src_dict)

        try:

            def _parse_transaction(data: object) -> None | Unset | VoucherTransaction:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                transaction_type_0 = VoucherTransaction.from_dict(data)

                return transaction_type_0

            transaction = _parse_transaction(src_dict.get("transaction", UNSET))
        except DECODE_FAILURES as _failure:
            transaction = tolerate(_failure, "transaction", src_dict)

        points_expired_event_data = cls(customer, campaign, voucher, points, buckets, transaction)

        if not src_dict.keys() <= _DECLARED_KEYS:
            points_expired_event_data.additional_properties = {
                key: src_dict[key] for key in sorted(src_dict.keys() - _DECLARED_KEYS)
            }
        return points_expired_event_data

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


from ..models.loyalty_points_bucket import LoyaltyPointsBucket  # noqa: E402
from ..models.simple_campaign import SimpleCampaign  # noqa: E402
from ..models.simple_customer import SimpleCustomer  # noqa: E402
from ..models.simple_voucher import SimpleVoucher  # noqa: E402
from ..models.voucher_transaction import VoucherTransaction  # noqa: E402
