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
from ..models.redemption_status import RedemptionStatus, check_redemption_status
from ..models.simple_redemption_object import SimpleRedemptionObject, check_simple_redemption_object
from ..models.simple_redemption_result import SimpleRedemptionResult, check_simple_redemption_result
from ..types import UNSET, Unset

T = TypeVar("T", bound="SimpleRedemption")


_DECLARED_KEYS = frozenset(
    {
        "id",
        "customer_id",
        "tracking_id",
        "date",
        "amount",
        "order",
        "reward",
        "customer",
        "result",
        "status",
        "voucher",
        "promotion_tier",
        "redemption",
        "metadata",
        "failure_code",
        "failure_message",
        "reason",
        "channel",
        "object",
    }
)


@_attrs_define
class SimpleRedemption:
    """A redemption (`r_…`) or, as `redemption_rollback`, a rollback (`rr_…`).

    Attributes:
        id (str):  Example: r_0bc92f81a6801f9bca.
        customer_id (None | str | Unset):  Example: cust_i8t5Tt6eiKG5K79KQlJ0Vs64.
        tracking_id (None | str | Unset):  Example: track_9bH2kL0p.
        date (datetime.datetime | None | Unset):  Example: 2021-12-22T10:13:06.487Z.
        amount (int | None | Unset): Discount or credits used, in cents. Example: 10000.
        order (None | SimpleOrder | Unset):
        reward (None | Reward | Unset):
        customer (None | SimpleCustomer | Unset):
        result (None | SimpleRedemptionResult | Unset):
        status (None | RedemptionStatus | Unset): `null` on some older records.
        voucher (None | SimpleVoucher | Unset):
        promotion_tier (None | SimplePromotionTier | Unset):
        redemption (None | str | Unset): Parent redemption of a stacked redemption, or the redemption a rollback
            reverts. Example: r_0c656311b5878a2031.
        metadata (None | SimpleRedemptionMetadata | Unset):
        failure_code (None | str | Unset):  Example: customer_rules_violated.
        failure_message (None | str | Unset):  Example: Customer does not match the validation rules.
        reason (None | str | Unset):  Example: Order returned.
        channel (None | SimpleRedemptionChannel | Unset):
        object_ (None | SimpleRedemptionObject | Unset):
    """

    id: str
    customer_id: None | str | Unset = UNSET
    tracking_id: None | str | Unset = UNSET
    date: datetime.datetime | None | Unset = UNSET
    amount: int | None | Unset = UNSET
    order: None | SimpleOrder | Unset = UNSET
    reward: None | Reward | Unset = UNSET
    customer: None | SimpleCustomer | Unset = UNSET
    result: None | SimpleRedemptionResult | Unset = UNSET
    status: None | RedemptionStatus | Unset = UNSET
    voucher: None | SimpleVoucher | Unset = UNSET
    promotion_tier: None | SimplePromotionTier | Unset = UNSET
    redemption: None | str | Unset = UNSET
    metadata: None | SimpleRedemptionMetadata | Unset = UNSET
    failure_code: None | str | Unset = UNSET
    failure_message: None | str | Unset = UNSET
    reason: None | str | Unset = UNSET
    channel: None | SimpleRedemptionChannel | Unset = UNSET
    object_: None | SimpleRedemptionObject | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        try:
            customer_id: None | str | Unset
            if isinstance(self.customer_id, Unset):
                customer_id = UNSET
            else:
                customer_id = self.customer_id
        except (AttributeError, TypeError):
            customer_id = cast(Any, self.customer_id)

        try:
            tracking_id: None | str | Unset
            if isinstance(self.tracking_id, Unset):
                tracking_id = UNSET
            else:
                tracking_id = self.tracking_id
        except (AttributeError, TypeError):
            tracking_id = cast(Any, self.tracking_id)

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

        try:
            amount: int | None | Unset
            if isinstance(self.amount, Unset):
                amount = UNSET
            else:
                amount = self.amount
        except (AttributeError, TypeError):
            amount = cast(Any, self.amount)

        try:
            order: dict[str, Any] | None | Unset
            if isinstance(self.order, Unset):
                order = UNSET
            elif isinstance(self.order, SimpleOrder):
                order = self.order.to_dict()
            else:
                order = self.order
        except (AttributeError, TypeError):
            order = cast(Any, self.order)

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
            customer: dict[str, Any] | None | Unset
            if isinstance(self.customer, Unset):
                customer = UNSET
            elif isinstance(self.customer, SimpleCustomer):
                customer = self.customer.to_dict()
            else:
                customer = self.customer
        except (AttributeError, TypeError):
            customer = cast(Any, self.customer)

        try:
            result: None | str | Unset
            if isinstance(self.result, Unset):
                result = UNSET
            elif isinstance(self.result, str):
                result = self.result
            else:
                result = self.result
        except (AttributeError, TypeError):
            result = cast(Any, self.result)

        try:
            status: None | str | Unset
            if isinstance(self.status, Unset):
                status = UNSET
            elif isinstance(self.status, str):
                status = self.status
            else:
                status = self.status
        except (AttributeError, TypeError):
            status = cast(Any, self.status)

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
            promotion_tier: dict[str, Any] | None | Unset
            if isinstance(self.promotion_tier, Unset):
                promotion_tier = UNSET
            elif isinstance(self.promotion_tier, SimplePromotionTier):
                promotion_tier = self.promotion_tier.to_dict()
            else:
                promotion_tier = self.promotion_tier
        except (AttributeError, TypeError):
            promotion_tier = cast(Any, self.promotion_tier)

        try:
            redemption: None | str | Unset
            if isinstance(self.redemption, Unset):
                redemption = UNSET
            else:
                redemption = self.redemption
        except (AttributeError, TypeError):
            redemption = cast(Any, self.redemption)

        try:
            metadata: dict[str, Any] | None | Unset
            if isinstance(self.metadata, Unset):
                metadata = UNSET
            elif isinstance(self.metadata, SimpleRedemptionMetadata):
                metadata = self.metadata.to_dict()
            else:
                metadata = self.metadata
        except (AttributeError, TypeError):
            metadata = cast(Any, self.metadata)

        try:
            failure_code: None | str | Unset
            if isinstance(self.failure_code, Unset):
                failure_code = UNSET
            else:
                failure_code = self.failure_code
        except (AttributeError, TypeError):
            failure_code = cast(Any, self.failure_code)

        try:
            failure_message: None | str | Unset
            if isinstance(self.failure_message, Unset):
                failure_message = UNSET
            else:
                failure_message = self.failure_message
        except (AttributeError, TypeError):
            failure_message = cast(Any, self.failure_message)

        try:
            reason: None | str | Unset
            if isinstance(self.reason, Unset):
                reason = UNSET
            else:
                reason = self.reason
        except (AttributeError, TypeError):
            reason = cast(Any, self.reason)

        try:
            channel: dict[str, Any] | None | Unset
            if isinstance(self.channel, Unset):
                channel = UNSET
            elif isinstance(self.channel, SimpleRedemptionChannel):
                channel = self.channel.to_dict()
            else:
                channel = self.channel
        except (AttributeError, TypeError):
            channel = cast(Any, self.channel)

        try:
            object_: None | str | Unset
            if isinstance(self.object_, Unset):
                object_ = UNSET
            elif isinstance(self.object_, str):
                object_ = self.object_
            else:
                object_ = self.object_
        except (AttributeError, TypeError):
            object_ = cast(Any, self.object_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["id"] = id
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if tracking_id is not UNSET:
            field_dict["tracking_id"] = tracking_id
        if date is not UNSET:
            field_dict["date"] = date
        if amount is not UNSET:
            field_dict["amount"] = amount
        if order is not UNSET:
            field_dict["order"] = order
        if reward is not UNSET:
            field_dict["reward"] = reward
        if customer is not UNSET:
            field_dict["customer"] = customer
        if result is not UNSET:
            field_dict["result"] = result
        if status is not UNSET:
            field_dict["status"] = status
        if voucher is not UNSET:
            field_dict["voucher"] = voucher
        if promotion_tier is not UNSET:
            field_dict["promotion_tier"] = promotion_tier
        if redemption is not UNSET:
            field_dict["redemption"] = redemption
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if failure_code is not UNSET:
            field_dict["failure_code"] = failure_code
        if failure_message is not UNSET:
            field_dict["failure_message"] = failure_message
        if reason is not UNSET:
            field_dict["reason"] = reason
        if channel is not UNSET:
            field_dict["channel"] = channel
        if object_ is not UNSET:
            field_dict["object"] = object_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):
            src_dict = expect_object(src_dict)
        try:
            id = src_dict["id"]
            if not isinstance(id, str):
                raise wrong_type("string", id)
        except DECODE_FAILURES as _failure:
            id = tolerate(_failure, "id", src_dict)

        try:

            def _parse_customer_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise wrong_type("string or null", data)

            customer_id = _parse_customer_id(src_dict.get("customer_id", UNSET))
        except DECODE_FAILURES as _failure:
            customer_id = tolerate(_failure, "customer_id", src_dict)

        try:

            def _parse_tracking_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise wrong_type("string or null", data)

            tracking_id = _parse_tracking_id(src_dict.get("tracking_id", UNSET))
        except DECODE_FAILURES as _failure:
            tracking_id = tolerate(_failure, "tracking_id", src_dict)

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

        try:

            def _parse_amount(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, int) and not isinstance(data, bool):
                    return data
                raise wrong_type("integer or null", data)

            amount = _parse_amount(src_dict.get("amount", UNSET))
        except DECODE_FAILURES as _failure:
            amount = tolerate(_failure, "amount", src_dict)

        try:

            def _parse_order(data: object) -> None | SimpleOrder | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                order_type_0 = SimpleOrder.from_dict(data)

                return order_type_0

            order = _parse_order(src_dict.get("order", UNSET))
        except DECODE_FAILURES as _failure:
            order = tolerate(_failure, "order", src_dict)

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

            def _parse_customer(data: object) -> None | SimpleCustomer | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                customer_type_0 = SimpleCustomer.from_dict(data)

                return customer_type_0

            customer = _parse_customer(src_dict.get("customer", UNSET))
        except DECODE_FAILURES as _failure:
            customer = tolerate(_failure, "customer", src_dict)

        try:

            def _parse_result(data: object) -> None | SimpleRedemptionResult | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise wrong_type("a valid value or null", data)
                result_type_0 = check_simple_redemption_result(data)

                return result_type_0

            result = _parse_result(src_dict.get("result", UNSET))
        except DECODE_FAILURES as _failure:
            result = tolerate(_failure, "result", src_dict)

        try:

            def _parse_status(data: object) -> None | RedemptionStatus | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise wrong_type("a valid value or null", data)
                status_type_0 = check_redemption_status(data)

                return status_type_0

            status = _parse_status(src_dict.get("status", UNSET))
        except DECODE_FAILURES as _failure:
            status = tolerate(_failure, "status", src_dict)

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

            def _parse_promotion_tier(data: object) -> None | SimplePromotionTier | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                promotion_tier_type_0 = SimplePromotionTier.from_dict(data)

                return promotion_tier_type_0

            promotion_tier = _parse_promotion_tier(src_dict.get("promotion_tier", UNSET))
        except DECODE_FAILURES as _failure:
            promotion_tier = tolerate(_failure, "promotion_tier", src_dict)

        try:

            def _parse_redemption(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise wrong_type("string or null", data)

            redemption = _parse_redemption(src_dict.get("redemption", UNSET))
        except DECODE_FAILURES as _failure:
            redemption = tolerate(_failure, "redemption", src_dict)

        try:

            def _parse_metadata(data: object) -> None | SimpleRedemptionMetadata | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                metadata_type_0 = SimpleRedemptionMetadata.from_dict(data)

                return metadata_type_0

            metadata = _parse_metadata(src_dict.get("metadata", UNSET))
        except DECODE_FAILURES as _failure:
            metadata = tolerate(_failure, "metadata", src_dict)

        try:

            def _parse_failure_code(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise wrong_type("string or null", data)

            failure_code = _parse_failure_code(src_dict.get("failure_code", UNSET))
        except DECODE_FAILURES as _failure:
            failure_code = tolerate(_failure, "failure_code", src_dict)

        try:

            def _parse_failure_message(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise wrong_type("string or null", data)

            failure_message = _parse_failure_message(src_dict.get("failure_message", UNSET))
        except DECODE_FAILURES as _failure:
            failure_message = tolerate(_failure, "failure_message", src_dict)

        try:

            def _parse_reason(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise wrong_type("string or null", data)

            reason = _parse_reason(src_dict.get("reason", UNSET))
        except DECODE_FAILURES as _failure:
            reason = tolerate(_failure, "reason", src_dict)

        try:

            def _parse_channel(data: object) -> None | SimpleRedemptionChannel | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                channel_type_0 = SimpleRedemptionChannel.from_dict(data)

                return channel_type_0

            channel = _parse_channel(src_dict.get("channel", UNSET))
        except DECODE_FAILURES as _failure:
            channel = tolerate(_failure, "channel", src_dict)

        try:

            def _parse_object_(data: object) -> None | SimpleRedemptionObject | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise wrong_type("a valid value or null", data)
                object_type_0 = check_simple_redemption_object(data)

                return object_type_0

            object_ = _parse_object_(src_dict.get("object", UNSET))
        except DECODE_FAILURES as _failure:
            object_ = tolerate(_failure, "object", src_dict)

        simple_redemption = cls(
            id,
            customer_id,
            tracking_id,
            date,
            amount,
            order,
            reward,
            customer,
            result,
            status,
            voucher,
            promotion_tier,
            redemption,
            metadata,
            failure_code,
            failure_message,
            reason,
            channel,
            object_,
        )

        if not src_dict.keys() <= _DECLARED_KEYS:
            simple_redemption.additional_properties = {
                key: src_dict[key] for key in sorted(src_dict.keys() - _DECLARED_KEYS)
            }
        return simple_redemption

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
from ..models.simple_customer import SimpleCustomer  # noqa: E402
from ..models.simple_order import SimpleOrder  # noqa: E402
from ..models.simple_promotion_tier import SimplePromotionTier  # noqa: E402
from ..models.simple_redemption_channel import SimpleRedemptionChannel  # noqa: E402
from ..models.simple_redemption_metadata import SimpleRedemptionMetadata  # noqa: E402
from ..models.simple_voucher import SimpleVoucher  # noqa: E402
