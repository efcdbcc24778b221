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
        total_redeemed (int | Unset):
        total_failed (int | Unset):
        total_succeeded (int | Unset):
        total_rolled_back (int | Unset):
        total_rollback_failed (int | Unset):
        total_rollback_succeeded (int | Unset):
        gift (CustomerSummaryRedemptionsGift | Unset): Gift card credits, in cents.
        loyalty_card (CustomerSummaryRedemptionsLoyaltyCard | Unset):
    """

    total_redeemed: int | Unset = UNSET
    total_failed: int | Unset = UNSET
    total_succeeded: int | Unset = UNSET
    total_rolled_back: int | Unset = UNSET
    total_rollback_failed: int | Unset = UNSET
    total_rollback_succeeded: int | Unset = UNSET
    gift: CustomerSummaryRedemptionsGift | Unset = UNSET
    loyalty_card: CustomerSummaryRedemptionsLoyaltyCard | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "total_redeemed": "total_redeemed",
        "total_failed": "total_failed",
        "total_succeeded": "total_succeeded",
        "total_rolled_back": "total_rolled_back",
        "total_rollback_failed": "total_rollback_failed",
        "total_rollback_succeeded": "total_rollback_succeeded",
        "gift": "gift",
        "loyalty_card": "loyalty_card",
    }

    def to_dict(self) -> dict[str, Any]:
        total_redeemed = self.total_redeemed

        total_failed = self.total_failed

        total_succeeded = self.total_succeeded

        total_rolled_back = self.total_rolled_back

        total_rollback_failed = self.total_rollback_failed

        total_rollback_succeeded = self.total_rollback_succeeded

        gift: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gift, Unset):
            gift = self.gift.to_dict()

        loyalty_card: dict[str, Any] | Unset = UNSET
        if not isinstance(self.loyalty_card, Unset):
            loyalty_card = self.loyalty_card.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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
            total_redeemed = src_dict.get("total_redeemed", UNSET)
            if total_redeemed is not UNSET and (
                not isinstance(total_redeemed, int) or isinstance(total_redeemed, bool)
            ):
                raise wrong_type("integer", total_redeemed)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "total_redeemed", src_dict)

        try:
            total_failed = src_dict.get("total_failed", UNSET)
            if total_failed is not UNSET and (
                not isinstance(total_failed, int) or isinstance(total_failed, bool)
            ):
                raise wrong_type("integer", total_failed)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "total_failed", src_dict)

        try:
            total_succeeded = src_dict.get("total_succeeded", UNSET)
            if total_succeeded is not UNSET and (
                not isinstance(total_succeeded, int) or isinstance(total_succeeded, bool)
            ):
                raise wrong_type("integer", total_succeeded)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "total_succeeded", src_dict)

        try:
            total_rolled_back = src_dict.get("total_rolled_back", UNSET)
            if total_rolled_back is not UNSET and (
                not isinstance(total_rolled_back, int) or isinstance(total_rolled_back, bool)
            ):
                raise wrong_type("integer", total_rolled_back)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "total_rolled_back", src_dict)

        try:
            total_rollback_failed = src_dict.get("total_rollback_failed", UNSET)
            if total_rollback_failed is not UNSET and (
                not isinstance(total_rollback_failed, int)
                or isinstance(total_rollback_failed, bool)
            ):
                raise wrong_type("integer", total_rollback_failed)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "total_rollback_failed", src_dict)

        try:
            total_rollback_succeeded = src_dict.get("total_rollback_succeeded", UNSET)
            if total_rollback_succeeded is not UNSET and (
                not isinstance(total_rollback_succeeded, int)
                or isinstance(total_rollback_succeeded, bool)
            ):
                raise wrong_type("integer", total_rollback_succeeded)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "total_rollback_succeeded", src_dict)

        try:
            _gift = src_dict.get("gift", UNSET)
            gift: CustomerSummaryRedemptionsGift | Unset
            if isinstance(_gift, Unset):
                gift = UNSET
            else:
                gift = CustomerSummaryRedemptionsGift.from_dict(_gift)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "gift", src_dict)

        try:
            _loyalty_card = src_dict.get("loyalty_card", UNSET)
            loyalty_card: CustomerSummaryRedemptionsLoyaltyCard | Unset
            if isinstance(_loyalty_card, Unset):
                loyalty_card = UNSET
            else:
                loyalty_card = CustomerSummaryRedemptionsLoyaltyCard.from_dict(_loyalty_card)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "loyalty_card", src_dict)

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
                key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS
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
