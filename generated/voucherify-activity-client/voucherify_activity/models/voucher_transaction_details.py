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
        balance (VoucherBalance | Unset): Balance of a gift card (`amount`, in cents) or loyalty card (`points`) after a
            change.
        order (ResourceReference | Unset): Another object named by its ID, sometimes with its name, type or source ID.
        event (ResourceReference | Unset): Another object named by its ID, sometimes with its name, type or source ID.
        earning_rule (ResourceReference | Unset): Another object named by its ID, sometimes with its name, type or
            source ID.
        segment (ResourceReference | Unset): Another object named by its ID, sometimes with its name, type or source ID.
        loyalty_tier (ResourceReference | Unset): Another object named by its ID, sometimes with its name, type or
            source ID.
        holder_loyalty_tier (ResourceReference | Unset): Another object named by its ID, sometimes with its name, type
            or source ID.
        redemption (ResourceReference | Unset): Another object named by its ID, sometimes with its name, type or source
            ID.
        rollback (ResourceReference | Unset): Another object named by its ID, sometimes with its name, type or source
            ID.
        custom_event (ResourceReference | Unset): Another object named by its ID, sometimes with its name, type or
            source ID.
        event_schema (ResourceReference | Unset): Another object named by its ID, sometimes with its name, type or
            source ID.
        reward (ResourceReference | Unset): Another object named by its ID, sometimes with its name, type or source ID.
        pending_points (LoyaltyPendingPoints | Unset): Points earned on an order that become available on
            `activates_at`.
        source_voucher (SimpleVoucher | Unset):
        destination_voucher (SimpleVoucher | Unset):
    """

    balance: VoucherBalance | Unset = UNSET
    order: ResourceReference | Unset = UNSET
    event: ResourceReference | Unset = UNSET
    earning_rule: ResourceReference | Unset = UNSET
    segment: ResourceReference | Unset = UNSET
    loyalty_tier: ResourceReference | Unset = UNSET
    holder_loyalty_tier: ResourceReference | Unset = UNSET
    redemption: ResourceReference | Unset = UNSET
    rollback: ResourceReference | Unset = UNSET
    custom_event: ResourceReference | Unset = UNSET
    event_schema: ResourceReference | Unset = UNSET
    reward: ResourceReference | Unset = UNSET
    pending_points: LoyaltyPendingPoints | Unset = UNSET
    source_voucher: SimpleVoucher | Unset = UNSET
    destination_voucher: SimpleVoucher | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "balance": "balance",
        "order": "order",
        "event": "event",
        "earning_rule": "earning_rule",
        "segment": "segment",
        "loyalty_tier": "loyalty_tier",
        "holder_loyalty_tier": "holder_loyalty_tier",
        "redemption": "redemption",
        "rollback": "rollback",
        "custom_event": "custom_event",
        "event_schema": "event_schema",
        "reward": "reward",
        "pending_points": "pending_points",
        "source_voucher": "source_voucher",
        "destination_voucher": "destination_voucher",
    }

    def to_dict(self) -> dict[str, Any]:
        balance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.balance, Unset):
            balance = self.balance.to_dict()

        order: dict[str, Any] | Unset = UNSET
        if not isinstance(self.order, Unset):
            order = self.order.to_dict()

        event: dict[str, Any] | Unset = UNSET
        if not isinstance(self.event, Unset):
            event = self.event.to_dict()

        earning_rule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.earning_rule, Unset):
            earning_rule = self.earning_rule.to_dict()

        segment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.segment, Unset):
            segment = self.segment.to_dict()

        loyalty_tier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.loyalty_tier, Unset):
            loyalty_tier = self.loyalty_tier.to_dict()

        holder_loyalty_tier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.holder_loyalty_tier, Unset):
            holder_loyalty_tier = self.holder_loyalty_tier.to_dict()

        redemption: dict[str, Any] | Unset = UNSET
        if not isinstance(self.redemption, Unset):
            redemption = self.redemption.to_dict()

        rollback: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rollback, Unset):
            rollback = self.rollback.to_dict()

        custom_event: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_event, Unset):
            custom_event = self.custom_event.to_dict()

        event_schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.event_schema, Unset):
            event_schema = self.event_schema.to_dict()

        reward: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reward, Unset):
            reward = self.reward.to_dict()

        pending_points: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pending_points, Unset):
            pending_points = self.pending_points.to_dict()

        source_voucher: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source_voucher, Unset):
            source_voucher = self.source_voucher.to_dict()

        destination_voucher: dict[str, Any] | Unset = UNSET
        if not isinstance(self.destination_voucher, Unset):
            destination_voucher = self.destination_voucher.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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
            order: ResourceReference | Unset
            if isinstance(_order, Unset):
                order = UNSET
            else:
                order = ResourceReference.from_dict(_order)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "order", src_dict)

        try:
            _event = src_dict.get("event", UNSET)
            event: ResourceReference | Unset
            if isinstance(_event, Unset):
                event = UNSET
            else:
                event = ResourceReference.from_dict(_event)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "event", src_dict)

        try:
            _earning_rule = src_dict.get("earning_rule", UNSET)
            earning_rule: ResourceReference | Unset
            if isinstance(_earning_rule, Unset):
                earning_rule = UNSET
            else:
                earning_rule = ResourceReference.from_dict(_earning_rule)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "earning_rule", src_dict)

        try:
            _segment = src_dict.get("segment", UNSET)
            segment: ResourceReference | Unset
            if isinstance(_segment, Unset):
                segment = UNSET
            else:
                segment = ResourceReference.from_dict(_segment)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "segment", src_dict)

        try:
            _loyalty_tier = src_dict.get("loyalty_tier", UNSET)
            loyalty_tier: ResourceReference | Unset
            if isinstance(_loyalty_tier, Unset):
                loyalty_tier = UNSET
            else:
                loyalty_tier = ResourceReference.from_dict(_loyalty_tier)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "loyalty_tier", src_dict)

        try:
            _holder_loyalty_tier = src_dict.get("holder_loyalty_tier", UNSET)
            holder_loyalty_tier: ResourceReference | Unset
            if isinstance(_holder_loyalty_tier, Unset):
                holder_loyalty_tier = UNSET
            else:
                holder_loyalty_tier = ResourceReference.from_dict(_holder_loyalty_tier)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "holder_loyalty_tier", src_dict)

        try:
            _redemption = src_dict.get("redemption", UNSET)
            redemption: ResourceReference | Unset
            if isinstance(_redemption, Unset):
                redemption = UNSET
            else:
                redemption = ResourceReference.from_dict(_redemption)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "redemption", src_dict)

        try:
            _rollback = src_dict.get("rollback", UNSET)
            rollback: ResourceReference | Unset
            if isinstance(_rollback, Unset):
                rollback = UNSET
            else:
                rollback = ResourceReference.from_dict(_rollback)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "rollback", src_dict)

        try:
            _custom_event = src_dict.get("custom_event", UNSET)
            custom_event: ResourceReference | Unset
            if isinstance(_custom_event, Unset):
                custom_event = UNSET
            else:
                custom_event = ResourceReference.from_dict(_custom_event)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "custom_event", src_dict)

        try:
            _event_schema = src_dict.get("event_schema", UNSET)
            event_schema: ResourceReference | Unset
            if isinstance(_event_schema, Unset):
                event_schema = UNSET
            else:
                event_schema = ResourceReference.from_dict(_event_schema)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "event_schema", src_dict)

        try:
            _reward = src_dict.get("reward", UNSET)
            reward: ResourceReference | Unset
            if isinstance(_reward, Unset):
                reward = UNSET
            else:
                reward = ResourceReference.from_dict(_reward)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "reward", src_dict)

        try:
            _pending_points = src_dict.get("pending_points", UNSET)
            pending_points: LoyaltyPendingPoints | Unset
            if isinstance(_pending_points, Unset):
                pending_points = UNSET
            else:
                pending_points = LoyaltyPendingPoints.from_dict(_pending_points)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "pending_points", src_dict)

        try:
            _source_voucher = src_dict.get("source_voucher", UNSET)
            source_voucher: SimpleVoucher | Unset
            if isinstance(_source_voucher, Unset):
                source_voucher = UNSET
            else:
                source_voucher = SimpleVoucher.from_dict(_source_voucher)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "source_voucher", src_dict)

        try:
            _destination_voucher = src_dict.get("destination_voucher", UNSET)
            destination_voucher: SimpleVoucher | Unset
            if isinstance(_destination_voucher, Unset):
                destination_voucher = UNSET
            else:
                destination_voucher = SimpleVoucher.from_dict(_destination_voucher)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "destination_voucher", src_dict)

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
                key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS
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
