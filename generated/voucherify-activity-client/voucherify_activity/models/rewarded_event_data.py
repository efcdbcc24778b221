from __future__ import annotations

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
        holder (SimpleCustomer | Unset):
        voucher (SimpleVoucher | Unset):
        campaign (SimpleCampaign | Unset):
        redemption (SimpleRedemption | Unset): A redemption (`r_…`) or, as `redemption_rollback`, a rollback (`rr_…`).
        reward (Reward | Unset): Simplified reward definition, as attached to a reward result.
        referral_tier (ReferralTier | Unset): Tier of a referral program that granted a reward.
        balance (None | RewardedBalance | Unset):
        custom_event (CustomEvent | Unset): A custom event tracked for the customer.
        customer_event (None | RewardedCustomerEvent | Unset):
    """

    customer: SimpleCustomer
    holder: SimpleCustomer | Unset = UNSET
    voucher: SimpleVoucher | Unset = UNSET
    campaign: SimpleCampaign | Unset = UNSET
    redemption: SimpleRedemption | Unset = UNSET
    reward: Reward | Unset = UNSET
    referral_tier: ReferralTier | Unset = UNSET
    balance: None | RewardedBalance | Unset = UNSET
    custom_event: CustomEvent | Unset = UNSET
    customer_event: None | RewardedCustomerEvent | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "customer": "customer",
        "holder": "holder",
        "voucher": "voucher",
        "campaign": "campaign",
        "redemption": "redemption",
        "reward": "reward",
        "referral_tier": "referral_tier",
        "balance": "balance",
        "custom_event": "custom_event",
        "customer_event": "customer_event",
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

        redemption: dict[str, Any] | Unset = UNSET
        if not isinstance(self.redemption, Unset):
            redemption = self.redemption.to_dict()

        reward: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reward, Unset):
            reward = self.reward.to_dict()

        referral_tier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.referral_tier, Unset):
            referral_tier = self.referral_tier.to_dict()

        balance: dict[str, Any] | None | Unset
        if isinstance(self.balance, Unset):
            balance = UNSET
        elif isinstance(self.balance, RewardedBalance):
            balance = self.balance.to_dict()
        else:
            balance = self.balance

        custom_event: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_event, Unset):
            custom_event = self.custom_event.to_dict()

        customer_event: dict[str, Any] | None | Unset
        if isinstance(self.customer_event, Unset):
            customer_event = UNSET
        elif isinstance(self.customer_event, RewardedCustomerEvent):
            customer_event = self.customer_event.to_dict()
        else:
            customer_event = self.customer_event

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
            _redemption = src_dict.get("redemption", UNSET)
            redemption: SimpleRedemption | Unset
            if isinstance(_redemption, Unset):
                redemption = UNSET
            else:
                redemption = SimpleRedemption.from_dict(_redemption)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "redemption", src_dict)

        try:
            _reward = src_dict.get("reward", UNSET)
            reward: Reward | Unset
            if isinstance(_reward, Unset):
                reward = UNSET
            else:
                reward = Reward.from_dict(_reward)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "reward", src_dict)

        try:
            _referral_tier = src_dict.get("referral_tier", UNSET)
            referral_tier: ReferralTier | Unset
            if isinstance(_referral_tier, Unset):
                referral_tier = UNSET
            else:
                referral_tier = ReferralTier.from_dict(_referral_tier)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "referral_tier", src_dict)

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
            raise field_error(_failure, "balance", src_dict)

        try:
            _custom_event = src_dict.get("custom_event", UNSET)
            custom_event: CustomEvent | Unset
            if isinstance(_custom_event, Unset):
                custom_event = UNSET
            else:
                custom_event = CustomEvent.from_dict(_custom_event)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "custom_event", src_dict)

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
            raise field_error(_failure, "customer_event", src_dict)

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
                key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS
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
