from typing import Literal

VoucherBalanceType = Literal["gift_voucher", "loyalty_card"]

VOUCHER_BALANCE_TYPE_VALUES: set[VoucherBalanceType] = {
    "gift_voucher",
    "loyalty_card",
}


def check_voucher_balance_type(value: str) -> VoucherBalanceType:
    if value in VOUCHER_BALANCE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VOUCHER_BALANCE_TYPE_VALUES!r}")
