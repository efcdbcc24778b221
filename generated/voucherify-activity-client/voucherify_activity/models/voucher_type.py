from typing import Literal

VoucherType = Literal["DISCOUNT_VOUCHER", "GIFT_VOUCHER", "LOYALTY_CARD"]

VOUCHER_TYPE_VALUES: set[VoucherType] = {
    "DISCOUNT_VOUCHER",
    "GIFT_VOUCHER",
    "LOYALTY_CARD",
}


def check_voucher_type(value: str) -> VoucherType:
    if value in VOUCHER_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VOUCHER_TYPE_VALUES!r}")
