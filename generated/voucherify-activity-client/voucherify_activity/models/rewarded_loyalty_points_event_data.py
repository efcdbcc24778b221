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

T = TypeVar("T", bound="RewardedLoyaltyPointsEventData")


_DECLARED_KEYS = frozenset(
    {
        "customer",
        "holder",
        "voucher",
        "campaign",
        "loyalty_tier",
        "earning_rule",
        "balance",
        "order",
        "event",
    }
)


@_attrs_define
class RewardedLoyaltyPointsEventData:
    """Payload of `customer.rewarded.loyalty_points` (an earning rule granted points).

    Attributes:
        customer (SimpleCustomer):
        holder (SimpleCustomer | Unset):
        voucher (SimpleVoucher | Unset):
        campaign (SimpleCampaign | Unset):
        loyalty_tier (LoyaltyTier | Unset):
        earning_rule (EarningRule | Unset): Simplified loyalty earning rule; its points formula is kept open.
        balance (VoucherBalance | Unset): Balance of a gift card (`amount`, in cents) or loyalty card (`points`) after a
            change.
        order (Order | Unset): Order snapshot of the `customer.order.*` events; amounts are in cents.
        event (SimpleEvent | Unset): The event that triggered an effect.
    """

    customer: SimpleCustomer
    holder: SimpleCustomer | Unset = UNSET
    voucher: SimpleVoucher | Unset = UNSET
    campaign: SimpleCampaign | Unset = UNSET
    loyalty_tier: LoyaltyTier | Unset = UNSET
    earning_rule: EarningRule | Unset = UNSET
    balance: VoucherBalance | Unset = UNSET
    order: Order | Unset = UNSET
    event: SimpleEvent | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "customer": "customer",
        "holder": "holder",
        "voucher": "voucher",
        "campaign": "campaign",
        "loyalty_tier": "loyalty_tier",
        "earning_rule": "earning_rule",
        "balance": "balance",
        "order": "order",
        "event": "event",
    }

    def to_dict(self) -> dict[str, Any]:
        customer = self.customer.to_dict()

        holder: dict[str, Any] | Unset = UNSET
        if not isinstance(self.holder, Unset):
            holder = self.holder.to_dict()

        voucher: dict[str, Any] | Unset = UNSET
        if not isinstance(self.voucher, Unset):
            voucher = self.voucher.to_dict()

        campaign: dict[str, Any] | Unset = UNSET
        if not isinstance(self.campaign, Unset):
            campaign = self.campaign.to_dict()

        loyalty_tier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.loyalty_tier, Unset):
            loyalty_tier = self.loyalty_tier.to_dict()

        earning_rule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.earning_rule, Unset):
            earning_rule = self.earning_rule.to_dict()

        balance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.balance, Unset):
            balance = self.balance.to_dict()

        order: dict[str, Any] | Unset = UNSET
        if not isinstance(self.order, Unset):
            order = self.order.to_dict()

        event: dict[str, Any] | Unset = UNSET
        if not isinstance(self.event, Unset):
            event = self.event.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customer": customer,
            }
        )
        if holder is not UNSET:
            field_dict["holder"] = holder
        if voucher is not UNSET:
            field_dict["voucher"] = voucher
        if campaign is not UNSET:
            field_dict["campaign"] = campaign
        if loyalty_tier is not UNSET:
            field_dict["loyalty_tier"] = loyalty_tier
        if earning_rule is not UNSET:
            field_dict["earning_rule"] = earning_rule
        if balance is not UNSET:
            field_dict["balance"] = balance
        if order is not UNSET:
            field_dict["order"] = order
        if event is not UNSET:
            field_dict["event"] = event

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
            _holder = src_dict.get("holder", UNSET)
            holder: SimpleCustomer | Unset
            if isinstance(_holder, Unset):
                holder = UNSET
            else:
                holder = SimpleCustomer.from_dict(_holder)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "holder", src_dict)

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
            _campaign = src_dict.get("campaign", UNSET)
            campaign: SimpleCampaign | Unset
            if isinstance(_campaign, Unset):
                campaign = UNSET
            else:
                campaign = SimpleCampaign.from_dict(_campaign)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "campaign", src_dict)

        try:
            _loyalty_tier = src_dict.get("loyalty_tier", UNSET)
            loyalty_tier: LoyaltyTier | Unset
            if isinstance(_loyalty_tier, Unset):
                loyalty_tier = UNSET
            else:
                loyalty_tier = LoyaltyTier.from_dict(_loyalty_tier)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "loyalty_tier", src_dict)

        try:
            _earning_rule = src_dict.get("earning_rule", UNSET)
            earning_rule: EarningRule | Unset
            if isinstance(_earning_rule, Unset):
                earning_rule = UNSET
            else:
                earning_rule = EarningRule.from_dict(_earning_rule)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "earning_rule", src_dict)

        try:
            _balance = src_dict.get("balance", UNSET)
            balance: VoucherBalance | Unset
            if isinstance(_balance, Unset):
                balance = UNSET
            else:
                balance = VoucherBalance.from_dict(_balance)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "balance", src_dict)

        try:
            _order = src_dict.get("order", UNSET)
            order: Order | Unset
            if isinstance(_order, Unset):
                order = UNSET
            else:
                order = Order.from_dict(_order)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "order", src_dict)

        try:
            _event = src_dict.get("event", UNSET)
            event: SimpleEvent | Unset
            if isinstance(_event, Unset):
                event = UNSET
            else:
                event = SimpleEvent.from_dict(_event)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "event", src_dict)

        rewarded_loyalty_points_event_data = cls(
            customer, holder, voucher, campaign, loyalty_tier, earning_rule, balance, order, event
        )

        if not src_dict.keys() <= _DECLARED_KEYS:
            rewarded_loyalty_points_event_data.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS
            }
        return rewarded_loyalty_points_event_data

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


from ..models.earning_rule import EarningRule  # noqa: E402
from ..models.loyalty_tier import LoyaltyTier  # noqa: E402
from ..models.order import Order  # noqa: E402
from ..models.simple_campaign import SimpleCampaign  # noqa: E402
from ..models.simple_customer import SimpleCustomer  # noqa: E402
from ..models.simple_event import SimpleEvent  # noqa: E402
from ..models.simple_voucher import SimpleVoucher  # noqa: E402
from ..models.voucher_balance import VoucherBalance  # noqa: E402
