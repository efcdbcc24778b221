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

T = TypeVar("T", bound="LoyaltyPendingPointsDetails")


_DECLARED_KEYS = frozenset(
    {"earning_rule", "order", "event", "loyalty_tier", "holder_loyalty_tier"}
)


@_attrs_define
class LoyaltyPendingPointsDetails:
    """What earned the points.

    Attributes:
        earning_rule (None | ResourceReference | Unset):
        order (None | ResourceReference | Unset):
        event (None | SimpleEvent | Unset):
        loyalty_tier (None | ResourceReference | Unset):
        holder_loyalty_tier (None | ResourceReference | Unset):
    """

    earning_rule: None | ResourceReference | Unset = UNSET
    order: None | ResourceReference | Unset = UNSET
    event: None | SimpleEvent | Unset = UNSET
    loyalty_tier: None | ResourceReference | Unset = UNSET
    holder_loyalty_tier: None | ResourceReference | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
            elif isinstance(self.event, SimpleEvent):
                event = self.event.to_dict()
            else:
                event = self.event
        except (AttributeError, TypeError):
            event = cast(Any, self.event)

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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

        loyalty_pending_points_details = cls(
            earning_rule, order, event, loyalty_tier, holder_loyalty_tier
        )

        if not src_dict.keys() <= _DECLARED_KEYS:
            loyalty_pending_points_details.additional_properties = {
                key: src_dict[key] for key in sorted(src_dict.keys() - _DECLARED_KEYS)
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
