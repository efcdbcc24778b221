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

T = TypeVar("T", bound="CustomEventLoyaltyCredit")


_DECLARED_KEYS = frozenset({"voucher", "campaign"})


@_attrs_define
class CustomEventLoyaltyCredit:
    """Loyalty card the custom event earned points on.

    Attributes:
        voucher (SimpleVoucher):
        campaign (SimpleCampaign):
    """

    voucher: SimpleVoucher
    campaign: SimpleCampaign
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "voucher": "voucher",
        "campaign": "campaign",
    }

    def to_dict(self) -> dict[str, Any]:
        voucher = self.voucher.to_dict()

        campaign = self.campaign.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "voucher": voucher,
                "campaign": campaign,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):
            src_dict = expect_object(src_dict)
        try:
            voucher = SimpleVoucher.from_dict(src_dict["voucher"])
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "voucher", src_dict)

        try:
            campaign = SimpleCampaign.from_dict(src_dict["campaign"])
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "campaign", src_dict)

        custom_event_loyalty_credit = cls(voucher, campaign)

        if not src_dict.keys() <= _DECLARED_KEYS:
            custom_event_loyalty_credit.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS
            }
        return custom_event_loyalty_credit

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


from ..models.simple_campaign import SimpleCampaign  # noqa: E402
from ..models.simple_voucher import SimpleVoucher  # noqa: E402
