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
from ..types import UNSET, Unset

T = TypeVar("T", bound="RewardedCustomerEvent")


_DECLARED_KEYS = frozenset({"segment", "event_type"})


@_attrs_define
class RewardedCustomerEvent:
    """Customer event (e.g. entering a segment) that triggered the reward.

    Attributes:
        segment (None | Segment | Unset):
        event_type (None | str | Unset):  Example: customer.segment.entered.
    """

    segment: None | Segment | Unset = UNSET
    event_type: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            segment: dict[str, Any] | None | Unset
            if isinstance(self.segment, Unset):
                segment = UNSET
            elif isinstance(self.segment, Segment):
                segment = self.segment.to_dict()
            else:
                segment = self.segment
        except (AttributeError, TypeError):
            segment = cast(Any, self.segment)

        try:
            event_type: None | str | Unset
            if isinstance(self.event_type, Unset):
                event_type = UNSET
            else:
                event_type = self.event_type
        except (AttributeError, TypeError):
            event_type = cast(Any, self.event_type)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if segment is not UNSET:
            field_dict["segment"] = segment
        if event_type is not UNSET:
            field_dict["event_type"] = event_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):
            src_dict = expect_object(src_dict)
        try:

            def _parse_segment(data: object) -> None | Segment | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                segment_type_0 = Segment.from_dict(data)

                return segment_type_0

            segment = _parse_segment(src_dict.get("segment", UNSET))
        except DECODE_FAILURES as _failure:
            segment = tolerate(_failure, "segment", src_dict)

        try:

            def _parse_event_type(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise wrong_type("string or null", data)

            event_type = _parse_event_type(src_dict.get("event_type", UNSET))
        except DECODE_FAILURES as _failure:
            event_type = tolerate(_failure, "event_type", src_dict)

        rewarded_customer_event = cls(segment, event_type)

        if not src_dict.keys() <= _DECLARED_KEYS:
            rewarded_customer_event.additional_properties = {
                key: src_dict[key] for key in sorted(src_dict.keys() - _DECLARED_KEYS)
            }
        return rewarded_customer_event

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


from ..models.segment import Segment  # noqa: E402
