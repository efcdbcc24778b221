from typing import Literal

VoucherBalanceOperationType = Literal["AUTOMATIC", "MANUAL"]

VOUCHER_BALANCE_OPERATION_TYPE_VALUES: set[VoucherBalanceOperationType] = {
    "AUTOMATIC",
    "MANUAL",
}


def check_voucher_balance_operation_type(value: str) -> VoucherBalanceOperationType:
    if value in VOUCHER_BALANCE_OPERATION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VOUCHER_BALANCE_OPERATION_TYPE_VALUES!r}"
    )
