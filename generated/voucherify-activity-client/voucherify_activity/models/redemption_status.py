from typing import Literal

RedemptionStatus = Literal["FAILED", "ROLLED BACK", "ROLLED_BACK", "SUCCEEDED"]

REDEMPTION_STATUS_VALUES: set[RedemptionStatus] = {
    "FAILED",
    "ROLLED BACK",
    "ROLLED_BACK",
    "SUCCEEDED",
}


def check_redemption_status(value: str) -> RedemptionStatus:
    if value in REDEMPTION_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REDEMPTION_STATUS_VALUES!r}")
