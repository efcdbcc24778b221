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

T = TypeVar("T", bound="RewardRedemptionEventData")


_DECLARED_KEYS = frozenset(
    {
        "customer",
        "holder",
        "voucher",
        "campaign",
        "reward_redemption",
        "reward",
        "reward_assignment",
        "source",
        "balance",
    }
)


@_attrs_define
class RewardRedemptionEventData:
    """Payload of every `customer.reward_redemptions.*` event.

    Attributes:
        customer (SimpleCustomer):
        holder (SimpleCustomer | Unset):
        voucher (SimpleVoucher | Unset):
        campaign (SimpleCampaign | Unset):
        reward_redemption (RewardRedemptionEventDataRewardRedemption | Unset): The reward redemption record.
        reward (Reward | Unset): Simplified reward definition, as attached to a reward result.
        reward_assignment (RewardAssignment | Unset): A reward made available in a campaign, with its point cost.
        source (str | Unset):  Example: voucherify-web-ui.
        balance (int | Unset): Points left on the card after the redemption. Example: 900.
    """

    customer: SimpleCustomer
    holder: SimpleCustomer | Unset = UNSET
    voucher: SimpleVoucher | Unset = UNSET
    campaign: SimpleCampaign | Unset = UNSET
    reward_redemption: RewardRedemptionEventDataRewardRedemption | Unset = UNSET
    reward: Reward | Unset = UNSET
    reward_assignment: RewardAssignment | Unset = UNSET
    source: str | Unset = UNSET
    balance: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "customer": "customer",
        "holder": "holder",
        "voucher": "voucher",
        "campaign": "campaign",
        "reward_redemption": "reward_redemption",
        "reward": "reward",
        "reward_assignment": "reward_assignment",
        "source": "source",
        "balance": "balance",
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

        reward_redemption: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reward_redemption, Unset):
            reward_redemption = self.reward_redemption.to_dict()

        reward: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reward, Unset):
            reward = self.reward.to_dict()

        reward_assignment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reward_assignment, Unset):
            reward_assignment = self.reward_assignment.to_dict()

        source = self.source

        balance = self.balance

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
        if reward_redemption is not UNSET:
            field_dict["reward_redemption"] = reward_redemption
        if reward is not UNSET:
            field_dict["reward"] = reward
        if reward_assignment is not UNSET:
            field_dict["reward_assignment"] = reward_assignment
        if source is not UNSET:
            field_dict["source"] = source
        if balance is not UNSET:
            field_dict["balance"] = balance

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
            _reward_redemption = src_dict.get("reward_redemption", UNSET)
            reward_redemption: RewardRedemptionEventDataRewardRedemption | Unset
            if isinstance(_reward_redemption, Unset):
                reward_redemption = UNSET
            else:
                reward_redemption = RewardRedemptionEventDataRewardRedemption.from_dict(
                    _reward_redemption
                )
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "reward_redemption", src_dict)

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
            _reward_assignment = src_dict.get("reward_assignment", UNSET)
            reward_assignment: RewardAssignment | Unset
            if isinstance(_reward_assignment, Unset):
                reward_assignment = UNSET
            else:
                reward_assignment = RewardAssignment.from_dict(_reward_assignment)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "reward_assignment", src_dict)

        try:
            source = src_dict.get("source", UNSET)
            if source is not UNSET and not isinstance(source, str):
                raise wrong_type("string", source)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "source", src_dict)

        try:
            balance = src_dict.get("balance", UNSET)
            if balance is not UNSET and (not isinstance(balance, int) or isinstance(balance, bool)):
                raise wrong_type("integer", balance)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "balance", src_dict)

        reward_redemption_event_data = cls(
            customer,
            holder,
            voucher,
            campaign,
            reward_redemption,
            reward,
            reward_assignment,
            source,
            balance,
        )

        if not src_dict.keys() <= _DECLARED_KEYS:
            reward_redemption_event_data.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS
            }
        return reward_redemption_event_data

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


from ..models.reward import Reward  # noqa: E402
from ..models.reward_assignment import RewardAssignment  # noqa: E402
from ..models.reward_redemption_event_data_reward_redemption import (
    RewardRedemptionEventDataRewardRedemption,  # noqa: E402
)
from ..models.simple_campaign import SimpleCampaign  # noqa: E402
from ..models.simple_customer import SimpleCustomer  # noqa: E402
from ..models.simple_voucher import SimpleVoucher  # noqa: E402
