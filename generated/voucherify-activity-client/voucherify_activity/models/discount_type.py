from typing import Literal

DiscountType = Literal["AMOUNT", "FIXED", "PERCENT", "UNIT"]

DISCOUNT_TYPE_VALUES: set[DiscountType] = {
    "AMOUNT",
    "FIXED",
    "PERCENT",
    "UNIT",
}


def check_discount_type(value: str) -> DiscountType:
    if value in DISCOUNT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DISCOUNT_TYPE_VALUES!r}")
