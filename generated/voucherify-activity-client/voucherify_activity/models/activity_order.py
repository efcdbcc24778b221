from typing import Literal

ActivityOrder = Literal["-created_at", "created_at"]

ACTIVITY_ORDER_VALUES: set[ActivityOrder] = {
    "-created_at",
    "created_at",
}


def check_activity_order(value: str) -> ActivityOrder:
    if value in ACTIVITY_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ACTIVITY_ORDER_VALUES!r}")
