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

T = TypeVar("T", bound="PointsRange")


_DECLARED_KEYS = frozenset({"from", "to"})


@_attrs_define
class PointsRange:
    """
    Attributes:
        from_ (int | None | Unset):  Example: 1000.
        to (int | None | Unset):  Example: 4999.
    """

    from_: int | None | Unset = UNSET
    to: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            from_: int | None | Unset
            if isinstance(self.from_, Unset):
                from_ = UNSET
            else:
                from_ = self.from_
        except (AttributeError, TypeError):
            from_ = cast(Any, self.from_)

        try:
            to: int | None | Unset
            if isinstance(self.to, Unset):
                to = UNSET
            else:
                to = self.to
        except (AttributeError, TypeError):
            to = cast(Any, self.to)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if from_ is not UNSET:
            field_dict["from"] = from_
        if to is not UNSET:
            field_dict["to"] = to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):
            src_dict = expect_object(src_dict)
        try:

            def _parse_from_(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, int) and not isinstance(data, bool):
                    return data
                raise wrong_type("integer or null", data)

            from_ = _parse_from_(src_dict.get("from", UNSET))
        except DECODE_FAILURES as _failure:
            from_ = tolerate(_failure, "from", src_dict)

        try:

            def _parse_to(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, int) and not isinstance(data, bool):
                    return data
                raise wrong_type("integer or null", data)

            to = _parse_to(src_dict.get("to", UNSET))
        except DECODE_FAILURES as _failure:
            to = tolerate(_failure, "to", src_dict)

        points_range = cls(from_, to)

        if not src_dict.keys() <= _DECLARED_KEYS:
            points_range.additional_properties = {
                key: src_dict[key] for key in sorted(src_dict.keys() - _DECLARED_KEYS)
            }
        return points_range

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
