from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decoding import (
    DECODE_FAILURES,
    expect_object,
    field_error,
    wrong_type,
)
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
        source_id (str | Unset):  Example: sku-tshirt-m.
        related_object (OrderItemRelatedObject | Unset):
        product_id (str | Unset):  Example: prod_0b1da8105693710357.
        sku_id (str | Unset):  Example: sku_0b1621b319d248b79f.
        quantity (int | Unset):  Example: 2.
        initial_quantity (int | Unset):
        applied_quantity (int | Unset):
        applied_quantity_amount (int | Unset):
        discount_quantity (int | Unset):
        applied_discount_quantity (int | Unset):
        amount (int | Unset):  Example: 12000.
        initial_amount (int | Unset):
        discount_amount (int | Unset):
        applied_discount_amount (int | Unset):
        price (int | Unset):  Example: 6000.
        subtotal_amount (int | Unset):  Example: 10200.
        product (OrderItemProduct | Unset): Product snapshot (`prod_…`).
        sku (OrderItemSku | Unset): SKU snapshot (`sku_…`).
        metadata (OrderItemMetadata | Unset):
        object_ (Literal['order_item'] | Unset):
    """

    id: str | Unset = UNSET
    source_id: str | Unset = UNSET
    related_object: OrderItemRelatedObject | Unset = UNSET
    product_id: str | Unset = UNSET
    sku_id: str | Unset = UNSET
    quantity: int | Unset = UNSET
    initial_quantity: int | Unset = UNSET
    applied_quantity: int | Unset = UNSET
    applied_quantity_amount: int | Unset = UNSET
    discount_quantity: int | Unset = UNSET
    applied_discount_quantity: int | Unset = UNSET
    amount: int | Unset = UNSET
    initial_amount: int | Unset = UNSET
    discount_amount: int | Unset = UNSET
    applied_discount_amount: int | Unset = UNSET
    price: int | Unset = UNSET
    subtotal_amount: int | Unset = UNSET
    product: OrderItemProduct | Unset = UNSET
    sku: OrderItemSku | Unset = UNSET
    metadata: OrderItemMetadata | Unset = UNSET
    object_: Literal["order_item"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "id": "id",
        "source_id": "source_id",
        "related_object": "related_object",
        "product_id": "product_id",
        "sku_id": "sku_id",
        "quantity": "quantity",
        "initial_quantity": "initial_quantity",
        "applied_quantity": "applied_quantity",
        "applied_quantity_amount": "applied_quantity_amount",
        "discount_quantity": "discount_quantity",
        "applied_discount_quantity": "applied_discount_quantity",
        "amount": "amount",
        "initial_amount": "initial_amount",
        "discount_amount": "discount_amount",
        "applied_discount_amount": "applied_discount_amount",
        "price": "price",
        "subtotal_amount": "subtotal_amount",
        "product": "product",
        "sku": "sku",
        "metadata": "metadata",
        "object_": "object",
    }

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        source_id = self.source_id

        related_object: str | Unset = UNSET
        if not isinstance(self.related_object, Unset):
            related_object = self.related_object

        product_id = self.product_id

        sku_id = self.sku_id

        quantity = self.quantity

        initial_quantity = self.initial_quantity

        applied_quantity = self.applied_quantity

        applied_quantity_amount = self.applied_quantity_amount

        discount_quantity = self.discount_quantity

        applied_discount_quantity = self.applied_discount_quantity

        amount = self.amount

        initial_amount = self.initial_amount

        discount_amount = self.discount_amount

        applied_discount_amount = self.applied_discount_amount

        price = self.price

        subtotal_amount = self.subtotal_amount

        product: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product, Unset):
            product = self.product.to_dict()

        sku: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sku, Unset):
            sku = self.sku.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        object_ = self.object_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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
            raise field_error(_failure, "id", src_dict)

        try:
            source_id = src_dict.get("source_id", UNSET)
            if source_id is not UNSET and not isinstance(source_id, str):
                raise wrong_type("string", source_id)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "source_id", src_dict)

        try:
            _related_object = src_dict.get("related_object", UNSET)
            related_object: OrderItemRelatedObject | Unset
            if isinstance(_related_object, Unset):
                related_object = UNSET
            else:
                related_object = check_order_item_related_object(_related_object)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "related_object", src_dict)

        try:
            product_id = src_dict.get("product_id", UNSET)
            if product_id is not UNSET and not isinstance(product_id, str):
                raise wrong_type("string", product_id)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "product_id", src_dict)

        try:
            sku_id = src_dict.get("sku_id", UNSET)
            if sku_id is not UNSET and not isinstance(sku_id, str):
                raise wrong_type("string", sku_id)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "sku_id", src_dict)

        try:
            quantity = src_dict.get("quantity", UNSET)
            if quantity is not UNSET and (
                not isinstance(quantity, int) or isinstance(quantity, bool)
            ):
                raise wrong_type("integer", quantity)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "quantity", src_dict)

        try:
            initial_quantity = src_dict.get("initial_quantity", UNSET)
            if initial_quantity is not UNSET and (
                not isinstance(initial_quantity, int) or isinstance(initial_quantity, bool)
            ):
                raise wrong_type("integer", initial_quantity)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "initial_quantity", src_dict)

        try:
            applied_quantity = src_dict.get("applied_quantity", UNSET)
            if applied_quantity is not UNSET and (
                not isinstance(applied_quantity, int) or isinstance(applied_quantity, bool)
            ):
                raise wrong_type("integer", applied_quantity)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "applied_quantity", src_dict)

        try:
            applied_quantity_amount = src_dict.get("applied_quantity_amount", UNSET)
            if applied_quantity_amount is not UNSET and (
                not isinstance(applied_quantity_amount, int)
                or isinstance(applied_quantity_amount, bool)
            ):
                raise wrong_type("integer", applied_quantity_amount)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "applied_quantity_amount", src_dict)

        try:
            discount_quantity = src_dict.get("discount_quantity", UNSET)
            if discount_quantity is not UNSET and (
                not isinstance(discount_quantity, int) or isinstance(discount_quantity, bool)
            ):
                raise wrong_type("integer", discount_quantity)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "discount_quantity", src_dict)

        try:
            applied_discount_quantity = src_dict.get("applied_discount_quantity", UNSET)
            if applied_discount_quantity is not UNSET and (
                not isinstance(applied_discount_quantity, int)
                or isinstance(applied_discount_quantity, bool)
            ):
                raise wrong_type("integer", applied_discount_quantity)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "applied_discount_quantity", src_dict)

        try:
            amount = src_dict.get("amount", UNSET)
            if amount is not UNSET and (not isinstance(amount, int) or isinstance(amount, bool)):
                raise wrong_type("integer", amount)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "amount", src_dict)

        try:
            initial_amount = src_dict.get("initial_amount", UNSET)
            if initial_amount is not UNSET and (
                not isinstance(initial_amount, int) or isinstance(initial_amount, bool)
            ):
                raise wrong_type("integer", initial_amount)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "initial_amount", src_dict)

        try:
            discount_amount = src_dict.get("discount_amount", UNSET)
            if discount_amount is not UNSET and (
                not isinstance(discount_amount, int) or isinstance(discount_amount, bool)
            ):
                raise wrong_type("integer", discount_amount)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "discount_amount", src_dict)

        try:
            applied_discount_amount = src_dict.get("applied_discount_amount", UNSET)
            if applied_discount_amount is not UNSET and (
                not isinstance(applied_discount_amount, int)
                or isinstance(applied_discount_amount, bool)
            ):
                raise wrong_type("integer", applied_discount_amount)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "applied_discount_amount", src_dict)

        try:
            price = src_dict.get("price", UNSET)
            if price is not UNSET and (not isinstance(price, int) or isinstance(price, bool)):
                raise wrong_type("integer", price)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "price", src_dict)

        try:
            subtotal_amount = src_dict.get("subtotal_amount", UNSET)
            if subtotal_amount is not UNSET and (
                not isinstance(subtotal_amount, int) or isinstance(subtotal_amount, bool)
            ):
                raise wrong_type("integer", subtotal_amount)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "subtotal_amount", src_dict)

        try:
            _product = src_dict.get("product", UNSET)
            product: OrderItemProduct | Unset
            if isinstance(_product, Unset):
                product = UNSET
            else:
                product = OrderItemProduct.from_dict(_product)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "product", src_dict)

        try:
            _sku = src_dict.get("sku", UNSET)
            sku: OrderItemSku | Unset
            if isinstance(_sku, Unset):
                sku = UNSET
            else:
                sku = OrderItemSku.from_dict(_sku)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "sku", src_dict)

        try:
            _metadata = src_dict.get("metadata", UNSET)
            metadata: OrderItemMetadata | Unset
            if isinstance(_metadata, Unset):
                metadata = UNSET
            else:
                metadata = OrderItemMetadata.from_dict(_metadata)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "metadata", src_dict)

        try:
            object_ = src_dict.get("object", UNSET)
            if object_ != "order_item" and not isinstance(object_, Unset):
                raise ValueError(f"object must match const 'order_item', got '{object_}'")
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "object", src_dict)

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
                key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS
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
