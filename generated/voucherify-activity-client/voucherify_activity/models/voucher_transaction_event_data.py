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
            campaign (SimpleCampaign | Unset):
            voucher (SimpleVoucher | Unset):
            balance (VoucherBalance | Unset): Balance of a gift card (`amount`, in cents) or loyalty card (`points`) after a
                change.
            transaction (VoucherTransaction | Unset): A gift card or loyalty card transaction.
            source_voucher (SimpleVoucher | Unset):
            destination_voucher (SimpleVoucher | Unset):
    """

    customer: SimpleCustomer
    campaign: SimpleCampaign | Unset = UNSET
    voucher: SimpleVoucher | Unset = UNSET
    balance: VoucherBalance | Unset = UNSET
    transaction: VoucherTransaction | Unset = UNSET
    source_voucher: SimpleVoucher | Unset = UNSET
    destination_voucher: SimpleVoucher | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "customer": "customer",
        "campaign": "campaign",
        "voucher": "voucher",
        "balance": "balance",
        "transaction": "transaction",
        "source_voucher": "source_voucher",
        "destination_voucher": "destination_voucher",
    }

    def to_dict(self) -> dict[str, Any]:
        customer = self.customer.to_dict()

        campaign: dict[str, Any] | Unset = UNSET
        if not isinstance(self.campaign, Unset):
            campaign = self.campaign.to_dict()

        voucher: dict[str, Any] | Unset = UNSET
        if not isinstance(self.voucher, Unset):
            voucher = self.voucher.to_dict()

        balance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.balance, Unset):
            balance = self.balance.to_dict()

        transaction: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transaction, Unset):
            transaction = self.transaction.to_dict()

        source_voucher: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source_voucher, Unset):
            source_voucher = self.source_voucher.to_dict()

        destination_voucher: dict[str, Any] | Unset = UNSET
        if not isinstance(self.destination_voucher, Unset):
            destination_voucher = self.destination_voucher.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customer": customer,
            }
        )
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
            raise field_error(_failure, "customer", src_dict)

        try:
            _campaign = src_dict.get("campaign", UNSET)
            campaign: SimpleCampaign | Unset
            if isinstance(_campaign, Unset):
                campaign = UNSET
            else:
                campaign = SimpleCampaign.from_dict(_campaign)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "campaign", src_dict)

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
            _balance = src_dict.get("balance", UNSET)
            balance: VoucherBalance | Unset
            if isinstance(_balance, Unset):
                balance = UNSET
            else:
                balance = VoucherBalance.from_dict(_balance)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "balance", src_dict)

        try:
            _transaction = src_dict.get("transaction", UNSET)
            transaction: VoucherTransaction | Unset
            if isinstance(_transaction, Unset):
                transaction = UNSET
            else:
                transaction = VoucherTransaction.from_dict(_transaction)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "transaction", src_dict)

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

        voucher_transaction_event_data = cls(
            customer, campaign, voucher, balance, transaction, source_voucher, destination_voucher
        )

        if not src_dict.keys() <= _DECLARED_KEYS:
            voucher_transaction_event_data.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS
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
