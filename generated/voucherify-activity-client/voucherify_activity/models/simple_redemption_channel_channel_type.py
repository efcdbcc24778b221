from typing import Literal

SimpleRedemptionChannelChannelType = Literal["API", "AUTO_REDEEM", "USER"]

SIMPLE_REDEMPTION_CHANNEL_CHANNEL_TYPE_VALUES: set[SimpleRedemptionChannelChannelType] = {
    "API",
    "AUTO_REDEEM",
    "USER",
}


def check_simple_redemption_channel_channel_type(value: str) -> SimpleRedemptionChannelChannelType:
    if value in SIMPLE_REDEMPTION_CHANNEL_CHANNEL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SIMPLE_REDEMPTION_CHANNEL_CHANNEL_TYPE_VALUES!r}"
    )
