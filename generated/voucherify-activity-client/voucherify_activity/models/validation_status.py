from typing import Literal

ValidationStatus = Literal["INVALID", "VALID"]

VALIDATION_STATUS_VALUES: set[ValidationStatus] = {
    "INVALID",
    "VALID",
}


def check_validation_status(value: str) -> ValidationStatus:
    if value in VALIDATION_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VALIDATION_STATUS_VALUES!r}")
