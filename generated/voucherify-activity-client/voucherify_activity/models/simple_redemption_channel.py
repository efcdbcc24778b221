from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decoding import (
    DECODE_FAILURES,
    expect_object,
    wrong_type,
)
from .._deviations import tolerate
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
        channel_id (None | str | Unset):  Example: user_xyzfghSTprSTUVWXYlk6tuvXYst7FGH7.
        channel_type (None | SimpleRedemptionChannelChannelType | Unset):
    """

    channel_id: None | str | Unset = UNSET
    channel_type: None | SimpleRedemptionChannelChannelType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            channel_id: None | str | Unset
            if isinstance(self.channel_id, Unset):
                channel_id = UNSET
            else:
                channel_id = self.channel_id
        except (AttributeError, TypeError):
            channel_id = cast(Any, self.channel_id)

        try:
            channel_type: None | str | Unset
            if isinstance(self.channel_type, Unset):
                channel_type = UNSET
            elif isinstance(self.channel_type, str):
                channel_type = self.channel_type
            else:
                channel_type = self.channel_type
        except (AttributeError, TypeError):
            channel_type = cast(Any, self.channel_type)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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

            def _parse_channel_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise wrong_type("string or null", data)

            channel_id = _parse_channel_id(src_dict.get("channel_id", UNSET))
        except DECODE_FAILURES as _failure:
            channel_id = tolerate(_failure, "channel_id", src_dict)

        try:

            def _parse_channel_type(
                data: object,
            ) -> None | SimpleRedemptionChannelChannelType | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise wrong_type("a valid value or null", data)
                channel_type_type_0 = check_simple_redemption_channel_channel_type(data)

                return channel_type_type_0

            channel_type = _parse_channel_type(src_dict.get("channel_type", UNSET))
        except DECODE_FAILURES as _failure:
            channel_type = tolerate(_failure, "channel_type", src_dict)

        simple_redemption_channel = cls(channel_id, channel_type)

        if not src_dict.keys() <= _DECLARED_KEYS:
            simple_redemption_channel.additional_properties = {
                key: src_dict[key] for key in sorted(src_dict.keys() - _DECLARED_KEYS)
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
