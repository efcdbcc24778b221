from typing import Literal

ProgramActivityFiltersJunction = Literal["AND", "OR"]

PROGRAM_ACTIVITY_FILTERS_JUNCTION_VALUES: set[ProgramActivityFiltersJunction] = {
    "AND",
    "OR",
}


def check_program_activity_filters_junction(value: str) -> ProgramActivityFiltersJunction:
    if value in PROGRAM_ACTIVITY_FILTERS_JUNCTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROGRAM_ACTIVITY_FILTERS_JUNCTION_VALUES!r}"
    )
