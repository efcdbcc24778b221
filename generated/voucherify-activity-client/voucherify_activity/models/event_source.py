from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decoding import (
    DECODE_FAILURES,
    expect_object,
    field_error,
)
from ..models.event_source_channel import EventSourceChannel, check_event_source_channel
from ..types import UNSET, Unset

T = TypeVar("T", bound="EventSource")


_DECLARED_KEYS = frozenset({"channel", "user", "api_key"})


@_attrs_define
class EventSource:
    """What initiated the event.

    Attributes:
        channel (EventSourceChannel):  Example: API.
        user (EventSourceUser | Unset):
        api_key (EventSourceApiKey | Unset):
    """

    channel: EventSourceChannel
    user: EventSourceUser | Unset = UNSET
    api_key: EventSourceApiKey | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "channel": "channel",
        "user": "user",
        "api_key": "api_key",
    }

    def to_dict(self) -> dict[str, Any]:
        channel: str = self.channel

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        api_key: dict[str, Any] | Unset = UNSET
        if not isinstance(self.api_key, Unset):
            api_key = self.api_key.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "channel": channel,
            }
        )
        if user is not UNSET:
            field_dict["user"] = user
        if api_key is not UNSET:
            field_dict["api_key"] = api_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):
            src_dict = expect_object(src_dict)
        try:
            channel = check_event_source_channel(src_dict["channel"])
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "channel", src_dict)

        try:
            _user = src_dict.get("user", UNSET)
            user: EventSourceUser | Unset
            if isinstance(_user, Unset):
                user = UNSET
            else:
                user = EventSourceUser.from_dict(_user)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "user", src_dict)

        try:
            _api_key = src_dict.get("api_key", UNSET)
            api_key: EventSourceApiKey | Unset
            if isinstance(_api_key, Unset):
                api_key = UNSET
            else:
                api_key = EventSourceApiKey.from_dict(_api_key)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "api_key", src_dict)

        event_source = cls(channel, user, api_key)

        if not src_dict.keys() <= _DECLARED_KEYS:
            event_source.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS
            }
        return event_source

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


from ..models.event_source_api_key import EventSourceApiKey  # noqa: E402
from ..models.event_source_user import EventSourceUser  # noqa: E402
