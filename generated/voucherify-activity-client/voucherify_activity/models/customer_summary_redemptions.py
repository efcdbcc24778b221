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

T = TypeVar("T", bound="CustomerSummaryRedemptions")


_DECLARED_KEYS = frozenset(
    {
        "total_redeemed",
        "total_failed",
        "total_succeeded",
        "total_rolled_back",
        "total_rollback_failed",
        "total_rollback_succeeded",
        "gift",
        "loyalty_card",
    }
)


@_attrs_define
class CustomerSummaryRedemptions:
    """
    Attributes:
        total_redeemed (int | None | Unset):
        total_failed (int | None | Unset):
        total_succeeded (int | None | Unset):
        total_rolled_back (int | None | Unset):
        total_rollback_failed (int | None | Unset):
        total_rollback_succeeded (int | None | Unset):
        gift (CustomerSummaryRedemptionsGift | None | Unset): Gift card credits, in cents.
        loyalty_card (CustomerSummaryRedemptionsLoyaltyCard | None | Unset):
    """

    total_redeemed: int | None | Unset = UNSET
    total_failed: int | None | Unset = UNSET
    total_succeeded: int | None | Unset = UNSET
    total_rolled_back: int | None | Unset = UNSET
    total_rollback_failed: int | None | Unset = UNSET
    total_rollback_succeeded: int | None | Unset = UNSET
    gift: CustomerSummaryRedemptionsGift | None | Unset = UNSET
    loyalty_card: CustomerSummaryRedemptionsLoyaltyCard | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            total_redeemed: int | None | Unset
            if isinstance(self.total_redeemed, Unset):
                total_redeemed = UNSET
            else:
                total_redeemed = self.total_redeemed
        except (AttributeError, TypeError):
            total_redeemed = cast(Any, self.total_redeemed)

        try:
            total_failed: int | None | Unset
            if isinstance(self.total_failed, Unset):
                total_failed = UNSET
            else:
                total_failed = self.total_failed
        except (AttributeError, TypeError):
            total_failed = cast(Any, self.total_failed)

        try:
            total_succeeded: int | None | Unset
            if isinstance(self.total_succeeded, Unset):
                total_succeeded = UNSET
            else:
                total_succeeded = self.total_succeeded
        except (AttributeError, TypeError):
            total_succeeded = cast(Any, self.total_succeeded)

        try:
            total_rolled_back: int | None | Unset
            if isinstance(self.total_rolled_back, Unset):
                total_rolled_back = UNSET
            else:
                total_rolled_back = self.total_rolled_back
        except (AttributeError, TypeError):
            total_rolled_back = cast(Any, self.total_rolled_back)

        try:
            total_rollback_failed: int | None | Unset
            if isinstance(self.total_rollback_failed, Unset):
                total_rollback_failed = UNSET
            else:
                total_rollback_failed = self.total_rollback_failed
        except (AttributeError, TypeError):
            total_rollback_failed = cast(Any, self.total_rollback_failed)

        try:
            total_rollback_succeeded: int | None | Unset
            if isinstance(self.total_rollback_succeeded, Unset):
                total_rollback_succeeded = UNSET
            else:
                total_rollback_succeeded = self.total_rollback_succeeded
        except (AttributeError, TypeError):
            total_rollback_succeeded = cast(Any, self.total_rollback_succeeded)

        try:
            gift: dict[str, Any] | None | Unset
            if isinstance(self.gift, Unset):
                gift = UNSET
            elif isinstance(self.gift, CustomerSummaryRedemptionsGift):
                gift = self.gift.to_dict()
            else:
                gift = self.gift
        except (AttributeError, TypeError):
            gift = cast(Any, self.gift)

        try:
            loyalty_card: dict[str, Any] | None | Unset
            if isinstance(self.loyalty_card, Unset):
                loyalty_card = UNSET
            elif isinstance(self.loyalty_card, CustomerSummaryRedemptionsLoyaltyCard):
                loyalty_card = self.loyalty_card.to_dict()
            else:
                loyalty_card = self.loyalty_card
        except (AttributeError, TypeError):
            loyalty_card = cast(Any, self.loyalty_card)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if total_redeemed is not UNSET:
            field_dict["total_redeemed"] = total_redeemed
        if total_failed is not UNSET:
            field_dict["total_failed"] = total_failed
        if total_succeeded is not UNSET:
            field_dict["total_succeeded"] = total_succeeded
        if total_rolled_back is not UNSET:
            field_dict["total_rolled_back"] = total_rolled_back
        if total_rollback_failed is not UNSET:
            field_dict["total_rollback_failed"] = total_rollback_failed
        if total_rollback_succeeded is not UNSET:
            field_dict["total_rollback_succeeded"] = total_rollback_succeeded
        if gift is not UNSET:
            field_dict["gift"] = gift
        if loyalty_card is not UNSET:
            field_dict["loyalty_card"] = loyalty_card

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):
            src_dict = expect_object(src_dict)
        try:

            def _parse_total_redeemed(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, int) and not isinstance(data, bool):
                    return data
                raise wrong_type("integer or null", data)

            total_redeemed = _parse_total_redeemed(src_dict.get("total_redeemed", UNSET))
        except DECODE_FAILURES as _failure:
            total_redeemed = tolerate(_failure, "total_redeemed", src_dict)

        try:

            def _parse_total_failed(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, int) and not isinstance(data, bool):
                    return data
                raise wrong_type("integer or null", data)

            total_failed = _parse_total_failed(src_dict.get("total_failed", UNSET))
        except DECODE_FAILURES as _failure:
            total_failed = tolerate(_failure, "total_failed", src_dict)

        try:

            def _parse_total_succeeded(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, int) and not isinstance(data, bool):
                    return data
                raise wrong_type("integer or null", data)

            total_succeeded = _parse_total_succeeded(src_dict.get("total_succeeded", UNSET))
        except DECODE_FAILURES as _failure:
            total_succeeded = tolerate(_failure, "total_succeeded", src_dict)

        try:

            def _parse_total_rolled_back(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, int) and not isinstance(data, bool):
                    return data
                raise wrong_type("integer or null", data)

            total_rolled_back = _parse_total_rolled_back(src_dict.get("total_rolled_back", UNSET))
        except DECODE_FAILURES as _failure:
            total_rolled_back = tolerate(_failure, "total_rolled_back", src_dict)

        try:

            def _parse_total_rollback_failed(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, int) and not isinstance(data, bool):
                    return data
                raise wrong_type("integer or null", data)

            total_rollback_failed = _parse_total_rollback_failed(
                src_dict.get("total_rollback_failed", UNSET)
            )
        except DECODE_FAILURES as _failure:
            total_rollback_failed = tolerate(_failure, "total_rollback_failed", src_dict)

        try:

            def _parse_total_rollback_succeeded(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, int) and not isinstance(data, bool):
                    return data
                raise wrong_type("integer or null", data)

            total_rollback_succeeded = _parse_total_rollback_succeeded(
                src_dict.get("total_rollback_succeeded", UNSET)
            )
        except DECODE_FAILURES as _failure:
            total_rollback_succeeded = tolerate(_failure, "total_rollback_succeeded", src_dict)

        try:

            def _parse_gift(data: object) -> CustomerSummaryRedemptionsGift | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                gift_type_0 = CustomerSummaryRedemptionsGift.from_dict(data)

                return gift_type_0

            gift = _parse_gift(src_dict.get("gift", UNSET))
        except DECODE_FAILURES as _failure:
            gift = tolerate(_failure, "gift", src_dict)

        try:

            def _parse_loyalty_card(
                data: object,
            ) -> CustomerSummaryRedemptionsLoyaltyCard | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                loyalty_card_type_0 = CustomerSummaryRedemptionsLoyaltyCard.from_dict(data)

                return loyalty_card_type_0

            loyalty_card = _parse_loyalty_card(src_dict.get("loyalty_card", UNSET))
        except DECODE_FAILURES as _failure:
            loyalty_card = tolerate(_failure, "loyalty_card", src_dict)

        customer_summary_redemptions = cls(
            total_redeemed,
            total_failed,
            total_succeeded,
            total_rolled_back,
            total_rollback_failed,
            total_rollback_succeeded,
            gift,
            loyalty_card,
        )

        if not src_dict.keys() <= _DECLARED_KEYS:
            customer_summary_redemptions.additional_properties = {
                key: src_dict[key] for key in sorted(src_dict.keys() - _DECLARED_KEYS)
            }
        return customer_summary_redemptions

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


from ..models.customer_summary_redemptions_gift import CustomerSummaryRedemptionsGift  # noqa: E402
from ..models.customer_summary_redemptions_loyalty_card import CustomerSummaryRedemptionsLoyaltyCard  # noqa: E402
