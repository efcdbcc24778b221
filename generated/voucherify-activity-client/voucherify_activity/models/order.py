from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decoding import (
    DECODE_FAILURES,
    expect_object,
    item_error,
    parse_datetime,
    wrong_type,
)
from .._deviations import tolerate
from ..models.order_status import OrderStatus, check_order_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="Order")


_DECLARED_KEYS = frozenset(
    {
        "id",
        "source_id",
        "status",
        "amount",
        "initial_amount",
        "discount_amount",
        "items_discount_amount",
        "total_discount_amount",
        "total_amount",
        "applied_discount_amount",
        "items_applied_discount_amount",
        "total_applied_discount_amount",
        "items",
        "metadata",
        "customer_id",
        "referrer_id",
        "customer",
        "referrer",
        "redemptions",
        "created_at",
        "updated_at",
        "object",
    }
)


@_attrs_define
class Order:
    """Order snapshot of the `customer.order.*` events; amounts are in cents.

    Attributes:
        id (str):  Example: ord_0c1d2e3f4a5b6c7d81.
        source_id (None | str | Unset):  Example: web-order-1042.
        status (None | OrderStatus | Unset):
        amount (int | None | Unset):  Example: 12000.
        initial_amount (int | None | Unset):
        discount_amount (int | None | Unset):
        items_discount_amount (int | None | Unset):
        total_discount_amount (int | None | Unset):
        total_amount (int | None | Unset):  Example: 10200.
        applied_discount_amount (int | None | Unset):
        items_applied_discount_amount (int | None | Unset):
        total_applied_discount_amount (int | None | Unset):
        items (list[OrderItem] | None | Unset):
        metadata (None | OrderMetadata | Unset):
        customer_id (None | str | Unset):  Example: cust_7iUa6ICKyU6gH40dBU25kQU1.
        referrer_id (None | str | Unset):  Example: cust_nM4jqPiaXUvQdVSA6vTRUnix.
        customer (CustomerReference | None | Unset):
        referrer (CustomerReference | None | Unset):
        redemptions (None | OrderRedemptions | Unset): Redemptions applied to the order, keyed by redemption ID (`r_…`).
        created_at (datetime.datetime | None | Unset):  Example: 2021-12-22T10:13:06.487Z.
        updated_at (datetime.datetime | None | Unset):  Example: 2021-12-22T10:14:45.316Z.
        object_ (Literal['order'] | None | Unset):
    """

    id: str
    source_id: None | str | Unset = UNSET
    status: None | OrderStatus | Unset = UNSET
    amount: int | None | Unset = UNSET
    initial_amount: int | None | Unset = UNSET
    discount_amount: int | None | Unset = UNSET
    items_discount_amount: int | None | Unset = UNSET
    total_discount_amount: int | None | Unset = UNSET
    total_amount: int | None | Unset = UNSET
    applied_discount_amount: int | None | Unset = UNSET
    items_applied_discount_amount: int | None | Unset = UNSET
    total_applied_discount_amount: int | None | Unset = UNSET
    items: list[OrderItem] | None | Unset = UNSET
    metadata: None | OrderMetadata | Unset = UNSET
    customer_id: None | str | Unset = UNSET
    referrer_id: None | str | Unset = UNSET
    customer: CustomerReference | None | Unset = UNSET
    referrer: CustomerReference | None | Unset = UNSET
    redemptions: None | OrderRedemptions | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    object_: Literal["order"] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        try:
            source_id: None | str | Unset
            if isinstance(self.source_id, Unset):
                source_id = UNSET
            else:
                source_id = self.source_id
        except (AttributeError, TypeError):
            source_id = cast(Any, self.source_id)

        try:
            status: None | str | Unset
            if isinstance(self.status, Unset):
                status = UNSET
            elif isinstance(self.status, str):
                status = self.status
            else:
                status = self.status
        except (AttributeError, TypeError):
            status = cast(Any, self.status)

        try:
            amount: int | None | Unset
            if isinstance(self.amount, Unset):
                amount = UNSET
            else:
                amount = self.amount
        except (AttributeError, TypeError):
            amount = cast(Any, self.amount)

        try:
            initial_amount: int | None | Unset
            if isinstance(self.initial_amount, Unset):
                initial_amount = UNSET
            else:
                initial_amount = self.initial_amount
        except (AttributeError, TypeError):
            initial_amount = cast(Any, self.initial_amount)

        try:
            discount_amount: int | None | Unset
            if isinstance(self.discount_amount, Unset):
                discount_amount = UNSET
            else:
                discount_amount = self.discount_amount
        except (AttributeError, TypeError):
            discount_amount = cast(Any, self.discount_amount)

        try:
            items_discount_amount: int | None | Unset
            if isinstance(self.items_discount_amount, Unset):
                items_discount_amount = UNSET
            else:
                items_discount_amount = self.items_discount_amount
        except (AttributeError, TypeError):
            items_discount_amount = cast(Any, self.items_discount_amount)

        try:
            total_discount_amount: int | None | Unset
            if isinstance(self.total_discount_amount, Unset):
                total_discount_amount = UNSET
            else:
                total_discount_amount = self.total_discount_amount
        except (AttributeError, TypeError):
            total_discount_amount = cast(Any, self.total_discount_amount)

        try:
            total_amount: int | None | Unset
            if isinstance(self.total_amount, Unset):
                total_amount = UNSET
            else:
                total_amount = self.total_amount
        except (AttributeError, TypeError):
            total_amount = cast(Any, self.total_amount)

        try:
            applied_discount_amount: int | None | Unset
            if isinstance(self.applied_discount_amount, Unset):
                applied_discount_amount = UNSET
            else:
                applied_discount_amount = self.applied_discount_amount
        except (AttributeError, TypeError):
            applied_discount_amount = cast(Any, self.applied_discount_amount)

        try:
            items_applied_discount_amount: int | None | Unset
            if isinstance(self.items_applied_discount_amount, Unset):
                items_applied_discount_amount = UNSET
            else:
                items_applied_discount_amount = self.items_applied_discount_amount
        except (AttributeError, TypeError):
            items_applied_discount_amount = cast(Any, self.items_applied_discount_amount)

        try:
            total_applied_discount_amount: int | None | Unset
            if isinstance(self.total_applied_discount_amount, Unset):
                total_applied_discount_amount = UNSET
            else:
                total_applied_discount_amount = self.total_applied_discount_amount
        except (AttributeError, TypeError):
            total_applied_discount_amount = cast(Any, self.total_applied_discount_amount)

        try:
            items: list[dict[str, Any]] | None | Unset
            if isinstance(self.items, Unset):
                items = UNSET
            elif isinstance(self.items, list):
                items = []
                for items_type_0_item_data in self.items:
                    items_type_0_item = items_type_0_item_data.to_dict()
                    items.append(items_type_0_item)

            else:
                items = self.items
        except (AttributeError, TypeError):
            items = cast(Any, self.items)

        try:
            metadata: dict[str, Any] | None | Unset
            if isinstance(self.metadata, Unset):
                metadata = UNSET
            elif isinstance(self.metadata, OrderMetadata):
                metadata = self.metadata.to_dict()
            else:
                metadata = self.metadata
        except (AttributeError, TypeError):
            metadata = cast(Any, self.metadata)

        try:
            customer_id: None | str | Unset
            if isinstance(self.customer_id, Unset):
                customer_id = UNSET
            else:
                customer_id = self.customer_id
        except (AttributeError, TypeError):
            customer_id = cast(Any, self.customer_id)

        try:
            referrer_id: None | str | Unset
            if isinstance(self.referrer_id, Unset):
                referrer_id = UNSET
            else:
                referrer_id = self.referrer_id
        except (AttributeError, TypeError):
            referrer_id = cast(Any, self.referrer_id)

        try:
            customer: dict[str, Any] | None | Unset
            if isinstance(self.customer, Unset):
                customer = UNSET
            elif isinstance(self.customer, CustomerReference):
                customer = self.customer.to_dict()
            else:
                customer = self.customer
        except (AttributeError, TypeError):
            customer = cast(Any, self.customer)

        try:
            referrer: dict[str, Any] | None | Unset
            if isinstance(self.referrer, Unset):
                referrer = UNSET
            elif isinstance(self.referrer, CustomerReference):
                referrer = self.referrer.to_dict()
            else:
                referrer = self.referrer
        except (AttributeError, TypeError):
            referrer = cast(Any, self.referrer)

        try:
            redemptions: dict[str, Any] | None | Unset
            if isinstance(self.redemptions, Unset):
                redemptions = UNSET
            elif isinstance(self.redemptions, OrderRedemptions):
                redemptions = self.redemptions.to_dict()
            else:
                redemptions = self.redemptions
        except (AttributeError, TypeError):
            redemptions = cast(Any, self.redemptions)

        try:
            created_at: None | str | Unset
            if isinstance(self.created_at, Unset):
                created_at = UNSET
            elif isinstance(self.created_at, datetime.datetime):
                created_at = self.created_at.isoformat()
            else:
                created_at = self.created_at
        except (AttributeError, TypeError):
            created_at = cast(Any, self.created_at)

        try:
            updated_at: None | str | Unset
            if isinstance(self.updated_at, Unset):
                updated_at = UNSET
            elif isinstance(self.updated_at, datetime.datetime):
                updated_at = self.updated_at.isoformat()
            else:
                updated_at = self.updated_at
        except (AttributeError, TypeError):
            updated_at = cast(Any, self.updated_at)

        try:
            object_: Literal["order"] | None | Unset
            if isinstance(self.object_, Unset):
                object_ = UNSET
            else:
                object_ = self.object_
        except (AttributeError, TypeError):
            object_ = cast(Any, self.object_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["id"] = id
        if source_id is not UNSET:
            field_dict["source_id"] = source_id
        if status is not UNSET:
            field_dict["status"] = status
        if amount is not UNSET:
            field_dict["amount"] = amount
        if initial_amount is not UNSET:
            field_dict["initial_amount"] = initial_amount
        if discount_amount is not UNSET:
            field_dict["discount_amount"] = discount_amount
        if items_discount_amount is not UNSET:
            field_dict["items_discount_amount"] = items_discount_amount
        if total_discount_amount is not UNSET:
            field_dict["total_discount_amount"] = total_discount_amount
        if total_amount is not UNSET:
            field_dict["total_amount"] = total_amount
        if applied_discount_amount is not UNSET:
            field_dict["applied_discount_amount"] = applied_discount_amount
        if items_applied_discount_amount is not UNSET:
            field_dict["items_applied_discount_amount"] = items_applied_discount_amount
        if total_applied_discount_amount is not UNSET:
            field_dict["total_applied_discount_amount"] = total_applied_discount_amount
        if items is not UNSET:
            field_dict["items"] = items
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if referrer_id is not UNSET:
            field_dict["referrer_id"] = referrer_id
        if customer is not UNSET:
            field_dict["customer"] = customer
        if referrer is not UNSET:
            field_dict["referrer"] = referrer
        if redemptions is not UNSET:
            field_dict["redemptions"] = redemptions
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if object_ is not UNSET:
            field_dict["object"] = object_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):
            src_dict = expect_object(src_dict)
        try:
            id = src_dict["id"]
            if not isinstance(id, str):
                raise wrong_type("string", id)
        except DECODE_FAILURES as _failure:
            id = tolerate(_failure, "id", src_dict)

        try:

            def _parse_source_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise wrong_type("string or null", data)

            source_id = _parse_source_id(src_dict.get("source_id", UNSET))
        except DECODE_FAILURES as _failure:
            source_id = tolerate(_failure, "source_id", src_dict)

        try:

            def _parse_status(data: object) -> None | OrderStatus | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise wrong_type("a valid value or null", data)
                status_type_0 = check_order_status(data)

                return status_type_0

            status = _parse_status(src_dict.get("status", UNSET))
        except DECODE_FAILURES as _failure:
            status = tolerate(_failure, "status", src_dict)

        try:

            def _parse_amount(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, int) and not isinstance(data, bool):
                    return data
                raise wrong_type("integer or null", data)

            amount = _parse_amount(src_dict.get("amount", UNSET))
        except DECODE_FAILURES as _failure:
            amount = tolerate(_failure, "amount", src_dict)

        try:

            def _parse_initial_amount(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, int) and not isinstance(data, bool):
                    return data
                raise wrong_type("integer or null", data)

            initial_amount = _parse_initial_amount(src_dict.get("initial_amount", UNSET))
        except DECODE_FAILURES as _failure:
            initial_amount = tolerate(_failure, "initial_amount", src_dict)

        try:

            def _parse_discount_amount(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, int) and not isinstance(data, bool):
                    return data
                raise wrong_type("integer or null", data)

            discount_amount = _parse_discount_amount(src_dict.get("discount_amount", UNSET))
        except DECODE_FAILURES as _failure:
            discount_amount = tolerate(_failure, "discount_amount", src_dict)

        try:

            def _parse_items_discount_amount(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, int) and not isinstance(data, bool):
                    return data
                raise wrong_type("integer or null", data)

            items_discount_amount = _parse_items_discount_amount(
                src_dict.get("items_discount_amount", UNSET)
            )
        except DECODE_FAILURES as _failure:
            items_discount_amount = tolerate(_failure, "items_discount_amount", src_dict)

        try:

            def _parse_total_discount_amount(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, int) and not isinstance(data, bool):
                    return data
                raise wrong_type("integer or null", data)

            total_discount_amount = _parse_total_discount_amount(
                src_dict.get("total_discount_amount", UNSET)
            )
        except DECODE_FAILURES as _failure:
            total_discount_amount = tolerate(_failure, "total_discount_amount", src_dict)

        try:

            def _parse_total_amount(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, int) and not isinstance(data, bool):
                    return data
                raise wrong_type("integer or null", data)

            total_amount = _parse_total_amount(src_dict.get("total_amount", UNSET))
        except DECODE_FAILURES as _failure:
            total_amount = tolerate(_failure, "total_amount", src_dict)

        try:

            def _parse_applied_discount_amount(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, int) and not isinstance(data, bool):
                    return data
                raise wrong_type("integer or null", data)

            applied_discount_amount = _parse_applied_discount_amount(
                src_dict.get("applied_discount_amount", UNSET)
            )
        except DECODE_FAILURES as _failure:
            applied_discount_amount = tolerate(_failure, "applied_discount_amount", src_dict)

        try:

            def _parse_items_applied_discount_amount(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, int) and not isinstance(data, bool):
                    return data
                raise wrong_type("integer or null", data)

            items_applied_discount_amount = _parse_items_applied_discount_amount(
                src_dict.get("items_applied_discount_amount", UNSET)
            )
        except DECODE_FAILURES as _failure:
            items_applied_discount_amount = tolerate(
                _failure, "items_applied_discount_amount", src_dict
            )

        try:

            def _parse_total_applied_discount_amount(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, int) and not isinstance(data, bool):
                    return data
                raise wrong_type("integer or null", data)

            total_applied_discount_amount = _parse_total_applied_discount_amount(
                src_dict.get("total_applied_discount_amount", UNSET)
            )
        except DECODE_FAILURES as _failure:
            total_applied_discount_amount = tolerate(
                _failure, "total_applied_discount_amount", src_dict
            )

        try:

            def _parse_items(data: object) -> list[OrderItem] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, list):
                    raise wrong_type("array or null", data)
                _items_type_0 = data
                if not isinstance(_items_type_0, list):
                    raise wrong_type("array", _items_type_0)
                items_type_0 = []
                for items_type_0_item_data in _items_type_0:
                    try:
                        items_type_0_item = OrderItem.from_dict(items_type_0_item_data)

                    except DECODE_FAILURES as _failure:
                        raise item_error(_failure, _items_type_0, items_type_0_item_data)
                    items_type_0.append(items_type_0_item)

                return items_type_0

            items = _parse_items(src_dict.get("items", UNSET))
        except DECODE_FAILURES as _failure:
            items = tolerate(_failure, "items", src_dict)

        try:

            def _parse_metadata(data: object) -> None | OrderMetadata | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                metadata_type_0 = OrderMetadata.from_dict(data)

                return metadata_type_0

            metadata = _parse_metadata(src_dict.get("metadata", UNSET))
        except DECODE_FAILURES as _failure:
            metadata = tolerate(_failure, "metadata", src_dict)

        try:

            def _parse_customer_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise wrong_type("string or null", data)

            customer_id = _parse_customer_id(src_dict.get("customer_id", UNSET))
        except DECODE_FAILURES as _failure:
            customer_id = tolerate(_failure, "customer_id", src_dict)

        try:

            def _parse_referrer_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise wrong_type("string or null", data)

            referrer_id = _parse_referrer_id(src_dict.get("referrer_id", UNSET))
        except DECODE_FAILURES as _failure:
            referrer_id = tolerate(_failure, "referrer_id", src_dict)

        try:

            def _parse_customer(data: object) -> CustomerReference | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                customer_type_0 = CustomerReference.from_dict(data)

                return customer_type_0

            customer = _parse_customer(src_dict.get("customer", UNSET))
        except DECODE_FAILURES as _failure:
            customer = tolerate(_failure, "customer", src_dict)

        try:

            def _parse_referrer(data: object) -> CustomerReference | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                referrer_type_0 = CustomerReference.from_dict(data)

                return referrer_type_0

            referrer = _parse_referrer(src_dict.get("referrer", UNSET))
        except DECODE_FAILURES as _failure:
            referrer = tolerate(_failure, "referrer", src_dict)

        try:

            def _parse_redemptions(data: object) -> None | OrderRedemptions | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                redemptions_type_0 = OrderRedemptions.from_dict(data)

                return redemptions_type_0

            redemptions = _parse_redemptions(src_dict.get("redemptions", UNSET))
        except DECODE_FAILURES as _failure:
            redemptions = tolerate(_failure, "redemptions", src_dict)

        try:

            def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise wrong_type("date-time string or null", data)
                created_at_type_0 = parse_datetime(data)

                return created_at_type_0

            created_at = _parse_created_at(src_dict.get("created_at", UNSET))
        except DECODE_FAILURES as _failure:
            created_at = tolerate(_failure, "created_at", src_dict)

        try:

            def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise wrong_type("date-time string or null", data)
                updated_at_type_0 = parse_datetime(data)

                return updated_at_type_0

            updated_at = _parse_updated_at(src_dict.get("updated_at", UNSET))
        except DECODE_FAILURES as _failure:
            updated_at = tolerate(_failure, "updated_at", src_dict)

        try:

            def _parse_object_(data: object) -> Literal["order"] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                object_type_0 = data
                if object_type_0 != "order":
                    raise ValueError(
                        f"object_type_0 must match const 'order', got '{object_type_0}'"
                    )
                return object_type_0

            object_ = _parse_object_(src_dict.get("object", UNSET))
        except DECODE_FAILURES as _failure:
            object_ = tolerate(_failure, "object", src_dict)

        order = cls(
            id,
            source_id,
            status,
            amount,
            initial_amount,
            discount_amount,
            items_discount_amount,
            total_discount_amount,
            total_amount,
            applied_discount_amount,
            items_applied_discount_amount,
            total_applied_discount_amount,
            items,
            metadata,
            customer_id,
            referrer_id,
            customer,
            referrer,
            redemptions,
            created_at,
            updated_at,
            object_,
        )

        if not src_dict.keys() <= _DECLARED_KEYS:
            order.additional_properties = {
                key: src_dict[key] for key in sorted(src_dict.keys() - _DECLARED_KEYS)
            }
        return order

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


from ..models.customer_reference import CustomerReference  # noqa: E402
from ..models.order_item import OrderItem  # noqa: E402
from ..models.order_metadata import OrderMetadata  # noqa: E402
from ..models.order_redemptions import OrderRedemptions  # noqa: E402
