from typing import Literal

RedeemableHolderHolderRole = Literal["OWNER", "REFEREE", "REFERRER"]

REDEEMABLE_HOLDER_HOLDER_ROLE_VALUES: set[RedeemableHolderHolderRole] = {
    "OWNER",
    "REFEREE",
    "REFERRER",
}


def check_redeemable_holder_holder_role(value: str) -> RedeemableHolderHolderRole:
    if value in REDEEMABLE_HOLDER_HOLDER_ROLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REDEEMABLE_HOLDER_HOLDER_ROLE_VALUES!r}"
    )
