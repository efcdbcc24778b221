from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decoding import (
    DECODE_FAILURES,
    expect_object,
    field_error,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RedemptionRollbackEventData")


_DECLARED_KEYS = frozenset(
    {
        "customer",
        "redemption",
        "order",
        "campaign",
        "voucher",
        "holder",
        "promotion_tier",
        "promotion_stack",
        "redemption_rollback",
    }
)


@_attrs_define
class RedemptionRollbackEventData:
    """Redemption payload plus the rollback record (`rr_…`).

    Attributes:
        customer (SimpleCustomer):
        redemption (SimpleRedemption): A redemption (`r_…`) or, as `redemption_rollback`, a rollback (`rr_…`).
        order (SimpleOrder | Unset): Order as attached to a redemption; amounts are in cents.
        campaign (SimpleCampaign | Unset):
        voucher (SimpleVoucher | Unset):
        holder (SimpleCustomer | Unset):
        promotion_tier (SimplePromotionTier | Unset):
        promotion_stack (PromotionStack | Unset):
        redemption_rollback (SimpleRedemption | Unset): A redemption (`r_…`) or, as `redemption_rollback`, a rollback
            (`rr_…`).
    """

    customer: SimpleCustomer
    redemption: SimpleRedemption
    order: SimpleOrder | Unset = UNSET
    campaign: SimpleCampaign | Unset = UNSET
    voucher: SimpleVoucher | Unset = UNSET
    holder: SimpleCustomer | Unset = UNSET
    promotion_tier: SimplePromotionTier | Unset = UNSET
    promotion_stack: PromotionStack | Unset = UNSET
    redemption_rollback: SimpleRedemption | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "customer": "customer",
        "redemption": "redemption",
        "order": "order",
        "campaign": "campaign",
        "voucher": "voucher",
        "holder": "holder",
        "promotion_tier": "promotion_tier",
        "promotion_stack": "promotion_stack",
        "redemption_rollback": "redemption_rollback",
    }

    def to_dict(self) -> dict[str, Any]:
        customer = self.customer.to_dict()

        redemption = self.redemption.to_dict()

        order: dict[str, Any] | Unset = UNSET
        if not isinstance(self.order, Unset):
            order = self.order.to_dict()

        campaign: dict[str, Any] | Unset = UNSET
        if not isinstance(self.campaign, Unset):
            campaign = self.campaign.to_dict()

        voucher: dict[str, Any] | Unset = UNSET
        if not isinstance(self.voucher, Unset):
            voucher = self.voucher.to_dict()

        holder: dict[str, Any] | Unset = UNSET
        if not isinstance(self.holder, Unset):
            holder = self.holder.to_dict()

        promotion_tier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.promotion_tier, Unset):
            promotion_tier = self.promotion_tier.to_dict()

        promotion_stack: dict[str, Any] | Unset = UNSET
        if not isinstance(self.promotion_stack, Unset):
            promotion_stack = self.promotion_stack.to_dict()

        redemption_rollback: dict[str, Any] | Unset = UNSET
        if not isinstance(self.redemption_rollback, Unset):
            redemption_rollback = self.redemption_rollback.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customer": customer,
                "redemption": redemption,
            }
        )
        if order is not UNSET:
            field_dict["order"] = order
        if campaign is not UNSET:
            field_dict["campaign"] = campaign
        if voucher is not UNSET:
            field_dict["voucher"] = voucher
        if holder is not UNSET:
            field_dict["holder"] = holder
        if promotion_tier is not UNSET:
            field_dict["promotion_tier"] = promotion_tier
        if promotion_stack is not UNSET:
            field_dict["promotion_stack"] = promotion_stack
        if redemption_rollback is not UNSET:
            field_dict["redemption_rollback"] = redemption_rollback

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
            redemption = SimpleRedemption.from_dict(src_dict["redemption"])
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "redemption", src_dict)

        try:
            _order = src_dict.get("order", UNSET)
            order: SimpleOrder | Unset
            if isinstance(_order, Unset):
                order = UNSET
            else:
                order = SimpleOrder.from_dict(_order)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "order", src_dict)

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
            _holder = src_dict.get("holder", UNSET)
            holder: SimpleCustomer | Unset
            if isinstance(_holder, Unset):
                holder = UNSET
            else:
                holder = SimpleCustomer.from_dict(_holder)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "holder", src_dict)

        try:
            _promotion_tier = src_dict.get("promotion_tier", UNSET)
            promotion_tier: SimplePromotionTier | Unset
            if isinstance(_promotion_tier, Unset):
                promotion_tier = UNSET
            else:
                promotion_tier = SimplePromotionTier.from_dict(_promotion_tier)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "promotion_tier", src_dict)

        try:
            _promotion_stack = src_dict.get("promotion_stack", UNSET)
            promotion_stack: PromotionStack | Unset
            if isinstance(_promotion_stack, Unset):
                promotion_stack = UNSET
            else:
                promotion_stack = PromotionStack.from_dict(_promotion_stack)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "promotion_stack", src_dict)

        try:
            _redemption_rollback = src_dict.get("redemption_rollback", UNSET)
            redemption_rollback: SimpleRedemption | Unset
            if isinstance(_redemption_rollback, Unset):
                redemption_rollback = UNSET
            else:
                redemption_rollback = SimpleRedemption.from_dict(_redemption_rollback)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "redemption_rollback", src_dict)

        redemption_rollback_event_data = cls(
            customer,
            redemption,
            order,
            campaign,
            voucher,
            holder,
            promotion_tier,
            promotion_stack,
            redemption_rollback,
        )

        if not src_dict.keys() <= _DECLARED_KEYS:
            redemption_rollback_event_data.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS
            }
        return redemption_rollback_event_data

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


from ..models.promotion_stack import PromotionStack  # noqa: E402
from ..models.simple_campaign import SimpleCampaign  # noqa: E402
from ..models.simple_customer import SimpleCustomer  # noqa: E402
from ..models.simple_order import SimpleOrder  # noqa: E402
from ..models.simple_promotion_tier import SimplePromotionTier  # noqa: E402
from ..models.simple_redemption import SimpleRedemption  # noqa: E402
from ..models.simple_voucher import SimpleVoucher  # noqa: E402
