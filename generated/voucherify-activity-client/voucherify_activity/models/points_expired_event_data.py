from __future__ import annotations

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
from ..types import UNSET, Unset

T = TypeVar("T", bound="PointsExpiredEventData")


_DECLARED_KEYS = frozenset({"customer", "campaign", "voucher", "points", "buckets", "transaction"})


@_attrs_define
class PointsExpiredEventData:
    """Payload of `loyalty_card.points_expired`.

    Attributes:
        customer (SimpleCustomer):
        campaign (SimpleCampaign | Unset):
        voucher (SimpleVoucher | Unset):
        points (int | Unset): Points that expired. Example: 150.
        buckets (list[LoyaltyPointsBucket] | Unset):
        transaction (VoucherTransaction | Unset): A gift card or loyalty card transaction.
    """

    customer: SimpleCustomer
    campaign: SimpleCampaign | Unset = UNSET
    voucher: SimpleVoucher | Unset = UNSET
    points: int | Unset = UNSET
    buckets: list[LoyaltyPointsBucket] | Unset = UNSET
    transaction: VoucherTransaction | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "customer": "customer",
        "campaign": "campaign",
        "voucher": "voucher",
        "points": "points",
        "buckets": "buckets",
        "transaction": "transaction",
    }

    def to_dict(self) -> dict[str, Any]:
        customer = self.customer.to_dict()

        campaign: dict[str, Any] | Unset = UNSET
        if not isinstance(self.campaign, Unset):
            campaign = self.campaign.to_dict()

        voucher: dict[str, Any] | Unset = UNSET
        if not isinstance(self.voucher, Unset):
            voucher = self.voucher.to_dict()

        points = self.points

        buckets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.buckets, Unset):
            buckets = []
            for buckets_item_data in self.buckets:
                buckets_item = buckets_item_data.to_dict()
                buckets.append(buckets_item)

        transaction: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transaction, Unset):
            transaction = self.transaction.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customer": customer,
            }
        )
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
            raise field_error(_failure, "customer", src_dict)

        try:
            _campaign = src_dict.get("campaign", UNSET)
            campaign: SimpleCampaign | Unset
            if isinstance(_campaign, Unset):
                campaign = UNSET
            else:
                campaign = SimpleCampaign.from_dict(_campaign)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "campaign", src_dict)

        try:
            _voucher = src_dict.get("voucher", UNSET)
            voucher: SimpleVoucher | Unset
            if isinstance(_voucher, Unset):
                voucher = UNSET
            else:
                voucher = SimpleVoucher.from_dict(_voucher)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "voucher", src_dict)

        try:
            points = src_dict.get("points", UNSET)
            if points is not UNSET and (not isinstance(points, int) or isinstance(points, bool)):
                raise wrong_type("integer", points)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "points", src_dict)

        try:
            _buckets = src_dict.get("buckets", UNSET)
            buckets: list[LoyaltyPointsBucket] | Unset = UNSET
            if _buckets is not UNSET:
                if not isinstance(_buckets, list):
                    raise wrong_type("array", _buckets)
                buckets = []
                for buckets_item_data in _buckets:
                    try:
                        buckets_item = LoyaltyPointsBucket.from_dict(buckets_item_data)

                    except DECODE_FAILURES as _failure:
                        raise item_error(_failure, _buckets, buckets_item_data)
                    buckets.append(buckets_item)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "buckets", src_dict)

        try:
            _transaction = src_dict.get("transaction", UNSET)
            transaction: VoucherTransaction | Unset
            if isinstance(_transaction, Unset):
                transaction = UNSET
            else:
                transaction = VoucherTransaction.from_dict(_transaction)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "transaction", src_dict)

        points_expired_event_data = cls(customer, campaign, voucher, points, buckets, transaction)

        if not src_dict.keys() <= _DECLARED_KEYS:
            points_expired_event_data.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS
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
