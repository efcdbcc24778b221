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

T = TypeVar("T", bound="VoucherTransactionEventData")


_DECLARED_KEYS = frozenset(
    {
        "customer",
        "campaign",
        "voucher",
        "balance",
        "transaction",
        "source_voucher",
        "destination_voucher",
    }
)


@_attrs_define
class VoucherTransactionEventData:
    """Payload of balance changes: `voucher.gift.balance_added`, `loyalty_card.points_added`
    and `loyalty_card.points_transferred` (which also sets the source and destination cards).

        Attributes:
            customer (SimpleCustomer):
            campaign (None | SimpleCampaign | Unset):
            voucher (None | SimpleVoucher | Unset):
            balance (None | Unset | VoucherBalance):
            transaction (None | Unset | VoucherTransaction):
            source_voucher (None | SimpleVoucher | Unset):
            destination_voucher (None | SimpleVoucher | Unset):
    """

    customer: SimpleCustomer
    campaign: None | SimpleCampaign | Unset = UNSET
    voucher: None | SimpleVoucher | Unset = UNSET
    balance: None | Unset | VoucherBalance = UNSET
    transaction: None | Unset | VoucherTransaction = UNSET
    source_voucher: None | SimpleVoucher | Unset = UNSET
    destination_voucher: None | SimpleVoucher | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            customer = self.customer.to_dict()
        except (AttributeError, TypeError):
            customer = cast(Any, self.customer)

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
            transaction: dict[str, Any] | None | Unset
            if isinstance(self.transaction, Unset):
                transaction = UNSET
            elif isinstance(self.transaction, VoucherTransaction):
                transaction = self.transaction.to_dict()
            else:
                transaction = self.transaction
        except (AttributeError, TypeError):
            transaction = cast(Any, self.transaction)

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
        if not isinstance(customer, Unset):
            field_dict["customer"] = customer
        if campaign is not UNSET:
            field_dict["campaign"] = campaign
        if voucher is not UNSET:
            field_dict["voucher"] = voucher
        if balance is not UNSET:
            field_dict["balance"] = balance
        if transaction is not UNSET:
            field_dict["transaction"] = transaction
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
            customer = SimpleCustomer.from_dict(src_dict["customer"])
        except DECODE_FAILURES as _failure:
            customer = tolerate(_failure, "customer", src_dict)

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

            def _parse_transaction(data: object) -> None | Unset | VoucherTransaction:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                transaction_type_0 = VoucherTransaction.from_dict(data)

                return transaction_type_0

            transaction = _parse_transaction(src_dict.get("transaction", UNSET))
        except DECODE_FAILURES as _failure:
            transaction = tolerate(_failure, "transaction", src_dict)

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

        voucher_transaction_event_data = cls(
            customer, campaign, voucher, balance, transaction, source_voucher, destination_voucher
        )

        if not src_dict.keys() <= _DECLARED_KEYS:
            voucher_transaction_event_data.additional_properties = {
                key: src_dict[key] for key in sorted(src_dict.keys() - _DECLARED_KEYS)
            }
        return voucher_transaction_event_data

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
from ..models.simple_customer import SimpleCustomer  # noqa: E402
from ..models.simple_voucher import SimpleVoucher  # noqa: E402
from ..models.voucher_balance import VoucherBalance  # noqa: E402
from ..models.voucher_transaction import VoucherTransaction  # noqa: E402
