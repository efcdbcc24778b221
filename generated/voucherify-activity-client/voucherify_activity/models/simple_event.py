from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decoding import (
    DECODE_FAILURES,
    expect_object,
    parse_datetime,
    wrong_type,
)
from .._deviations import tolerate
from ..models.activity_category import ActivityCategory, check_activity_category
from ..types import UNSET, Unset

T = TypeVar("T", bound="SimpleEvent")


_DECLARED_KEYS = frozenset({"id", "type", "category", "entity_id", "created_at", "group_id"})


@_attrs_define
class SimpleEvent:
    """The event that triggered an effect.

    Attributes:
        id (str | Unset):  Example: evcus_0e3070fef399b70b00.
        type_ (None | str | Unset):  Example: customer.order.paid.
        category (ActivityCategory | None | Unset):
        entity_id (None | str | Unset):  Example: cust_ADqZIwGvWFvugWXVbrHwXRHO.
        created_at (datetime.datetime | None | Unset):  Example: 2024-01-01T11:11:11.111Z.
        group_id (None | str | Unset):  Example: v-1f36113948e50fc4ge.
    """

    id: str | Unset = UNSET
    type_: None | str | Unset = UNSET
    category: ActivityCategory | None | Unset = UNSET
    entity_id: None | str | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    group_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        try:
            type_: None | str | Unset
            if isinstance(self.type_, Unset):
                type_ = UNSET
            else:
                type_ = self.type_
        except (AttributeError, TypeError):
            type_ = cast(Any, self.type_)

        try:
            category: None | str | Unset
            if isinstance(self.category, Unset):
                category = UNSET
            elif isinstance(self.category, str):
                category = self.category
            else:
                category = self.category
        except (AttributeError, TypeError):
            category = cast(Any, self.category)

        try:
            entity_id: None | str | Unset
            if isinstance(self.entity_id, Unset):
                entity_id = UNSET
            else:
                entity_id = self.entity_id
        except (AttributeError, TypeError):
            entity_id = cast(Any, self.entity_id)

        try:
            created_at: None | str | Unset
            if isinstance(self.created_at, Unset):
                created_at = UNSET
            elif isinstance(self.created_at, datetime.datetime):
                created_at = self.created_at.isoformat()
            else:
                created_at = self.created_at
        except (AttributeError, TypeError):
            created_at = cast(Any, self.created_at)

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
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if category is not UNSET:
            field_dict["category"] = category
        if entity_id is not UNSET:
            field_dict["entity_id"] = entity_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if group_id is not UNSET:
            field_dict["group_id"] = group_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):
            src_dict = expect_object(src_dict)
        try:
            id = src_dict.get("id", UNSET)
            if id is not UNSET and not isinstance(id, str):
                raise wrong_type("string", id)
        except DECODE_FAILURES as _failure:
            id = tolerate(_failure, "id", src_dict)

        try:

            def _parse_type_(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise wrong_type("string or null", data)

            type_ = _parse_type_(src_dict.get("type", UNSET))
        except DECODE_FAILURES as _failure:
            type_ = tolerate(_failure, "type", src_dict)

        try:

            def _parse_category(data: object) -> ActivityCategory | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise wrong_type("a valid value or null", data)
                category_type_0 = check_activity_category(data)

                return category_type_0

            category = _parse_category(src_dict.get("category", UNSET))
        except DECODE_FAILURES as _failure:
            category = tolerate(_failure, "category", src_dict)

        try:

            def _parse_entity_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise wrong_type("string or null", data)

            entity_id = _parse_entity_id(src_dict.get("entity_id", UNSET))
        except DECODE_FAILURES as _failure:
            entity_id = tolerate(_failure, "entity_id", src_dict)

        try:

            def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise wrong_type("date-time string or null", data)
                created_at_type_0 = parse_datetime(data)

                return created_at_type_0

            created_at = _parse_created_at(src_dict.get("created_at", UNSET))
        except DECODE_FAILURES as _failure:
            created_at = tolerate(_failure, "created_at", src_dict)

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

        simple_event = cls(id, type_, category, entity_id, created_at, group_id)

        if not src_dict.keys() <= _DECLARED_KEYS:
            simple_event.additional_properties = {
                key: src_dict[key] for key in sorted(src_dict.keys() - _DECLARED_KEYS)
            }
        return simple_event

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
