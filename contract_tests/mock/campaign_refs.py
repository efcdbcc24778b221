"""Does an activity show a campaign: as a `campaign_id`, or as the `id` of a campaign object?

The v1 `campaign_id` / `campaign_type` filters match an activity's related campaign, and whoever
checks them (the contract suite, a client) can only see the campaign in the payload. The builder
uses this to make sure realism never hides the related campaign of an activity that had it.
"""

from __future__ import annotations

from typing import Any


def shows_campaign(value: Any, campaign_id: str, key: str | None = None) -> bool:
    """`value` is a synthesized document (plain dicts and lists, as `json` would build them)."""
    if type(value) is dict:
        is_campaign = key == "campaign" or value.get("object") == "campaign"
        if is_campaign and value.get("id") == campaign_id:
            return True
        for child_key, child in value.items():
            if child_key == "campaign_id" and child == campaign_id:
                return True
            if type(child) in (dict, list) and shows_campaign(child, campaign_id, child_key):
                return True
        return False
    if type(value) is list:
        return any(shows_campaign(item, campaign_id, key) for item in value)
    return False
