from typing import Literal

ActivityCategory = Literal["ACTION", "EFFECT"]

ACTIVITY_CATEGORY_VALUES: set[ActivityCategory] = {
    "ACTION",
    "EFFECT",
}


def check_activity_category(value: str) -> ActivityCategory:
    if value in ACTIVITY_CATEGORY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ACTIVITY_CATEGORY_VALUES!r}")
