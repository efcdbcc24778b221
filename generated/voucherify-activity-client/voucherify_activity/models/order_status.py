from typing import Literal

OrderStatus = Literal["CANCELED", "CREATED", "FULFILLED", "PAID"]

ORDER_STATUS_VALUES: set[OrderStatus] = {
    "CANCELED",
    "CREATED",
    "FULFILLED",
    "PAID",
}


def check_order_status(value: str) -> OrderStatus:
    if value in ORDER_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ORDER_STATUS_VALUES!r}")
