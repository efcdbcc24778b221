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

T = TypeVar("T", bound="RewardedEventData")


_DECLARED_KEYS = frozenset(
    {
        "customer",
        "holder",
        "voucher",
        "campaign",
        "redemption",
        "reward",
        "referral_tier",
        "balance",
        "custom_event",
        "customer_event",
    }
)


@_attrs_define
class RewardedEventData:
    """Payload of `customer.rewarded` (a referral or loyalty reward was granted).

    Attributes:
        customer (SimpleCustomer):
        holder (None | SimpleCustomer | Unset):
        voucher (None | SimpleVoucher | Unset):
        campaign (None | SimpleCampaign | Unset):
        redemption (None | SimpleRedemption | Unset):
        reward (None | Reward | Unset):
        referral_tier (None | ReferralTier | Unset):
        balance (None | RewardedBalance | Unset):
        custom_event (CustomEvent | None | Unset):
        customer_event (None | RewardedCustomerEvent | Unset):
    """

    customer: SimpleCustomer
    holder: None | SimpleCustomer | Unset = UNSET
    voucher: None | SimpleVoucher | Unset = UNSET
    campaign: None | SimpleCampaign | Unset = UNSET
    redemption: None | SimpleRedemption | Unset = UNSET
    reward: None | Reward | Unset = UNSET
    referral_tier: None | ReferralTier | Unset = UNSET
    balance: None | RewardedBalance | Unset = UNSET
    custom_event: CustomEvent | None | Unset = UNSET
    customer_event: None | RewardedCustomerEvent | Unset = UNSET
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
            redemption: dict[str, Any] | None | Unset
            if isinstance(self.redemption, Unset):
                redemption = UNSET
            elif isinstance(self.redemption, SimpleRedemption):
                redemption = self.redemption.to_dict()
            else:
                redemption = self.redemption
        except (AttributeError, TypeError):
            redemption = cast(Any, self.redemption)

        try:
            reward: dict[str, Any] | None | Unset
            if isinstance(self.reward, Unset):
                reward = UNSET
            elif isinstance(self.reward, Reward):
                reward = self.reward.to_dict()
            else:
                reward = self.reward
        except (AttributeError, TypeError):
            reward = cast(Any, self.reward)

        try:
            referral_tier: dict[str, Any] | None | Unset
            if isinstance(self.referral_tier, Unset):
                referral_tier = UNSET
            elif isinstance(self.referral_tier, ReferralTier):
                referral_tier = self.referral_tier.to_dict()
            else:
                referral_tier = self.referral_tier
        except (AttributeError, TypeError):
            referral_tier = cast(Any, self.referral_tier)

        try:
            balance: dict[str, Any] | None | Unset
            if isinstance(self.balance, Unset):
                balance = UNSET
            elif isinstance(self.balance, RewardedBalance):
                balance = self.balance.to_dict()
            else:
                balance = self.balance
        except (AttributeError, TypeError):
            balance = cast(Any, self.balance)

        try:
            custom_event: dict[str, Any] | None | Unset
            if isinstance(self.custom_event, Unset):
                custom_event = UNSET
            elif isinstance(self.custom_event, CustomEvent):
                custom_event = self.custom_event.to_dict()
            else:
                custom_event = self.custom_event
        except (AttributeError, TypeError):
            custom_event = cast(Any, self.custom_event)

        try:
            customer_event: dict[str, Any] | None | Unset
            if isinstance(self.customer_event, Unset):
                customer_event = UNSET
            elif isinstance(self.customer_event, RewardedCustomerEvent):
                customer_event = self.customer_event.to_dict()
            else:
                customer_event = self.customer_event
        except (AttributeError, TypeError):
            customer_event = cast(Any, self.customer_event)

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
        if redemption is not UNSET:
            field_dict["redemption"] = redemption
        if reward is not UNSET:
            field_dict["reward"] = reward
        if referral_tier is not UNSET:
            field_dict["referral_tier"] = referral_tier
        if balance is not UNSET:
            field_dict["balance"] = balance
        if custom_event is not UNSET:
            field_dict["custom_event"] = custom_event
        if customer_event is not UNSET:
            field_dict["customer_event"] = customer_event

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

            def _parse_redemption(data: object) -> None | SimpleRedemption | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                redemption_type_0 = SimpleRedemption.from_dict(data)

                return redemption_type_0

            redemption = _parse_redemption(src_dict.get("redemption", UNSET))
        except DECODE_FAILURES as _failure:
            redemption = tolerate(_failure, "redemption", src_dict)

        try:

            def _parse_reward(data: object) -> None | Reward | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                reward_type_0 = Reward.from_dict(data)

                return reward_type_0

            reward = _parse_reward(src_dict.get("reward", UNSET))
        except DECODE_FAILURES as _failure:
            reward = tolerate(_failure, "reward", src_dict)

        try:

            def _parse_referral_tier(data: object) -> None | ReferralTier | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                referral_tier_type_0 = ReferralTier.from_dict(data)

                return referral_tier_type_0

            referral_tier = _parse_referral_tier(src_dict.get("referral_tier", UNSET))
        except DECODE_FAILURES as _failure:
            referral_tier = tolerate(_failure, "referral_tier", src_dict)

        try:

            def _parse_balance(data: object) -> None | RewardedBalance | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                balance_type_0 = RewardedBalance.from_dict(data)

                return balance_type_0

            balance = _parse_balance(src_dict.get("balance", UNSET))
        except DECODE_FAILURES as _failure:
            balance = tolerate(_failure, "balance", src_dict)

        try:

            def _parse_custom_event(data: object) -> CustomEvent | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                custom_event_type_0 = CustomEvent.from_dict(data)

                return custom_event_type_0

            custom_event = _parse_custom_event(src_dict.get("custom_event", UNSET))
        except DECODE_FAILURES as _failure:
            custom_event = tolerate(_failure, "custom_event", src_dict)

        try:

            def _parse_customer_event(data: object) -> None | RewardedCustomerEvent | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                customer_event_type_0 = RewardedCustomerEvent.from_dict(data)

                return customer_event_type_0

            customer_event = _parse_customer_event(src_dict.get("customer_event", UNSET))
        except DECODE_FAILURES as _failure:
            customer_event = tolerate(_failure, "customer_event", src_dict)

        rewarded_event_data = cls(
            customer,
            holder,
            voucher,
            campaign,
            redemption,
            reward,
            referral_tier,
            balance,
            custom_event,
            customer_event,
        )

        if not src_dict.keys() <= _DECLARED_KEYS:
            rewarded_event_data.additional_properties = {
                key: src_dict[key] for key in sorted(src_dict.keys() - _DECLARED_KEYS)
            }
        return rewarded_event_data

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


from ..models.custom_event import CustomEvent  # noqa: E402
from ..models.referral_tier import ReferralTier  # noqa: E402
from ..models.reward import Reward  # noqa: E402
from ..models.rewarded_balance import RewardedBalance  # noqa: E402
from ..models.rewarded_customer_event import RewardedCustomerEvent  # noqa: E402
from ..models.simple_campaign import SimpleCampaign  # noqa: E402
from ..models.simple_customer import SimpleCustomer  # noqa: E402
from ..models.simple_redemption import SimpleRedemption  # noqa: E402
from ..models.simple_voucher import SimpleVoucher  # noqa: E402
