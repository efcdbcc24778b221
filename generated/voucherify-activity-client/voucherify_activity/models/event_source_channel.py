from typing import Literal

EventSourceChannel = Literal["API", "CLIENT_API", "INTERNAL", "USER_PORTAL"]

EVENT_SOURCE_CHANNEL_VALUES: set[EventSourceChannel] = {
    "API",
    "CLIENT_API",
    "INTERNAL",
    "USER_PORTAL",
}


def check_event_source_channel(value: str) -> EventSourceChannel:
    if value in EVENT_SOURCE_CHANNEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EVENT_SOURCE_CHANNEL_VALUES!r}")
