from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decoding import (
    DECODE_FAILURES,
    expect_object,
    parse_datetime,
    wrong_type,
)
from .._deviations import Deviation, tolerate, tolerate_envelope
from .._lazy import Deferred, resolved
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerHolderAssignmentDeletedActivity")


_DECLARED_KEYS = frozenset({"id", "created_at", "type", "data", "group_id"})


@_attrs_define
class CustomerHolderAssignmentDeletedActivity:
    """
    Attributes:
        id (str):  Example: evcus_0c150c51730c6b60b1.
        created_at (datetime.datetime):  Example: 2022-08-30T09:14:07.660Z.
        type_ (Literal['customer.holder.assignment.deleted']):
        data (HolderAssignmentEventEnvelope):
        group_id (None | str | Unset): ID of the request that caused the event. Example: v-1f36113948e50fc4ge.
    """

    id: str
    created_at: datetime.datetime
    type_: Literal["customer.holder.assignment.deleted"]
    _data: HolderAssignmentEventEnvelope | Deferred[HolderAssignmentEventEnvelope] = _attrs_field(
        alias="data", eq=resolved
    )
    group_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    deviations: tuple[Deviation, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    DEFERRED_FIELDS: ClassVar[tuple[str, ...]] = ("data",)

    _STRICT_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "type",
            "created_at",
            "data",
        }
    )

    @property
    def data(self) -> HolderAssignmentEventEnvelope:
        """Parsed from the response on first access."""
        value = self._data
        if isinstance(value, Deferred):
            value = self._data = value.resolve(self, "data")
        return value

    @data.setter
    def data(self, value: HolderAssignmentEventEnvelope) -> None:
        self._data = value

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        try:
            created_at = self.created_at.isoformat()
        except (AttributeError, TypeError):
            created_at = cast(Any, self.created_at)

        type_ = self.type_

        try:
            data = self.data.to_dict()
        except (AttributeError, TypeError):
            data = cast(Any, self.data)

        try:
            group_id: None | str | Unset
            if isinstance(self.group_id, Unset):
                group_id = UNSET
            else:
                group_id = self.group_id
        except (AttributeError, TypeError):
            group_id = cast(Any, self.group_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["id"] = id
        if not isinstance(created_at, Unset):
            field_dict["created_at"] = created_at
        if not isinstance(type_, Unset):
            field_dict["type"] = type_
        if not isinstance(data, Unset):
            field_dict["data"] = data
        if group_id is not UNSET:
            field_dict["group_id"] = group_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):
            src_dict = expect_object(src_dict)
        try:
            id = src_dict["id"]
            if not isinstance(id, str):
                raise wrong_type("string", id)
        except DECODE_FAILURES as _failure:
            id = tolerate_envelope(_failure, "id", src_dict)

        try:
            created_at = parse_datetime(src_dict["created_at"])
        except DECODE_FAILURES as _failure:
            created_at = tolerate_envelope(_failure, "created_at", src_dict)

        try:
            type_ = src_dict["type"]
            if type_ != "customer.holder.assignment.deleted":
                raise ValueError(
                    f"type must match const 'customer.holder.assignment.deleted', got '{type_}'"
                )
        except DECODE_FAILURES as _failure:
            type_ = tolerate_envelope(_failure, "type", src_dict)

        try:
            _data = src_dict["data"]
            if not isinstance(_data, dict):
                _data = expect_object(_data)
            data = Deferred(HolderAssignmentEventEnvelope.from_dict, _data)
        except DECODE_FAILURES as _failure:
            data = tolerate_envelope(_failure, "data", src_dict)

        try:

            def _parse_group_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise wrong_type("string or null", data)

            group_id = _parse_group_id(src_dict.get("group_id", UNSET))
        except DECODE_FAILURES as _failure:
            group_id = tolerate(_failure, "group_id", src_dict)

        customer_holder_assignment_deleted_activity = cls(id, created_at, type_, data, group_id)

        if not src_dict.keys() <= _DECLARED_KEYS:
            customer_holder_assignment_deleted_activity.additional_properties = {
                key: src_dict[key] for key in sorted(src_dict.keys() - _DECLARED_KEYS)
            }
        return customer_holder_assignment_deleted_activity

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


from ..models.holder_assignment_event_envelope import HolderAssignmentEventEnvelope  # noqa: E402
