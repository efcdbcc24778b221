from __future__ import annotations

import datetime
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
from ..models.redemption_status import RedemptionStatus, check_redemption_status
from ..models.simple_redemption_object import SimpleRedemptionObject, check_simple_redemption_object
from ..models.simple_redemption_result import SimpleRedemptionResult, check_simple_redemption_result
from ..types import UNSET, Unset

T = TypeVar("T", bound="SimpleRedemption")


_DECLARED_KEYS = frozenset(
    {
        "id",
        "object",
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
    }
)


@_attrs_define
class SimpleRedemption:
    """A redemption (`r_…`) or, as `redemption_rollback`, a rollback (`rr_…`).

    Attributes:
        id (str):  Example: r_0bc92f81a6801f9bca.
        object_ (SimpleRedemptionObject):
        customer_id (None | str | Unset):  Example: cust_i8t5Tt6eiKG5K79KQlJ0Vs64.
        tracking_id (str | Unset):  Example: track_9bH2kL0p.
        date (datetime.datetime | Unset):  Example: 2021-12-22T10:13:06.487Z.
        amount (int | Unset): Discount or credits used, in cents. Example: 10000.
        order (SimpleOrder | Unset): Order as attached to a redemption; amounts are in cents.
        reward (Reward | Unset): Simplified reward definition, as attached to a reward result.
        customer (SimpleCustomer | Unset):
        result (SimpleRedemptionResult | Unset):
        status (None | RedemptionStatus | Unset): `null` on some older records.
        voucher (SimpleVoucher | Unset):
        promotion_tier (SimplePromotionTier | Unset):
        redemption (str | Unset): Parent redemption of a stacked redemption, or the redemption a rollback reverts.
            Example: r_0c656311b5878a2031.
        metadata (SimpleRedemptionMetadata | Unset):
        failure_code (str | Unset):  Example: customer_rules_violated.
        failure_message (str | Unset):  Example: Customer does not match the validation rules.
        reason (str | Unset):  Example: Order returned.
        channel (SimpleRedemptionChannel | Unset):
    """

    id: str
    object_: SimpleRedemptionObject
    customer_id: None | str | Unset = UNSET
    tracking_id: str | Unset = UNSET
    date: datetime.datetime | Unset = UNSET
    amount: int | Unset = UNSET
    order: SimpleOrder | Unset = UNSET
    reward: Reward | Unset = UNSET
    customer: SimpleCustomer | Unset = UNSET
    result: SimpleRedemptionResult | Unset = UNSET
    status: None | RedemptionStatus | Unset = UNSET
    voucher: SimpleVoucher | Unset = UNSET
    promotion_tier: SimplePromotionTier | Unset = UNSET
    redemption: str | Unset = UNSET
    metadata: SimpleRedemptionMetadata | Unset = UNSET
    failure_code: str | Unset = UNSET
    failure_message: str | Unset = UNSET
    reason: str | Unset = UNSET
    channel: SimpleRedemptionChannel | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "id": "id",
        "object_": "object",
        "customer_id": "customer_id",
        "tracking_id": "tracking_id",
        "date": "date",
        "amount": "amount",
        "order": "order",
        "reward": "reward",
        "customer": "customer",
        "result": "result",
        "status": "status",
        "voucher": "voucher",
        "promotion_tier": "promotion_tier",
        "redemption": "redemption",
        "metadata": "metadata",
        "failure_code": "failure_code",
        "failure_message": "failure_message",
        "reason": "reason",
        "channel": "channel",
    }

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_: str = self.object_

        customer_id: None | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        tracking_id = self.tracking_id

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        amount = self.amount

        order: dict[str, Any] | Unset = UNSET
        if not isinstance(self.order, Unset):
            order = self.order.to_dict()

        reward: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reward, Unset):
            reward = self.reward.to_dict()

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        result: str | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = self.result

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        voucher: dict[str, Any] | Unset = UNSET
        if not isinstance(self.voucher, Unset):
            voucher = self.voucher.to_dict()

        promotion_tier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.promotion_tier, Unset):
            promotion_tier = self.promotion_tier.to_dict()

        redemption = self.redemption

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        failure_code = self.failure_code

        failure_message = self.failure_message

        reason = self.reason

        channel: dict[str, Any] | Unset = UNSET
        if not isinstance(self.channel, Unset):
            channel = self.channel.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "object": object_,
            }
        )
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
            raise field_error(_failure, "id", src_dict)

        try:
            object_ = check_simple_redemption_object(src_dict["object"])
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "object", src_dict)

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
            raise field_error(_failure, "customer_id", src_dict)

        try:
            tracking_id = src_dict.get("tracking_id", UNSET)
            if tracking_id is not UNSET and not isinstance(tracking_id, str):
                raise wrong_type("string", tracking_id)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "tracking_id", src_dict)

        try:
            _date = src_dict.get("date", UNSET)
            date: datetime.datetime | Unset
            if isinstance(_date, Unset):
                date = UNSET
            else:
                date = datetime.datetime.fromisoformat(_date)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "date", src_dict)

        try:
            amount = src_dict.get("amount", UNSET)
            if amount is not UNSET and (not isinstance(amount, int) or isinstance(amount, bool)):
                raise wrong_type("integer", amount)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "amount", src_dict)

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
            _reward = src_dict.get("reward", UNSET)
            reward: Reward | Unset
            if isinstance(_reward, Unset):
                reward = UNSET
            else:
                reward = Reward.from_dict(_reward)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "reward", src_dict)

        try:
            _customer = src_dict.get("customer", UNSET)
            customer: SimpleCustomer | Unset
            if isinstance(_customer, Unset):
                customer = UNSET
            else:
                customer = SimpleCustomer.from_dict(_customer)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "customer", src_dict)

        try:
            _result = src_dict.get("result", UNSET)
            result: SimpleRedemptionResult | Unset
            if isinstance(_result, Unset):
                result = UNSET
            else:
                result = check_simple_redemption_result(_result)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "result", src_dict)

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
            raise field_error(_failure, "status", src_dict)

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
            _promotion_tier = src_dict.get("promotion_tier", UNSET)
            promotion_tier: SimplePromotionTier | Unset
            if isinstance(_promotion_tier, Unset):
                promotion_tier = UNSET
            else:
                promotion_tier = SimplePromotionTier.from_dict(_promotion_tier)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "promotion_tier", src_dict)

        try:
            redemption = src_dict.get("redemption", UNSET)
            if redemption is not UNSET and not isinstance(redemption, str):
                raise wrong_type("string", redemption)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "redemption", src_dict)

        try:
            _metadata = src_dict.get("metadata", UNSET)
            metadata: SimpleRedemptionMetadata | Unset
            if isinstance(_metadata, Unset):
                metadata = UNSET
            else:
                metadata = SimpleRedemptionMetadata.from_dict(_metadata)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "metadata", src_dict)

        try:
            failure_code = src_dict.get("failure_code", UNSET)
            if failure_code is not UNSET and not isinstance(failure_code, str):
                raise wrong_type("string", failure_code)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "failure_code", src_dict)

        try:
            failure_message = src_dict.get("failure_message", UNSET)
            if failure_message is not UNSET and not isinstance(failure_message, str):
                raise wrong_type("string", failure_message)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "failure_message", src_dict)

        try:
            reason = src_dict.get("reason", UNSET)
            if reason is not UNSET and not isinstance(reason, str):
                raise wrong_type("string", reason)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "reason", src_dict)

        try:
            _channel = src_dict.get("channel", UNSET)
            channel: SimpleRedemptionChannel | Unset
            if isinstance(_channel, Unset):
                channel = UNSET
            else:
                channel = SimpleRedemptionChannel.from_dict(_channel)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "channel", src_dict)

        simple_redemption = cls(
            id,
            object_,
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
        )

        if not src_dict.keys() <= _DECLARED_KEYS:
            simple_redemption.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS
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
