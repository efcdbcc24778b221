from typing import Literal

GiftEffect = Literal["APPLY_TO_ITEMS", "APPLY_TO_ORDER"]

GIFT_EFFECT_VALUES: set[GiftEffect] = {
    "APPLY_TO_ITEMS",
    "APPLY_TO_ORDER",
}


def check_gift_effect(value: str) -> GiftEffect:
    if value in GIFT_EFFECT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GIFT_EFFECT_VALUES!r}")
