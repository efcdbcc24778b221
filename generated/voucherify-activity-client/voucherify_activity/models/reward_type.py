from typing import Literal

RewardType = Literal["CAMPAIGN", "COIN", "MATERIAL"]

REWARD_TYPE_VALUES: set[RewardType] = {
    "CAMPAIGN",
    "COIN",
    "MATERIAL",
}


def check_reward_type(value: str) -> RewardType:
    if value in REWARD_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REWARD_TYPE_VALUES!r}")
