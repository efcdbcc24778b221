from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decoding import (
    DECODE_FAILURES,
    expect_object,
    wrong_type,
)
from .._deviations import tolerate
from ..models.order_item_related_object import (
    OrderItemRelatedObject,
    check_order_item_related_object,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderItem")


_DECLARED_KEYS = frozenset(
    {
        "id",
        "source_id",
        "related_object",
        "product_id",
        "sku_id",
        "quantity",
        "initial_quantity",
        "applied_quantity",
        "applied_quantity_amount",
        "discount_quantity",
        "applied_discount_quantity",
        "amount",
        "initial_amount",
        "discount_amount",
        "applied_discount_amount",
        "price",
        "subtotal_amount",
        "product",
        "sku",
        "metadata",
        "object",
    }
)


@_attrs_define
class OrderItem:
    """Order line; amounts are in cents.

    Attributes:
        id (str | Unset):
        source_id (None | str | Unset):  Example: sku-tshirt-m.
        related_object (None | OrderItemRelatedObject | Unset):
        product_id (None | str | Unset):  Example: prod_0b1da8105693710357.
        sku_id (None | str | Unset):  Example: sku_0b1621b319d248b79f.
        quantity (int | None | Unset):  Example: 2.
        initial_quantity (int | None | Unset):
        applied_quantity (int | None | Unset):
        applied_quantity_amount (int | None | Unset):
        discount_quantity (int | None | Unset):
        applied_discount_quantity (int | None | Unset):
        amount (int | None | Unset):  Example: 12000.
        initial_amount (int | None | Unset):
        discount_amount (int | None | Unset):
        applied_discount_amount (int | None | Unset):
        price (int | None | Unset):  Example: 6000.
        subtotal_amount (int | None | Unset):  Example: 10200.
        product (None | OrderItemProduct | Unset): Product snapshot (`prod_…`).
        sku (None | OrderItemSku | Unset): SKU snapshot (`sku_…`).
        metadata (None | OrderItemMetadata | Unset):
        object_ (Literal['order_item'] | None | Unset):
    """

    id: str | Unset = UNSET
    source_id: None | str | Unset = UNSET
    related_object: None | OrderItemRelatedObject | Unset = UNSET
    product_id: None | str | Unset = UNSET
    sku_id: None | str | Unset = UNSET
    quantity: int | None | Unset = UNSET
    initial_quantity: int | None | Unset = UNSET
    applied_quantity: int | None | Unset = UNSET
    applied_quantity_amount: int | None | Unset = UNSET
    discount_quantity: int | None | Unset = UNSET
    applied_discount_quantity: int | None | Unset = UNSET
    amount: int | None | Unset = UNSET
    initial_amount: int | None | Unset = UNSET
    discount_amount: int | None | Unset = UNSET
    applied_discount_amount: int | None | Unset = UNSET
    price: int | None | Unset = UNSET
    subtotal_amount: int | None | Unset = UNSET
    product: None | OrderItemProduct | Unset = UNSET
    sku: None | OrderItemSku | Unset = UNSET
    metadata: None | OrderItemMetadata | Unset = UNSET
    object_: Literal["order_item"] | None | Unset = UNSET
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
            related_object: None | str | Unset
            if isinstance(self.related_object, Unset):
                related_object = UNSET
            elif isinstance(self.related_object, str):
                related_object = self.related_object
            else:
                related_object = self.related_object
        except (AttributeError, TypeError):
            related_object = cast(Any, self.related_object)

        try:
            product_id: None | str | Unset
            if isinstance(self.product_id, Unset):
                product_id = UNSET
            else:
                product_id = self.product_id
        except (AttributeError, TypeError):
            product_id = cast(Any, self.product_id)

        try:
            sku_id: None | str | Unset
            if isinstance(self.sku_id, Unset):
                sku_id = UNSET
            else:
                sku_id = self.sku_id
        except (AttributeError, TypeError):
            sku_id = cast(Any, self.sku_id)

        try:
            quantity: int | None | Unset
            if isinstance(self.quantity, Unset):
                quantity = UNSET
            else:
                quantity = self.quantity
        except (AttributeError, TypeError):
            quantity = cast(Any, self.quantity)

        try:
            initial_quantity: int | None | Unset
            if isinstance(self.initial_quantity, Unset):
                initial_quantity = UNSET
            else:
                initial_quantity = self.initial_quantity
        except (AttributeError, TypeError):
            initial_quantity = cast(Any, self.initial_quantity)

        try:
            applied_quantity: int | None | Unset
            if isinstance(self.applied_quantity, Unset):
                applied_quantity = UNSET
            else:
                applied_quantity = self.applied_quantity
        except (AttributeError, TypeError):
            applied_quantity = cast(Any, self.applied_quantity)

        try:
            applied_quantity_amount: int | None | Unset
            if isinstance(self.applied_quantity_amount, Unset):
                applied_quantity_amount = UNSET
            else:
                applied_quantity_amount = self.applied_quantity_amount
        except (AttributeError, TypeError):
            applied_quantity_amount = cast(Any, self.applied_quantity_amount)

        try:
            discount_quantity: int | None | Unset
            if isinstance(self.discount_quantity, Unset):
                discount_quantity = UNSET
            else:
                discount_quantity = self.discount_quantity
        except (AttributeError, TypeError):
            discount_quantity = cast(Any, self.discount_quantity)

        try:
            applied_discount_quantity: int | None | Unset
            if isinstance(self.applied_discount_quantity, Unset):
                applied_discount_quantity = UNSET
            else:
                applied_discount_quantity = self.applied_discount_quantity
        except (AttributeError, TypeError):
            applied_discount_quantity = cast(Any, self.applied_discount_quantity)

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
            applied_discount_amount: int | None | Unset
            if isinstance(self.applied_discount_amount, Unset):
                applied_discount_amount = UNSET
            else:
                applied_discount_amount = self.applied_discount_amount
        except (AttributeError, TypeError):
            applied_discount_amount = cast(Any, self.applied_discount_amount)

        try:
            price: int | None | Unset
            if isinstance(self.price, Unset):
                price = UNSET
            else:
                price = self.price
        except (AttributeError, TypeError):
            price = cast(Any, self.price)

        try:
            subtotal_amount: int | None | Unset
            if isinstance(self.subtotal_amount, Unset):
                subtotal_amount = UNSET
            else:
                subtotal_amount = self.subtotal_amount
        except (AttributeError, TypeError):
            subtotal_amount = cast(Any, self.subtotal_amount)

        try:
            product: dict[str, Any] | None | Unset
            if isinstance(self.product, Unset):
                product = UNSET
            elif isinstance(self.product, OrderItemProduct):
                product = self.product.to_dict()
            else:
                product = self.product
        except (AttributeError, TypeError):
            product = cast(Any, self.product)

        try:
            sku: dict[str, Any] | None | Unset
            if isinstance(self.sku, Unset):
                sku = UNSET
            elif isinstance(self.sku, OrderItemSku):
                sku = self.sku.to_dict()
            else:
                sku = self.sku
        except (AttributeError, TypeError):
            sku = cast(Any, self.sku)

        try:
            metadata: dict[str, Any] | None | Unset
            if isinstance(self.metadata, Unset):
                metadata = UNSET
            elif isinstance(self.metadata, OrderItemMetadata):
                metadata = self.metadata.to_dict()
            else:
                metadata = self.metadata
        except (AttributeError, TypeError):
            metadata = cast(Any, self.metadata)

        try:
            object_: Literal["order_item"] | None | Unset
            if isinstance(self.object_, Unset):
                object_ = UNSET
            else:
                object_ = self.object_
        except (AttributeError, TypeError):
            object_ = cast(Any, self.object_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if source_id is not UNSET:
            field_dict["source_id"] = source_id
        if related_object is not UNSET:
            field_dict["related_object"] = related_object
        if product_id is not UNSET:
            field_dict["product_id"] = product_id
        if sku_id is not UNSET:
            field_dict["sku_id"] = sku_id
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if initial_quantity is not UNSET:
            field_dict["initial_quantity"] = initial_quantity
        if applied_quantity is not UNSET:
            field_dict["applied_quantity"] = applied_quantity
        if applied_quantity_amount is not UNSET:
            field_dict["applied_quantity_amount"] = applied_quantity_amount
        if discount_quantity is not UNSET:
            field_dict["discount_quantity"] = discount_quantity
        if applied_discount_quantity is not UNSET:
            field_dict["applied_discount_quantity"] = applied_discount_quantity
        if amount is not UNSET:
            field_dict["amount"] = amount
        if initial_amount is not UNSET:
            field_dict["initial_amount"] = initial_amount
        if discount_amount is not UNSET:
            field_dict["discount_amount"] = discount_amount
        if applied_discount_amount is not UNSET:
            field_dict["applied_discount_amount"] = applied_discount_amount
        if price is not UNSET:
            field_dict["price"] = price
        if subtotal_amount is not UNSET:
            field_dict["subtotal_amount"] = subtotal_amount
        if product is not UNSET:
            field_dict["product"] = product
        if sku is not UNSET:
            field_dict["sku"] = sku
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if object_ is not UNSET:
            field_dict["object"] = object_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):
            src_dict = expect_object(src_dict)
        try:
            id = src_dict.get("id", UNSET)
            if id is not UNSET and not isinstance(id, str):
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

            def _parse_related_object(data: object) -> None | OrderItemRelatedObject | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise wrong_type("a valid value or null", data)
                related_object_type_0 = check_order_item_related_object(data)

                return related_object_type_0

            related_object = _parse_related_object(src_dict.get("related_object", UNSET))
        except DECODE_FAILURES as _failure:
            related_object = tolerate(_failure, "related_object", src_dict)

        try:

            def _parse_product_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise wrong_type("string or null", data)

            product_id = _parse_product_id(src_dict.get("product_id", UNSET))
        except DECODE_FAILURES as _failure:
            product_id = tolerate(_failure, "product_id", src_dict)

        try:

            def _parse_sku_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise wrong_type("string or null", data)

            sku_id = _parse_sku_id(src_dict.get("sku_id", UNSET))
        except DECODE_FAILURES as _failure:
            sku_id = tolerate(_failure, "sku_id", src_dict)

        try:

            def _parse_quantity(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, int) and not isinstance(data, bool):
                    return data
                raise wrong_type("integer or null", data)

            quantity = _parse_quantity(src_dict.get("quantity", UNSET))
        except DECODE_FAILURES as _failure:
            quantity = tolerate(_failure, "quantity", src_dict)

        try:

            def _parse_initial_quantity(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, int) and not isinstance(data, bool):
                    return data
                raise wrong_type("integer or null", data)

            initial_quantity = _parse_initial_quantity(src_dict.get("initial_quantity", UNSET))
        except DECODE_FAILURES as _failure:
            initial_quantity = tolerate(_failure, "initial_quantity", src_dict)

        try:

            def _parse_applied_quantity(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, int) and not isinstance(data, bool):
                    return data
                raise wrong_type("integer or null", data)

            applied_quantity = _parse_applied_quantity(src_dict.get("applied_quantity", UNSET))
        except DECODE_FAILURES as _failure:
            applied_quantity = tolerate(_failure, "applied_quantity", src_dict)

        try:

            def _parse_applied_quantity_amount(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, int) and not isinstance(data, bool):
                    return data
                raise wrong_type("integer or null", data)

            applied_quantity_amount = _parse_applied_quantity_amount(
                src_dict.get("applied_quantity_amount", UNSET)
            )
        except DECODE_FAILURES as _failure:
            applied_quantity_amount = tolerate(_failure, "applied_quantity_amount", src_dict)

        try:

            def _parse_discount_quantity(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, int) and not isinstance(data, bool):
                    return data
                raise wrong_type("integer or null", data)

            discount_quantity = _parse_discount_quantity(src_dict.get("discount_quantity", UNSET))
        except DECODE_FAILURES as _failure:
            discount_quantity = tolerate(_failure, "discount_quantity", src_dict)

        try:

            def _parse_applied_discount_quantity(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, int) and not isinstance(data, bool):
                    return data
                raise wrong_type("integer or null", data)

            applied_discount_quantity = _parse_applied_discount_quantity(
                src_dict.get("applied_discount_quantity", UNSET)
            )
        except DECODE_FAILURES as _failure:
            applied_discount_quantity = tolerate(_failure, "applied_discount_quantity", src_dict)

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

            def _parse_price(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, int) and not isinstance(data, bool):
                    return data
                raise wrong_type("integer or null", data)

            price = _parse_price(src_dict.get("price", UNSET))
        except DECODE_FAILURES as _failure:
            price = tolerate(_failure, "price", src_dict)

        try:

            def _parse_subtotal_amount(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, int) and not isinstance(data, bool):
                    return data
                raise wrong_type("integer or null", data)

            subtotal_amount = _parse_subtotal_amount(src_dict.get("subtotal_amount", UNSET))
        except DECODE_FAILURES as _failure:
            subtotal_amount = tolerate(_failure, "subtotal_amount", src_dict)

        try:

            def _parse_product(data: object) -> None | OrderItemProduct | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                product_type_0 = OrderItemProduct.from_dict(data)

                return product_type_0

            product = _parse_product(src_dict.get("product", UNSET))
        except DECODE_FAILURES as _failure:
            product = tolerate(_failure, "product", src_dict)

        try:

            def _parse_sku(data: object) -> None | OrderItemSku | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                sku_type_0 = OrderItemSku.from_dict(data)

                return sku_type_0

            sku = _parse_sku(src_dict.get("sku", UNSET))
        except DECODE_FAILURES as _failure:
            sku = tolerate(_failure, "sku", src_dict)

        try:

            def _parse_metadata(data: object) -> None | OrderItemMetadata | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                metadata_type_0 = OrderItemMetadata.from_dict(data)

                return metadata_type_0

            metadata = _parse_metadata(src_dict.get("metadata", UNSET))
        except DECODE_FAILURES as _failure:
            metadata = tolerate(_failure, "metadata", src_dict)

        try:

            def _parse_object_(data: object) -> Literal["order_item"] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                object_type_0 = data
                if object_type_0 != "order_item":
                    raise ValueError(
                        f"object_type_0 must match const 'order_item', got '{object_type_0}'"
                    )
                return object_type_0

            object_ = _parse_object_(src_dict.get("object", UNSET))
        except DECODE_FAILURES as _failure:
            object_ = tolerate(_failure, "object", src_dict)

        order_item = cls(
            id,
            source_id,
            related_object,
            product_id,
            sku_id,
            quantity,
            initial_quantity,
            applied_quantity,
            applied_quantity_amount,
            discount_quantity,
            applied_discount_quantity,
            amount,
            initial_amount,
            discount_amount,
            applied_discount_amount,
            price,
            subtotal_amount,
            product,
            sku,
            metadata,
            object_,
        )

        if not src_dict.keys() <= _DECLARED_KEYS:
            order_item.additional_properties = {
                key: src_dict[key] for key in sorted(src_dict.keys() - _DECLARED_KEYS)
            }
        return order_item

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


from ..models.order_item_metadata import OrderItemMetadata  # noqa: E402
from ..models.order_item_product import OrderItemProduct  # noqa: E402
from ..models.order_item_sku import OrderItemSku  # noqa: E402
