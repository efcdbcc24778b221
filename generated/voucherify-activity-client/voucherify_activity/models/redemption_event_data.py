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

T = TypeVar("T", bound="RedemptionEventData")


_DECLARED_KEYS = frozenset(
    {
        "customer",
        "redemption",
        "order",
        "campaign",
        "voucher",
        "holder",
        "promotion_tier",
        "promotion_stack",
    }
)


@_attrs_define
class RedemptionEventData:
    """Payload of `customer.redemption.succeeded` and `customer.redemption.failed`.

    Attributes:
        customer (SimpleCustomer):
        redemption (SimpleRedemption): A redemption (`r_…`) or, as `redemption_rollback`, a rollback (`rr_…`).
        order (None | SimpleOrder | Unset):
        campaign (None | SimpleCampaign | Unset):
        voucher (None | SimpleVoucher | Unset):
        holder (None | SimpleCustomer | Unset):
        promotion_tier (None | SimplePromotionTier | Unset):
        promotion_stack (None | PromotionStack | Unset):
    """

    customer: SimpleCustomer
    redemption: SimpleRedemption
    order: None | SimpleOrder | Unset = UNSET
    campaign: None | SimpleCampaign | Unset = UNSET
    voucher: None | SimpleVoucher | Unset = UNSET
    holder: None | SimpleCustomer | Unset = UNSET
    promotion_tier: None | SimplePromotionTier | Unset = UNSET
    promotion_stack: None | PromotionStack | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            customer = self.customer.to_dict()
        except (AttributeError, TypeError):
            customer = cast(Any, self.customer)

        try:
            redemption = self.redemption.to_dict()
        except (AttributeError, TypeError):
            redemption = cast(Any, self.redemption)

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
            promotion_stack: dict[str, Any] | None | Unset
            if isinstance(self.promotion_stack, Unset):
                promotion_stack = UNSET
            elif isinstance(self.promotion_stack, PromotionStack):
                promotion_stack = self.promotion_stack.to_dict()
            else:
                promotion_stack = self.promotion_stack
        except (AttributeError, TypeError):
            promotion_stack = cast(Any, self.promotion_stack)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(customer, Unset):
            field_dict["customer"] = customer
        if not isinstance(redemption, Unset):
            field_dict["redemption"] = redemption
        if order is not UNSET:
            field_dict["order"] = order
        if campaign is not UNSET:
            field_dict["campaign"] = campaign
        if voucher is not UNSET:
            field_dict["voucher"] = voucher
        if holder is not UNSET:
            field_dict["holder"] = holder
        if promotion_tier is not UNSET:
            field_dict["promotion_tier"] = promotion_tier
        if promotion_stack is not UNSET:
            field_dict["promotion_stack"] = promotion_stack

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
            redemption = SimpleRedemption.from_dict(src_dict["redemption"])
        except DECODE_FAILURES as _failure:
            redemption = tolerate(_failure, "redemption", src_dict)

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

            def _parse_promotion_stack(data: object) -> None | PromotionStack | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                promotion_stack_type_0 = PromotionStack.from_dict(data)

                return promotion_stack_type_0

            promotion_stack = _parse_promotion_stack(src_dict.get("promotion_stack", UNSET))
        except DECODE_FAILURES as _failure:
            promotion_stack = tolerate(_failure, "promotion_stack", src_dict)

        redemption_event_data = cls(
            customer, redemption, order, campaign, voucher, holder, promotion_tier, promotion_stack
        )

        if not src_dict.keys() <= _DECLARED_KEYS:
            redemption_event_data.additional_properties = {
                key: src_dict[key] for key in sorted(src_dict.keys() - _DECLARED_KEYS)
            }
        return redemption_event_data

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


from ..models.promotion_stack import PromotionStack  # noqa: E402
from ..models.simple_campaign import SimpleCampaign  # noqa: E402
from ..models.simple_customer import SimpleCustomer  # noqa: E402
from ..models.simple_order import SimpleOrder  # noqa: E402
from ..models.simple_promotion_tier import SimplePromotionTier  # noqa: E402
from ..models.simple_redemption import SimpleRedemption  # noqa: E402
from ..models.simple_voucher import SimpleVoucher  # noqa: E402
