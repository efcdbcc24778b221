from typing import Literal

OrderItemRelatedObject = Literal["product", "sku"]

ORDER_ITEM_RELATED_OBJECT_VALUES: set[OrderItemRelatedObject] = {
    "product",
    "sku",
}


def check_order_item_related_object(value: str) -> OrderItemRelatedObject:
    if value in ORDER_ITEM_RELATED_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ORDER_ITEM_RELATED_OBJECT_VALUES!r}"
    )
