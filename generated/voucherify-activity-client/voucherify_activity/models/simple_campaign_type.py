from typing import Literal

SimpleCampaignType = Literal["AUTO_UPDATE", "STANDALONE", "STATIC"]

SIMPLE_CAMPAIGN_TYPE_VALUES: set[SimpleCampaignType] = {
    "AUTO_UPDATE",
    "STANDALONE",
    "STATIC",
}


def check_simple_campaign_type(value: str) -> SimpleCampaignType:
    if value in SIMPLE_CAMPAIGN_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SIMPLE_CAMPAIGN_TYPE_VALUES!r}")
