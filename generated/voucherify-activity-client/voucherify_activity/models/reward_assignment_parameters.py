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

T = TypeVar("T", bound="RewardAssignmentParameters")


_DECLARED_KEYS = frozenset({"loyalty"})


@_attrs_define
class RewardAssignmentParameters:
    """
    Attributes:
        loyalty (None | RewardAssignmentParametersLoyalty | Unset):
    """

    loyalty: None | RewardAssignmentParametersLoyalty | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        try:
            loyalty: dict[str, Any] | None | Unset
            if isinstance(self.loyalty, Unset):
                loyalty = UNSET
            elif isinstance(self.loyalty, RewardAssignmentParametersLoyalty):
                loyalty = self.loyalty.to_dict()
            else:
                loyalty = self.loyalty
        except (AttributeError, TypeError):
            loyalty = cast(Any, self.loyalty)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if loyalty is not UNSET:
            field_dict["loyalty"] = loyalty

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):
            src_dict = expect_object(src_dict)
        try:

            def _parse_loyalty(data: object) -> None | RewardAssignmentParametersLoyalty | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                loyalty_type_0 = RewardAssignmentParametersLoyalty.from_dict(data)

                return loyalty_type_0

            loyalty = _parse_loyalty(src_dict.get("loyalty", UNSET))
        except DECODE_FAILURES as _failure:
            loyalty = tolerate(_failure, "loyalty", src_dict)

        reward_assignment_parameters = cls(loyalty)

        if not src_dict.keys() <= _DECLARED_KEYS:
            reward_assignment_parameters.additional_properties = {
                key: src_dict[key] for key in sorted(src_dict.keys() - _DECLARED_KEYS)
            }
        return reward_assignment_parameters

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


from ..models.reward_assignment_parameters_loyalty import RewardAssignmentParametersLoyalty  # noqa: E402
