from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decoding import (
    DECODE_FAILURES,
    expect_object,
    field_error,
    wrong_type,
)
from ..models.simple_redemption_channel_channel_type import (
    SimpleRedemptionChannelChannelType,
    check_simple_redemption_channel_channel_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="SimpleRedemptionChannel")


_DECLARED_KEYS = frozenset({"channel_id", "channel_type"})


@_attrs_define
class SimpleRedemptionChannel:
    """
    Attributes:
        channel_id (str | Unset):  Example: user_xyzfghSTprSTUVWXYlk6tuvXYst7FGH7.
        channel_type (SimpleRedemptionChannelChannelType | Unset):
    """

    channel_id: str | Unset = UNSET
    channel_type: SimpleRedemptionChannelChannelType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "channel_id": "channel_id",
        "channel_type": "channel_type",
    }

    def to_dict(self) -> dict[str, Any]:
        channel_id = self.channel_id

        channel_type: str | Unset = UNSET
        if not isinstance(self.channel_type, Unset):
            channel_type = self.channel_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if channel_id is not UNSET:
            field_dict["channel_id"] = channel_id
        if channel_type is not UNSET:
            field_dict["channel_type"] = channel_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):
            src_dict = expect_object(src_dict)
        try:
            channel_id = src_dict.get("channel_id", UNSET)
            if channel_id is not UNSET and not isinstance(channel_id, str):
                raise wrong_type("string", channel_id)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "channel_id", src_dict)

        try:
            _channel_type = src_dict.get("channel_type", UNSET)
            channel_type: SimpleRedemptionChannelChannelType | Unset
            if isinstance(_channel_type, Unset):
                channel_type = UNSET
            else:
                channel_type = check_simple_redemption_channel_channel_type(_channel_type)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "channel_type", src_dict)

        simple_redemption_channel = cls(channel_id, channel_type)

        if not src_dict.keys() <= _DECLARED_KEYS:
            simple_redemption_channel.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS
            }
        return simple_redemption_channel

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
