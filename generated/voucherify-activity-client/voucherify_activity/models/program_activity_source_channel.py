from typing import Literal

ProgramActivitySourceChannel = Literal["API", "CLIENT_API", "INTERNAL", "USER_PORTAL"]

PROGRAM_ACTIVITY_SOURCE_CHANNEL_VALUES: set[ProgramActivitySourceChannel] = {
    "API",
    "CLIENT_API",
    "INTERNAL",
    "USER_PORTAL",
}


def check_program_activity_source_channel(value: str) -> ProgramActivitySourceChannel:
    if value in PROGRAM_ACTIVITY_SOURCE_CHANNEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROGRAM_ACTIVITY_SOURCE_CHANNEL_VALUES!r}"
    )
