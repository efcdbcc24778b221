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

T = TypeVar("T", bound="OrderEventEnvelope")


_DECLARED_KEYS = frozenset({"data", "event_source"})


@_attrs_define
class OrderEventEnvelope:
    """
    Attributes:
        data (OrderEventData): Payload of every `customer.order.*` event.
        event_source (EventSource | None | Unset):
    """

    data: OrderEventData
    event_source: EventSource | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            data = self.data.to_dict()
        except (AttributeError, TypeError):
            data = cast(Any, self.data)

        try:
            event_source: dict[str, Any] | None | Unset
            if isinstance(self.event_source, Unset):
                event_source = UNSET
            elif isinstance(self.event_source, EventSource):
                event_source = self.event_source.to_dict()
            else:
                event_source = self.event_source
        except (AttributeError, TypeError):
            event_source = cast(Any, self.event_source)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(data, Unset):
            field_dict["data"] = data
        if event_source is not UNSET:
            field_dict["event_source"] = event_source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):
            src_dict = expect_object(src_dict)
        try:
            data = OrderEventData.from_dict(src_dict["data"])
        except DECODE_FAILURES as _failure:
            data = tolerate(_failure, "data", src_dict)

        try:

            def _parse_event_source(data: object) -> EventSource | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                event_source_type_0 = EventSource.from_dict(data)

                return event_source_type_0

            event_source = _parse_event_source(src_dict.get("event_source", UNSET))
        except DECODE_FAILURES as _failure:
            event_source = tolerate(_failure, "event_source", src_dict)

        order_event_envelope = cls(data, event_source)

        if not src_dict.keys() <= _DECLARED_KEYS:
            order_event_envelope.additional_properties = {
                key: src_dict[key] for key in sorted(src_dict.keys() - _DECLARED_KEYS)
            }
        return order_event_envelope

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


from ..models.event_source import EventSource  # noqa: E402
from ..models.order_event_data import OrderEventData  # noqa: E402
