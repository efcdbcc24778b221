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

T = TypeVar("T", bound="PendingPointsEventData")


_DECLARED_KEYS = frozenset(
    {
        "customer",
        "campaign",
        "voucher",
        "order",
        "pending_points",
        "balance",
        "voucher_pending_points_balance",
        "transaction",
    }
)


@_attrs_define
class PendingPointsEventData:
    """Payload of `loyalty_card.pending_points.*`. `activated` reports the card's `balance` and
    the `transaction`; `added`, `canceled` and `updated` report `voucher_pending_points_balance`.

        Attributes:
            customer (SimpleCustomer):
            campaign (SimpleCampaign):
            voucher (SimpleVoucher):
            order (SimpleOrder): Order as attached to a redemption; amounts are in cents.
            pending_points (LoyaltyPendingPoints): Points earned on an order that become available on `activates_at`.
            balance (None | Unset | VoucherBalance):
            voucher_pending_points_balance (None | Unset | VoucherBalance):
            transaction (None | Unset | VoucherTransaction):
    """

    customer: SimpleCustomer
    campaign: SimpleCampaign
    voucher: SimpleVoucher
    order: SimpleOrder
    pending_points: LoyaltyPendingPoints
    balance: None | Unset | VoucherBalance = UNSET
    voucher_pending_points_balance: None | Unset | VoucherBalance = UNSET
    transaction: None | Unset | VoucherTransaction = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            customer = self.customer.to_dict()
        except (AttributeError, TypeError):
            customer = cast(Any, self.customer)

        try:
            campaign = self.campaign.to_dict()
        except (AttributeError, TypeError):
            campaign = cast(Any, self.campaign)

        try:
            voucher = self.voucher.to_dict()
        except (AttributeError, TypeError):
            voucher = cast(Any, self.voucher)

        try:
            order = self.order.to_dict()
        except (AttributeError, TypeError):
            order = cast(Any, self.order)

        try:
            pending_points = self.pending_points.to_dict()
        except (AttributeError, TypeError):
            pending_points = cast(Any, self.pending_points)

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
            voucher_pending_points_balance: dict[str, Any] | None | Unset
            if isinstance(self.voucher_pending_points_balance, Unset):
                voucher_pending_points_balance = UNSET
            elif isinstance(self.voucher_pending_points_balance, VoucherBalance):
                voucher_pending_points_balance = self.voucher_pending_points_balance.to_dict()
            else:
                voucher_pending_points_balance = self.voucher_pending_points_balance
        except (AttributeError, TypeError):
            voucher_pending_points_balance = cast(Any, self.voucher_pending_points_balance)

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(customer, Unset):
            field_dict["customer"] = customer
        if not isinstance(campaign, Unset):
            field_dict["campaign"] = campaign
        if not isinstance(voucher, Unset):
            field_dict["voucher"] = voucher
        if not isinstance(order, Unset):
            field_dict["order"] = order
        if not isinstance(pending_points, Unset):
            field_dict["pending_points"] = pending_points
        if balance is not UNSET:
            field_dict["balance"] = balance
        if voucher_pending_points_balance is not UNSET:
            field_dict["voucher_pending_points_balance"] = voucher_pending_points_balance
        if transaction is not UNSET:
            field_dict["transaction"] = transaction

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
            campaign = SimpleCampaign.from_dict(src_dict["campaign"])
        except DECODE_FAILURES as _failure:
            campaign = tolerate(_failure, "campaign", src_dict)

        try:
            voucher = SimpleVoucher.from_dict(src_dict["voucher"])
        except DECODE_FAILURES as _failure:
            voucher = tolerate(_failure, "voucher", src_dict)

        try:
            order = SimpleOrder.from_dict(src_dict["order"])
        except DECODE_FAILURES as _failure:
            order = tolerate(_failure, "order", src_dict)

        try:
            pending_points = LoyaltyPendingPoints.from_dict(src_dict["pending_points"])
        except DECODE_FAILURES as _failure:
            pending_points = tolerate(_failure, "pending_points", src_dict)

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

            def _parse_voucher_pending_points_balance(
                data: object,
            ) -> None | Unset | VoucherBalance:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                voucher_pending_points_balance_type_0 = VoucherBalance.from_dict(data)

                return voucher_pending_points_balance_type_0

            voucher_pending_points_balance = _parse_voucher_pending_points_balance(
                src_dict.get("voucher_pending_points_balance", UNSET)
            )
        except DECODE_FAILURES as _failure:
            voucher_pending_points_balance = tolerate(
                _failure, "voucher_pending_points_balance", src_dict
            )

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

        pending_points_event_data = cls(
            customer,
            campaign,
            voucher,
            order,
            pending_points,
            balance,
            voucher_pending_points_balance,
            transaction,
        )

        if not src_dict.keys() <= _DECLARED_KEYS:
            pending_points_event_data.additional_properties = {
                key: src_dict[key] for key in sorted(src_dict.keys() - _DECLARED_KEYS)
            }
        return pending_points_event_data

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
from ..models.simple_campaign import SimpleCampaign  # noqa: E402
from ..models.simple_customer import SimpleCustomer  # noqa: E402
from ..models.simple_order import SimpleOrder  # noqa: E402
from ..models.simple_voucher import SimpleVoucher  # noqa: E402
from ..models.voucher_balance import VoucherBalance  # noqa: E402
from ..models.voucher_transaction import VoucherTransaction  # noqa: E402
