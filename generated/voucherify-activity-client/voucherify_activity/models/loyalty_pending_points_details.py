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

T = TypeVar("T", bound="LoyaltyPendingPointsDetails")


_DECLARED_KEYS = frozenset(
    {"earning_rule", "order", "event", "loyalty_tier", "holder_loyalty_tier"}
)


@_attrs_define
class LoyaltyPendingPointsDetails:
    """What earned the points.

    Attributes:
        earning_rule (ResourceReference | Unset): Another object named by its ID, sometimes with its name, type or
            source ID.
        order (ResourceReference | Unset): Another object named by its ID, sometimes with its name, type or source ID.
        event (SimpleEvent | Unset): The event that triggered an effect.
        loyalty_tier (ResourceReference | Unset): Another object named by its ID, sometimes with its name, type or
            source ID.
        holder_loyalty_tier (ResourceReference | Unset): Another object named by its ID, sometimes with its name, type
            or source ID.
    """

    earning_rule: ResourceReference | Unset = UNSET
    order: ResourceReference | Unset = UNSET
    event: SimpleEvent | Unset = UNSET
    loyalty_tier: ResourceReference | Unset = UNSET
    holder_loyalty_tier: ResourceReference | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "earning_rule": "earning_rule",
        "order": "order",
        "event": "event",
        "loyalty_tier": "loyalty_tier",
        "holder_loyalty_tier": "holder_loyalty_tier",
    }

    def to_dict(self) -> dict[str, Any]:
        earning_rule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.earning_rule, Unset):
            earning_rule = self.earning_rule.to_dict()

        order: dict[str, Any] | Unset = UNSET
        if not isinstance(self.order, Unset):
            order = self.order.to_dict()

        event: dict[str, Any] | Unset = UNSET
        if not isinstance(self.event, Unset):
            event = self.event.to_dict()

        loyalty_tier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.loyalty_tier, Unset):
            loyalty_tier = self.loyalty_tier.to_dict()

        holder_loyalty_tier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.holder_loyalty_tier, Unset):
            holder_loyalty_tier = self.holder_loyalty_tier.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if earning_rule is not UNSET:
            field_dict["earning_rule"] = earning_rule
        if order is not UNSET:
            field_dict["order"] = order
        if event is not UNSET:
            field_dict["event"] = event
        if loyalty_tier is not UNSET:
            field_dict["loyalty_tier"] = loyalty_tier
        if holder_loyalty_tier is not UNSET:
            field_dict["holder_loyalty_tier"] = holder_loyalty_tier

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):
            src_dict = expect_object(src_dict)
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
            event: SimpleEvent | Unset
            if isinstance(_event, Unset):
                event = UNSET
            else:
                event = SimpleEvent.from_dict(_event)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "event", src_dict)

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

        loyalty_pending_points_details = cls(
            earning_rule, order, event, loyalty_tier, holder_loyalty_tier
        )

        if not src_dict.keys() <= _DECLARED_KEYS:
            loyalty_pending_points_details.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS
            }
        return loyalty_pending_points_details

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


from ..models.resource_reference import ResourceReference  # noqa: E402
from ..models.simple_event import SimpleEvent  # noqa: E402
