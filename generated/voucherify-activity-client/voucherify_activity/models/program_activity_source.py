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
from ..models.program_activity_source_channel import (
    ProgramActivitySourceChannel,
    check_program_activity_source_channel,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProgramActivitySource")


_DECLARED_KEYS = frozenset({"channel", "user", "api_key"})


@_attrs_define
class ProgramActivitySource:
    """What initiated the activity; omitted when unknown.

    Attributes:
        channel (None | ProgramActivitySourceChannel | Unset):  Example: USER_PORTAL.
        user (EventSourceUser | None | Unset):
        api_key (EventSourceApiKey | None | Unset):
    """

    channel: None | ProgramActivitySourceChannel | Unset = UNSET
    user: EventSourceUser | None | Unset = UNSET
    api_key: EventSourceApiKey | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            channel: None | str | Unset
            if isinstance(self.channel, Unset):
                channel = UNSET
            elif isinstance(self.channel, str):
                channel = self.channel
            else:
                channel = self.channel
        except (AttributeError, TypeError):
            channel = cast(Any, self.channel)

        try:
            user: dict[str, Any] | None | Unset
            if isinstance(self.user, Unset):
                user = UNSET
            elif isinstance(self.user, EventSourceUser):
                user = self.user.to_dict()
            else:
                user = self.user
        except (AttributeError, TypeError):
            user = cast(Any, self.user)

        try:
            api_key: dict[str, Any] | None | Unset
            if isinstance(self.api_key, Unset):
                api_key = UNSET
            elif isinstance(self.api_key, EventSourceApiKey):
                api_key = self.api_key.to_dict()
            else:
                api_key = self.api_key
        except (AttributeError, TypeError):
            api_key = cast(Any, self.api_key)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if channel is not UNSET:
            field_dict["channel"] = channel
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

            def _parse_channel(data: object) -> None | ProgramActivitySourceChannel | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise wrong_type("a valid value or null", data)
                channel_type_0 = check_program_activity_source_channel(data)

                return channel_type_0

            channel = _parse_channel(src_dict.get("channel", UNSET))
        except DECODE_FAILURES as _failure:
            channel = tolerate(_failure, "channel", src_dict)

        try:

            def _parse_user(data: object) -> EventSourceUser | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                user_type_0 = EventSourceUser.from_dict(data)

                return user_type_0

            user = _parse_user(src_dict.get("user", UNSET))
        except DECODE_FAILURES as _failure:
            user = tolerate(_failure, "user", src_dict)

        try:

            def _parse_api_key(data: object) -> EventSourceApiKey | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                api_key_type_0 = EventSourceApiKey.from_dict(data)

                return api_key_type_0

            api_key = _parse_api_key(src_dict.get("api_key", UNSET))
        except DECODE_FAILURES as _failure:
            api_key = tolerate(_failure, "api_key", src_dict)

        program_activity_source = cls(channel, user, api_key)

        if not src_dict.keys() <= _DECLARED_KEYS:
            program_activity_source.additional_properties = {
                key: src_dict[key] for key in sorted(src_dict.keys() - _DECLARED_KEYS)
            }
        return program_activity_source

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
