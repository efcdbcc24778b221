from typing import Literal

CampaignType = Literal[
    "DISCOUNT_COUPONS", "GIFT_VOUCHERS", "LOYALTY_PROGRAM", "PROMOTION", "REFERRAL_PROGRAM"
]

CAMPAIGN_TYPE_VALUES: set[CampaignType] = {
    "DISCOUNT_COUPONS",
    "GIFT_VOUCHERS",
    "LOYALTY_PROGRAM",
    "PROMOTION",
    "REFERRAL_PROGRAM",
}


def check_campaign_type(value: str) -> CampaignType:
    if value in CAMPAIGN_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CAMPAIGN_TYPE_VALUES!r}")
