from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decoding import (
    DECODE_FAILURES,
    expect_object,
    field_error,
    wrong_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="EarningRule")


_DECLARED_KEYS = frozenset(
    {
        "id",
        "object",
        "created_at",
        "updated_at",
        "loyalty",
        "event",
        "custom_event",
        "segment",
        "loyalty_tier",
        "source",
        "validation_rule_id",
        "active",
        "automation_id",
        "start_date",
        "expiration_date",
        "metadata",
    }
)


@_attrs_define
class EarningRule:
    """Simplified loyalty earning rule; its points formula is kept open.

    Attributes:
        id (str):  Example: ern_0c1d2e3f4a5b6c7d8c.
        object_ (Literal['earning_rule']):
        created_at (datetime.datetime | Unset):  Example: 2023-11-02T10:05:00.000Z.
        updated_at (datetime.datetime | None | Unset):  Example: 2023-11-03T10:05:00.000Z.
        loyalty (EarningRuleLoyalty | Unset): How many points the rule grants (`FIXED` or `PROPORTIONAL`).
        event (str | Unset): Event type that triggers the rule. Example: customer.order.paid.
        custom_event (EarningRuleCustomEvent | Unset):
        segment (EarningRuleSegment | Unset):
        loyalty_tier (EarningRuleLoyaltyTier | Unset):
        source (EarningRuleSource | Unset):
        validation_rule_id (None | str | Unset):  Example: val_4j7DCRm2IS59.
        active (bool | Unset):
        automation_id (str | Unset):
        start_date (str | Unset):  Example: 2023-11-02T00:00:00.000Z.
        expiration_date (str | Unset):  Example: 2024-11-02T00:00:00.000Z.
        metadata (EarningRuleMetadata | Unset):
    """

    id: str
    object_: Literal["earning_rule"]
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    loyalty: EarningRuleLoyalty | Unset = UNSET
    event: str | Unset = UNSET
    custom_event: EarningRuleCustomEvent | Unset = UNSET
    segment: EarningRuleSegment | Unset = UNSET
    loyalty_tier: EarningRuleLoyaltyTier | Unset = UNSET
    source: EarningRuleSource | Unset = UNSET
    validation_rule_id: None | str | Unset = UNSET
    active: bool | Unset = UNSET
    automation_id: str | Unset = UNSET
    start_date: str | Unset = UNSET
    expiration_date: str | Unset = UNSET
    metadata: EarningRuleMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "id": "id",
        "object_": "object",
        "created_at": "created_at",
        "updated_at": "updated_at",
        "loyalty": "loyalty",
        "event": "event",
        "custom_event": "custom_event",
        "segment": "segment",
        "loyalty_tier": "loyalty_tier",
        "source": "source",
        "validation_rule_id": "validation_rule_id",
        "active": "active",
        "automation_id": "automation_id",
        "start_date": "start_date",
        "expiration_date": "expiration_date",
        "metadata": "metadata",
    }

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_ = self.object_

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        loyalty: dict[str, Any] | Unset = UNSET
        if not isinstance(self.loyalty, Unset):
            loyalty = self.loyalty.to_dict()

        event = self.event

        custom_event: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_event, Unset):
            custom_event = self.custom_event.to_dict()

        segment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.segment, Unset):
            segment = self.segment.to_dict()

        loyalty_tier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.loyalty_tier, Unset):
            loyalty_tier = self.loyalty_tier.to_dict()

        source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.to_dict()

        validation_rule_id: None | str | Unset
        if isinstance(self.validation_rule_id, Unset):
            validation_rule_id = UNSET
        else:
            validation_rule_id = self.validation_rule_id

        active = self.active

        automation_id = self.automation_id

        start_date = self.start_date

        expiration_date = self.expiration_date

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "object": object_,
            }
        )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if loyalty is not UNSET:
            field_dict["loyalty"] = loyalty
        if event is not UNSET:
            field_dict["event"] = event
        if custom_event is not UNSET:
            field_dict["custom_event"] = custom_event
        if segment is not UNSET:
            field_dict["segment"] = segment
        if loyalty_tier is not UNSET:
            field_dict["loyalty_tier"] = loyalty_tier
        if source is not UNSET:
            field_dict["source"] = source
        if validation_rule_id is not UNSET:
            field_dict["validation_rule_id"] = validation_rule_id
        if active is not UNSET:
            field_dict["active"] = active
        if automation_id is not UNSET:
            field_dict["automation_id"] = automation_id
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if expiration_date is not UNSET:
            field_dict["expiration_date"] = expiration_date
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

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
            raise field_error(_failure, "id", src_dict)

        try:
            object_ = src_dict["object"]
            if object_ != "earning_rule":
                raise ValueError(f"object must match const 'earning_rule', got '{object_}'")
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "object", src_dict)

        try:
            _created_at = src_dict.get("created_at", UNSET)
            created_at: datetime.datetime | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = datetime.datetime.fromisoformat(_created_at)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "created_at", src_dict)

        try:

            def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise wrong_type("date-time string or null", data)
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0

            updated_at = _parse_updated_at(src_dict.get("updated_at", UNSET))
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "updated_at", src_dict)

        try:
            _loyalty = src_dict.get("loyalty", UNSET)
            loyalty: EarningRuleLoyalty | Unset
            if isinstance(_loyalty, Unset):
                loyalty = UNSET
            else:
                loyalty = EarningRuleLoyalty.from_dict(_loyalty)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "loyalty", src_dict)

        try:
            event = src_dict.get("event", UNSET)
            if event is not UNSET and not isinstance(event, str):
                raise wrong_type("string", event)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "event", src_dict)

        try:
            _custom_event = src_dict.get("custom_event", UNSET)
            custom_event: EarningRuleCustomEvent | Unset
            if isinstance(_custom_event, Unset):
                custom_event = UNSET
            else:
                custom_event = EarningRuleCustomEvent.from_dict(_custom_event)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "custom_event", src_dict)

        try:
            _segment = src_dict.get("segment", UNSET)
            segment: EarningRuleSegment | Unset
            if isinstance(_segment, Unset):
                segment = UNSET
            else:
                segment = EarningRuleSegment.from_dict(_segment)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "segment", src_dict)

        try:
            _loyalty_tier = src_dict.get("loyalty_tier", UNSET)
            loyalty_tier: EarningRuleLoyaltyTier | Unset
            if isinstance(_loyalty_tier, Unset):
                loyalty_tier = UNSET
            else:
                loyalty_tier = EarningRuleLoyaltyTier.from_dict(_loyalty_tier)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "loyalty_tier", src_dict)

        try:
            _source = src_dict.get("source", UNSET)
            source: EarningRuleSource | Unset
            if isinstance(_source, Unset):
                source = UNSET
            else:
                source = EarningRuleSource.from_dict(_source)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "source", src_dict)

        try:

            def _parse_validation_rule_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise wrong_type("string or null", data)

            validation_rule_id = _parse_validation_rule_id(
                src_dict.get("validation_rule_id", UNSET)
            )
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "validation_rule_id", src_dict)

        try:
            active = src_dict.get("active", UNSET)
            if active is not UNSET and not isinstance(active, bool):
                raise wrong_type("boolean", active)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "active", src_dict)

        try:
            automation_id = src_dict.get("automation_id", UNSET)
            if automation_id is not UNSET and not isinstance(automation_id, str):
                raise wrong_type("string", automation_id)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "automation_id", src_dict)

        try:
            start_date = src_dict.get("start_date", UNSET)
            if start_date is not UNSET and not isinstance(start_date, str):
                raise wrong_type("string", start_date)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "start_date", src_dict)

        try:
            expiration_date = src_dict.get("expiration_date", UNSET)
            if expiration_date is not UNSET and not isinstance(expiration_date, str):
                raise wrong_type("string", expiration_date)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "expiration_date", src_dict)

        try:
            _metadata = src_dict.get("metadata", UNSET)
            metadata: EarningRuleMetadata | Unset
            if isinstance(_metadata, Unset):
                metadata = UNSET
            else:
                metadata = EarningRuleMetadata.from_dict(_metadata)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "metadata", src_dict)

        earning_rule = cls(
            id,
            object_,
            created_at,
            updated_at,
            loyalty,
            event,
            custom_event,
            segment,
            loyalty_tier,
            source,
            validation_rule_id,
            active,
            automation_id,
            start_date,
            expiration_date,
            metadata,
        )

        if not src_dict.keys() <= _DECLARED_KEYS:
            earning_rule.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS
            }
        return earning_rule

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


from ..models.earning_rule_custom_event import EarningRuleCustomEvent  # noqa: E402
from ..models.earning_rule_loyalty import EarningRuleLoyalty  # noqa: E402
from ..models.earning_rule_loyalty_tier import EarningRuleLoyaltyTier  # noqa: E402
from ..models.earning_rule_metadata import EarningRuleMetadata  # noqa: E402
from ..models.earning_rule_segment import EarningRuleSegment  # noqa: E402
from ..models.earning_rule_source import EarningRuleSource  # noqa: E402
