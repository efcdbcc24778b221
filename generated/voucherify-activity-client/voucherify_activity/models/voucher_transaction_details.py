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

T = TypeVar("T", bound="VoucherTransactionDetails")


_DECLARED_KEYS = frozenset(
    {
        "balance",
        "order",
        "event",
        "earning_rule",
        "segment",
        "loyalty_tier",
        "holder_loyalty_tier",
        "redemption",
        "rollback",
        "custom_event",
        "event_schema",
        "reward",
        "pending_points",
        "source_voucher",
        "destination_voucher",
    }
)


@_attrs_define
class VoucherTransactionDetails:
    """What caused the transaction; which members are set depends on `type`.

    Attributes:
        balance (None | Unset | VoucherBalance):
        order (None | ResourceReference | Unset):
        event (None | ResourceReference | Unset):
        earning_rule (None | ResourceReference | Unset):
        segment (None | ResourceReference | Unset):
        loyalty_tier (None | ResourceReference | Unset):
        holder_loyalty_tier (None | ResourceReference | Unset):
        redemption (None | ResourceReference | Unset):
        rollback (None | ResourceReference | Unset):
        custom_event (None | ResourceReference | Unset):
        event_schema (None | ResourceReference | Unset):
        reward (None | ResourceReference | Unset):
        pending_points (LoyaltyPendingPoints | None | Unset):
        source_voucher (None | SimpleVoucher | Unset):
        destination_voucher (None | SimpleVoucher | Unset):
    """

    balance: None | Unset | VoucherBalance = UNSET
    order: None | ResourceReference | Unset = UNSET
    event: None | ResourceReference | Unset = UNSET
    earning_rule: None | ResourceReference | Unset = UNSET
    segment: None | ResourceReference | Unset = UNSET
    loyalty_tier: None | ResourceReference | Unset = UNSET
    holder_loyalty_tier: None | ResourceReference | Unset = UNSET
    redemption: None | ResourceReference | Unset = UNSET
    rollback: None | ResourceReference | Unset = UNSET
    custom_event: None | ResourceReference | Unset = UNSET
    event_schema: None | ResourceReference | Unset = UNSET
    reward: None | ResourceReference | Unset = UNSET
    pending_points: LoyaltyPendingPoints | None | Unset = UNSET
    source_voucher: None | SimpleVoucher | Unset = UNSET
    destination_voucher: None | SimpleVoucher | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
            elif isinstance(self.order, ResourceReference):
                order = self.order.to_dict()
            else:
                order = self.order
        except (AttributeError, TypeError):
            order = cast(Any, self.order)

        try:
            event: dict[str, Any] | None | Unset
            if isinstance(self.event, Unset):
                event = UNSET
            elif isinstance(self.event, ResourceReference):
                event = self.event.to_dict()
            else:
                event = self.event
        except (AttributeError, TypeError):
            event = cast(Any, self.event)

        try:
            earning_rule: dict[str, Any] | None | Unset
            if isinstance(self.earning_rule, Unset):
                earning_rule = UNSET
            elif isinstance(self.earning_rule, ResourceReference):
                earning_rule = self.earning_rule.to_dict()
            else:
                earning_rule = self.earning_rule
        except (AttributeError, TypeError):
            earning_rule = cast(Any, self.earning_rule)

        try:
            segment: dict[str, Any] | None | Unset
            if isinstance(self.segment, Unset):
                segment = UNSET
            elif isinstance(self.segment, ResourceReference):
                segment = self.segment.to_dict()
            else:
                segment = self.segment
        except (AttributeError, TypeError):
            segment = cast(Any, self.segment)

        try:
            loyalty_tier: dict[str, Any] | None | Unset
            if isinstance(self.loyalty_tier, Unset):
                loyalty_tier = UNSET
            elif isinstance(self.loyalty_tier, ResourceReference):
                loyalty_tier = self.loyalty_tier.to_dict()
            else:
                loyalty_tier = self.loyalty_tier
        except (AttributeError, TypeError):
            loyalty_tier = cast(Any, self.loyalty_tier)

        try:
            holder_loyalty_tier: dict[str, Any] | None | Unset
            if isinstance(self.holder_loyalty_tier, Unset):
                holder_loyalty_tier = UNSET
            elif isinstance(self.holder_loyalty_tier, ResourceReference):
                holder_loyalty_tier = self.holder_loyalty_tier.to_dict()
            else:
                holder_loyalty_tier = self.holder_loyalty_tier
        except (AttributeError, TypeError):
            holder_loyalty_tier = cast(Any, self.holder_loyalty_tier)

        try:
            redemption: dict[str, Any] | None | Unset
            if isinstance(self.redemption, Unset):
                redemption = UNSET
            elif isinstance(self.redemption, ResourceReference):
                redemption = self.redemption.to_dict()
            else:
                redemption = self.redemption
        except (AttributeError, TypeError):
            redemption = cast(Any, self.redemption)

        try:
            rollback: dict[str, Any] | None | Unset
            if isinstance(self.rollback, Unset):
                rollback = UNSET
            elif isinstance(self.rollback, ResourceReference):
                rollback = self.rollback.to_dict()
            else:
                rollback = self.rollback
        except (AttributeError, TypeError):
            rollback = cast(Any, self.rollback)

        try:
            custom_event: dict[str, Any] | None | Unset
            if isinstance(self.custom_event, Unset):
                custom_event = UNSET
            elif isinstance(self.custom_event, ResourceReference):
                custom_event = self.custom_event.to_dict()
            else:
                custom_event = self.custom_event
        except (AttributeError, TypeError):
            custom_event = cast(Any, self.custom_event)

        try:
            event_schema: dict[str, Any] | None | Unset
            if isinstance(self.event_schema, Unset):
                event_schema = UNSET
            elif isinstance(self.event_schema, ResourceReference):
                event_schema = self.event_schema.to_dict()
            else:
                event_schema = self.event_schema
        except (AttributeError, TypeError):
            event_schema = cast(Any, self.event_schema)

        try:
            reward: dict[str, Any] | None | Unset
            if isinstance(self.reward, Unset):
                reward = UNSET
            elif isinstance(self.reward, ResourceReference):
                reward = self.reward.to_dict()
            else:
                reward = self.reward
        except (AttributeError, TypeError):
            reward = cast(Any, self.reward)

        try:
            pending_points: dict[str, Any] | None | Unset
            if isinstance(self.pending_points, Unset):
                pending_points = UNSET
            elif isinstance(self.pending_points, LoyaltyPendingPoints):
                pending_points = self.pending_points.to_dict()
            else:
                pending_points = self.pending_points
        except (AttributeError, TypeError):
            pending_points = cast(Any, self.pending_points)

        try:
            source_voucher: dict[str, Any] | None | Unset
            if isinstance(self.source_voucher, Unset):
                source_voucher = UNSET
            elif isinstance(self.source_voucher, SimpleVoucher):
                source_voucher = self.source_voucher.to_dict()
            else:
                source_voucher = self.source_voucher
        except (AttributeError, TypeError):
            source_voucher = cast(Any, self.source_voucher)

        try:
            destination_voucher: dict[str, Any] | None | Unset
            if isinstance(self.destination_voucher, Unset):
                destination_voucher = UNSET
            elif isinstance(self.destination_voucher, SimpleVoucher):
                destination_voucher = self.destination_voucher.to_dict()
            else:
                destination_voucher = self.destination_voucher
        except (AttributeError, TypeError):
            destination_voucher = cast(Any, self.destination_voucher)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if balance is not UNSET:
            field_dict["balance"] = balance
        if order is not UNSET:
            field_dict["order"] = order
        if event is not UNSET:
            field_dict["event"] = event
        if earning_rule is not UNSET:
            field_dict["earning_rule"] = earning_rule
        if segment is not UNSET:
            field_dict["segment"] = segment
        if loyalty_tier is not UNSET:
            field_dict["loyalty_tier"] = loyalty_tier
        if holder_loyalty_tier is not UNSET:
            field_dict["holder_loyalty_tier"] = holder_loyalty_tier
        if redemption is not UNSET:
            field_dict["redemption"] = redemption
        if rollback is not UNSET:
            field_dict["rollback"] = rollback
        if custom_event is not UNSET:
            field_dict["custom_event"] = custom_event
        if event_schema is not UNSET:
            field_dict["event_schema"] = event_schema
        if reward is not UNSET:
            field_dict["reward"] = reward
        if pending_points is not UNSET:
            field_dict["pending_points"] = pending_points
        if source_voucher is not UNSET:
            field_dict["source_voucher"] = source_voucher
        if destination_voucher is not UNSET:
            field_dict["destination_voucher"] = destination_voucher

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):
            src_dict = expect_object(src_dict)
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

            def _parse_order(data: object) -> None | ResourceReference | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                order_type_0 = ResourceReference.from_dict(data)

                return order_type_0

            order = _parse_order(src_dict.get("order", UNSET))
        except DECODE_FAILURES as _failure:
            order = tolerate(_failure, "order", src_dict)

        try:

            def _parse_event(data: object) -> None | ResourceReference | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                event_type_0 = ResourceReference.from_dict(data)

                return event_type_0

            event = _parse_event(src_dict.get("event", UNSET))
        except DECODE_FAILURES as _failure:
            event = tolerate(_failure, "event", src_dict)

        try:

            def _parse_earning_rule(data: object) -> None | ResourceReference | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                earning_rule_type_0 = ResourceReference.from_dict(data)

                return earning_rule_type_0

            earning_rule = _parse_earning_rule(src_dict.get("earning_rule", UNSET))
        except DECODE_FAILURES as _failure:
            earning_rule = tolerate(_failure, "earning_rule", src_dict)

        try:

            def _parse_segment(data: object) -> None | ResourceReference | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                segment_type_0 = ResourceReference.from_dict(data)

                return segment_type_0

            segment = _parse_segment(src_dict.get("segment", UNSET))
        except DECODE_FAILURES as _failure:
            segment = tolerate(_failure, "segment", src_dict)

        try:

            def _parse_loyalty_tier(data: object) -> None | ResourceReference | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                loyalty_tier_type_0 = ResourceReference.from_dict(data)

                return loyalty_tier_type_0

            loyalty_tier = _parse_loyalty_tier(src_dict.get("loyalty_tier", UNSET))
        except DECODE_FAILURES as _failure:
            loyalty_tier = tolerate(_failure, "loyalty_tier", src_dict)

        try:

            def _parse_holder_loyalty_tier(data: object) -> None | ResourceReference | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                holder_loyalty_tier_type_0 = ResourceReference.from_dict(data)

                return holder_loyalty_tier_type_0

            holder_loyalty_tier = _parse_holder_loyalty_tier(
                src_dict.get("holder_loyalty_tier", UNSET)
            )
        except DECODE_FAILURES as _failure:
            holder_loyalty_tier = tolerate(_failure, "holder_loyalty_tier", src_dict)

        try:

            def _parse_redemption(data: object) -> None | ResourceReference | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                redemption_type_0 = ResourceReference.from_dict(data)

                return redemption_type_0

            redemption = _parse_redemption(src_dict.get("redemption", UNSET))
        except DECODE_FAILURES as _failure:
            redemption = tolerate(_failure, "redemption", src_dict)

        try:

            def _parse_rollback(data: object) -> None | ResourceReference | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                rollback_type_0 = ResourceReference.from_dict(data)

                return rollback_type_0

            rollback = _parse_rollback(src_dict.get("rollback", UNSET))
        except DECODE_FAILURES as _failure:
            rollback = tolerate(_failure, "rollback", src_dict)

        try:

            def _parse_custom_event(data: object) -> None | ResourceReference | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                custom_event_type_0 = ResourceReference.from_dict(data)

                return custom_event_type_0

            custom_event = _parse_custom_event(src_dict.get("custom_event", UNSET))
        except DECODE_FAILURES as _failure:
            custom_event = tolerate(_failure, "custom_event", src_dict)

        try:

            def _parse_event_schema(data: object) -> None | ResourceReference | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                event_schema_type_0 = ResourceReference.from_dict(data)

                return event_schema_type_0

            event_schema = _parse_event_schema(src_dict.get("event_schema", UNSET))
        except DECODE_FAILURES as _failure:
            event_schema = tolerate(_failure, "event_schema", src_dict)

        try:

            def _parse_reward(data: object) -> None | ResourceReference | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                reward_type_0 = ResourceReference.from_dict(data)

                return reward_type_0

            reward = _parse_reward(src_dict.get("reward", UNSET))
        except DECODE_FAILURES as _failure:
            reward = tolerate(_failure, "reward", src_dict)

        try:

            def _parse_pending_points(data: object) -> LoyaltyPendingPoints | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                pending_points_type_0 = LoyaltyPendingPoints.from_dict(data)

                return pending_points_type_0

            pending_points = _parse_pending_points(src_dict.get("pending_points", UNSET))
        except DECODE_FAILURES as _failure:
            pending_points = tolerate(_failure, "pending_points", src_dict)

        try:

            def _parse_source_voucher(data: object) -> None | SimpleVoucher | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                source_voucher_type_0 = SimpleVoucher.from_dict(data)

                return source_voucher_type_0

            source_voucher = _parse_source_voucher(src_dict.get("source_voucher", UNSET))
        except DECODE_FAILURES as _failure:
            source_voucher = tolerate(_failure, "source_voucher", src_dict)

        try:

            def _parse_destination_voucher(data: object) -> None | SimpleVoucher | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                destination_voucher_type_0 = SimpleVoucher.from_dict(data)

                return destination_voucher_type_0

            destination_voucher = _parse_destination_voucher(
                src_dict.get("destination_voucher", UNSET)
            )
        except DECODE_FAILURES as _failure:
            destination_voucher = tolerate(_failure, "destination_voucher", src_dict)

        voucher_transaction_details = cls(
            balance,
            order,
            event,
            earning_rule,
            segment,
            loyalty_tier,
            holder_loyalty_tier,
            redemption,
            rollback,
            custom_event,
            event_schema,
            reward,
            pending_points,
            source_voucher,
            destination_voucher,
        )

        if not src_dict.keys() <= _DECLARED_KEYS:
            voucher_transaction_details.additional_properties = {
                key: src_dict[key] for key in sorted(src_dict.keys() - _DECLARED_KEYS)
            }
        return voucher_transaction_details

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


from ..models.loyalty_pending_points import LoyaltyPendingPoints  # noqa: E402
from ..models.resource_reference import ResourceReference  # noqa: E402
from ..models.simple_voucher import SimpleVoucher  # noqa: E402
from ..models.voucher_balance import VoucherBalance  # noqa: E402
