from typing import Literal

RedeemableReferenceType = Literal["promotion_tier", "voucher"]

REDEEMABLE_REFERENCE_TYPE_VALUES: set[RedeemableReferenceType] = {
    "promotion_tier",
    "voucher",
}


def check_redeemable_reference_type(value: str) -> RedeemableReferenceType:
    if value in REDEEMABLE_REFERENCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REDEEMABLE_REFERENCE_TYPE_VALUES!r}"
    )
