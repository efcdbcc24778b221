from typing import Literal

SimpleRedemptionObject = Literal["redemption", "redemption_rollback"]

SIMPLE_REDEMPTION_OBJECT_VALUES: set[SimpleRedemptionObject] = {
    "redemption",
    "redemption_rollback",
}


def check_simple_redemption_object(value: str) -> SimpleRedemptionObject:
    if value in SIMPLE_REDEMPTION_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SIMPLE_REDEMPTION_OBJECT_VALUES!r}"
    )
