from __future__ import annotations

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
        holder (None | SimpleCustomer | Unset):
        voucher (None | SimpleVoucher | Unset):
        campaign (None | SimpleCampaign | Unset):
        loyalty_tier (LoyaltyTier | None | Unset):
        earning_rule (EarningRule | None | Unset):
        balance (None | Unset | VoucherBalance):
        order (None | Order | Unset):
        event (None | SimpleEvent | Unset):
    """

    customer: SimpleCustomer
    holder: None | SimpleCustomer | Unset = UNSET
    voucher: None | SimpleVoucher | Unset = UNSET
    campaign: None | SimpleCampaign | Unset = UNSET
    loyalty_tier: LoyaltyTier | None | Unset = UNSET
    earning_rule: EarningRule | None | Unset = UNSET
    balance: None | Unset | VoucherBalance = UNSET
    order: None | Order | Unset = UNSET
    event: None | SimpleEvent | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            customer = self.customer.to_dict()
        except (AttributeError, TypeError):
            customer = cast(Any, self.customer)

        try:
            holder: dict[str, Any] | None | Unset
            if isinstance(self.holder, Unset):
                holder = UNSET
            elif isinstance(self.holder, SimpleCustomer):
                holder = self.holder.to_dict()
            else:
                holder = self.holder
        except (AttributeError, TypeError):
            holder = cast(Any, self.holder)

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
            loyalty_tier: dict[str, Any] | None | Unset
            if isinstance(self.loyalty_tier, Unset):
                loyalty_tier = UNSET
            elif isinstance(self.loyalty_tier, LoyaltyTier):
                loyalty_tier = self.loyalty_tier.to_dict()
            else:
                loyalty_tier = self.loyalty_tier
        except (AttributeError, TypeError):
            loyalty_tier = cast(Any, self.loyalty_tier)

        try:
            earning_rule: dict[str, Any] | None | Unset
            if isinstance(self.earning_rule, Unset):
                earning_rule = UNSET
            elif isinstance(self.earning_rule, EarningRule):
                earning_rule = self.earning_rule.to_dict()
            else:
                earning_rule = self.earning_rule
        except (AttributeError, TypeError):
            earning_rule = cast(Any, self.earning_rule)

        try:
            balance: dict[str, Any] | None | Unset
            if isinstance(self.balance, Unset):
                balance = UNSET
            elif isinstance(self.balance, VoucherBalance):
                balance = self.balance.to_dict()
            else:
                balance = self.balance
        except (AttributeError, TypeError):
            balance = cast(Any, self.balance)

        try:
            order: dict[str, Any] | None | Unset
            if isinstance(self.order, Unset):
                order = UNSET
            elif isinstance(self.order, Order):
                order = self.order.to_dict()
            else:
                order = self.order
        except (AttributeError, TypeError):
            order = cast(Any, self.order)

        try:
            event: dict[str, Any] | None | Unset
            if isinstance(self.event, Unset):
                event = UNSET
            elif isinstance(self.event, SimpleEvent):
                event = self.event.to_dict()
            else:
                event = self.event
        except (AttributeError, TypeError):
            event = cast(Any, self.event)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(customer, Unset):
            field_dict["customer"] = customer
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
            customer = tolerate(_failure, "customer", src_dict)

        try:

            def _parse_holder(data: object) -> None | SimpleCustomer | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                holder_type_0 = SimpleCustomer.from_dict(data)

                return holder_type_0

            holder = _parse_holder(src_dict.get("holder", UNSET))
        except DECODE_FAILURES as _failure:
            holder = tolerate(_failure, "holder", src_dict)

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

            def _parse_loyalty_tier(data: object) -> LoyaltyTier | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                loyalty_tier_type_0 = LoyaltyTier.from_dict(data)

                return loyalty_tier_type_0

            loyalty_tier = _parse_loyalty_tier(src_dict.get("loyalty_tier", UNSET))
        except DECODE_FAILURES as _failure:
            loyalty_tier = tolerate(_failure, "loyalty_tier", src_dict)

        try:

            def _parse_earning_rule(data: object) -> EarningRule | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                earning_rule_type_0 = EarningRule.from_dict(data)

                return earning_rule_type_0

            earning_rule = _parse_earning_rule(src_dict.get("earning_rule", UNSET))
        except DECODE_FAILURES as _failure:
            earning_rule = tolerate(_failure, "earning_rule", src_dict)

        try:

            def _parse_balance(data: object) -> None | Unset | VoucherBalance:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                balance_type_0 = VoucherBalance.from_dict(data)

                return balance_type_0

            balance = _parse_balance(src_dict.get("balance", UNSET))
        except DECODE_FAILURES as _failure:
            balance = tolerate(_failure, "balance", src_dict)

        try:

            def _parse_order(data: object) -> None | Order | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                order_type_0 = Order.from_dict(data)

                return order_type_0

            order = _parse_order(src_dict.get("order", UNSET))
        except DECODE_FAILURES as _failure:
            order = tolerate(_failure, "order", src_dict)

        try:

            def _parse_event(data: object) -> None | SimpleEvent | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                event_type_0 = SimpleEvent.from_dict(data)

                return event_type_0

            event = _parse_event(src_dict.get("event", UNSET))
        except DECODE_FAILURES as _failure:
            event = tolerate(_failure, "event", src_dict)

        rewarded_loyalty_points_event_data = cls(
            customer, holder, voucher, campaign, loyalty_tier, earning_rule, balance, order, event
        )

        if not src_dict.keys() <= _DECLARED_KEYS:
            rewarded_loyalty_points_event_data.additional_properties = {
                key: src_dict[key] for key in sorted(src_dict.keys() - _DECLARED_KEYS)
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
