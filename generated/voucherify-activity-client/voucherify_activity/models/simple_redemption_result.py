from typing import Literal

SimpleRedemptionResult = Literal["FAILURE", "SUCCESS"]

SIMPLE_REDEMPTION_RESULT_VALUES: set[SimpleRedemptionResult] = {
    "FAILURE",
    "SUCCESS",
}


def check_simple_redemption_result(value: str) -> SimpleRedemptionResult:
    if value in SIMPLE_REDEMPTION_RESULT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SIMPLE_REDEMPTION_RESULT_VALUES!r}"
    )
