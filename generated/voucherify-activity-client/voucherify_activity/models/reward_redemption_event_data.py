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
        holder (None | SimpleCustomer | Unset):
        voucher (None | SimpleVoucher | Unset):
        campaign (None | SimpleCampaign | Unset):
        reward_redemption (None | RewardRedemptionEventDataRewardRedemption | Unset): The reward redemption record.
        reward (None | Reward | Unset):
        reward_assignment (None | RewardAssignment | Unset):
        source (None | RewardRedemptionSource | str | Unset): What the reward was redeemed through. Documented as a
            string; Voucherify's own
            examples send the redemption as an object `{id, type}`.
        balance (int | None | Unset): Points left on the card after the redemption. Example: 900.
    """

    customer: SimpleCustomer
    holder: None | SimpleCustomer | Unset = UNSET
    voucher: None | SimpleVoucher | Unset = UNSET
    campaign: None | SimpleCampaign | Unset = UNSET
    reward_redemption: None | RewardRedemptionEventDataRewardRedemption | Unset = UNSET
    reward: None | Reward | Unset = UNSET
    reward_assignment: None | RewardAssignment | Unset = UNSET
    source: None | RewardRedemptionSource | str | Unset = UNSET
    balance: int | None | Unset = UNSET
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
            reward_redemption: dict[str, Any] | None | Unset
            if isinstance(self.reward_redemption, Unset):
                reward_redemption = UNSET
            elif isinstance(self.reward_redemption, RewardRedemptionEventDataRewardRedemption):
                reward_redemption = self.reward_redemption.to_dict()
            else:
                reward_redemption = self.reward_redemption
        except (AttributeError, TypeError):
            reward_redemption = cast(Any, self.reward_redemption)

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
            reward_assignment: dict[str, Any] | None | Unset
            if isinstance(self.reward_assignment, Unset):
                reward_assignment = UNSET
            elif isinstance(self.reward_assignment, RewardAssignment):
                reward_assignment = self.reward_assignment.to_dict()
            else:
                reward_assignment = self.reward_assignment
        except (AttributeError, TypeError):
            reward_assignment = cast(Any, self.reward_assignment)

        try:
            source: dict[str, Any] | None | str | Unset
            if isinstance(self.source, Unset):
                source = UNSET
            elif isinstance(self.source, RewardRedemptionSource):
                source = self.source.to_dict()
            else:
                source = self.source
        except (AttributeError, TypeError):
            source = cast(Any, self.source)

        try:
            balance: int | None | Unset
            if isinstance(self.balance, Unset):
                balance = UNSET
            else:
                balance = self.balance
        except (AttributeError, TypeError):
            balance = cast(Any, self.balance)

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

            def _parse_reward_redemption(
                data: object,
            ) -> None | RewardRedemptionEventDataRewardRedemption | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                reward_redemption_type_0 = RewardRedemptionEventDataRewardRedemption.from_dict(data)

                return reward_redemption_type_0

            reward_redemption = _parse_reward_redemption(src_dict.get("reward_redemption", UNSET))
        except DECODE_FAILURES as _failure:
            reward_redemption = tolerate(_failure, "reward_redemption", src_dict)

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

            def _parse_reward_assignment(data: object) -> None | RewardAssignment | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                reward_assignment_type_0 = RewardAssignment.from_dict(data)

                return reward_assignment_type_0

            reward_assignment = _parse_reward_assignment(src_dict.get("reward_assignment", UNSET))
        except DECODE_FAILURES as _failure:
            reward_assignment = tolerate(_failure, "reward_assignment", src_dict)

        try:

            def _parse_source(data: object) -> None | RewardRedemptionSource | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    source_type_1 = RewardRedemptionSource.from_dict(data)

                    return source_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if isinstance(data, str):
                    return data
                raise wrong_type("string or null", data)

            source = _parse_source(src_dict.get("source", UNSET))
        except DECODE_FAILURES as _failure:
            source = tolerate(_failure, "source", src_dict)

        try:

            def _parse_balance(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, int) and not isinstance(data, bool):
                    return data
                raise wrong_type("integer or null", data)

            balance = _parse_balance(src_dict.get("balance", UNSET))
        except DECODE_FAILURES as _failure:
            balance = tolerate(_failure, "balance", src_dict)

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
                key: src_dict[key] for key in sorted(src_dict.keys() - _DECLARED_KEYS)
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
from ..models.reward_redemption_source import RewardRedemptionSource  # noqa: E402
from ..models.simple_campaign import SimpleCampaign  # noqa: E402
from ..models.simple_customer import SimpleCustomer  # noqa: E402
from ..models.simple_voucher import SimpleVoucher  # noqa: E402
