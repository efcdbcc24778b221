from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decoding import (
    DECODE_FAILURES,
    expect_object,
    parse_datetime,
    wrong_type,
)
from .._deviations import tolerate
from ..types import UNSET, Unset

T = TypeVar("T", bound="EarningRule")


_DECLARED_KEYS = frozenset(
    {
        "id",
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
        "object",
    }
)


@_attrs_define
class EarningRule:
    """Simplified loyalty earning rule; its points formula is kept open.

    Attributes:
        id (str):  Example: ern_0c1d2e3f4a5b6c7d8c.
        created_at (datetime.datetime | None | Unset):  Example: 2023-11-02T10:05:00.000Z.
        updated_at (datetime.datetime | None | Unset):  Example: 2023-11-03T10:05:00.000Z.
        loyalty (EarningRuleLoyalty | None | Unset): How many points the rule grants (`FIXED` or `PROPORTIONAL`).
        event (None | str | Unset): Event type that triggers the rule. Example: customer.order.paid.
        custom_event (EarningRuleCustomEvent | None | Unset):
        segment (EarningRuleSegment | None | Unset):
        loyalty_tier (EarningRuleLoyaltyTier | None | Unset):
        source (EarningRuleSource | None | Unset):
        validation_rule_id (None | str | Unset):  Example: val_4j7DCRm2IS59.
        active (bool | None | Unset):
        automation_id (None | str | Unset):
        start_date (None | str | Unset):  Example: 2023-11-02T00:00:00.000Z.
        expiration_date (None | str | Unset):  Example: 2024-11-02T00:00:00.000Z.
        metadata (EarningRuleMetadata | None | Unset):
        object_ (Literal['earning_rule'] | None | Unset):
    """

    id: str
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    loyalty: EarningRuleLoyalty | None | Unset = UNSET
    event: None | str | Unset = UNSET
    custom_event: EarningRuleCustomEvent | None | Unset = UNSET
    segment: EarningRuleSegment | None | Unset = UNSET
    loyalty_tier: EarningRuleLoyaltyTier | None | Unset = UNSET
    source: EarningRuleSource | None | Unset = UNSET
    validation_rule_id: None | str | Unset = UNSET
    active: bool | None | Unset = UNSET
    automation_id: None | str | Unset = UNSET
    start_date: None | str | Unset = UNSET
    expiration_date: None | str | Unset = UNSET
    metadata: EarningRuleMetadata | None | Unset = UNSET
    object_: Literal["earning_rule"] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

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
            updated_at: None | str | Unset
            if isinstance(self.updated_at, Unset):
                updated_at = UNSET
            elif isinstance(self.updated_at, datetime.datetime):
                updated_at = self.updated_at.isoformat()
            else:
                updated_at = self.updated_at
        except (AttributeError, TypeError):
            updated_at = cast(Any, self.updated_at)

        try:
            loyalty: dict[str, Any] | None | Unset
            if isinstance(self.loyalty, Unset):
                loyalty = UNSET
            elif isinstance(self.loyalty, EarningRuleLoyalty):
                loyalty = self.loyalty.to_dict()
            else:
                loyalty = self.loyalty
        except (AttributeError, TypeError):
            loyalty = cast(Any, self.loyalty)

        try:
            event: None | str | Unset
            if isinstance(self.event, Unset):
                event = UNSET
            else:
                event = self.event
        except (AttributeError, TypeError):
            event = cast(Any, self.event)

        try:
            custom_event: dict[str, Any] | None | Unset
            if isinstance(self.custom_event, Unset):
                custom_event = UNSET
            elif isinstance(self.custom_event, EarningRuleCustomEvent):
                custom_event = self.custom_event.to_dict()
            else:
                custom_event = self.custom_event
        except (AttributeError, TypeError):
            custom_event = cast(Any, self.custom_event)

        try:
            segment: dict[str, Any] | None | Unset
            if isinstance(self.segment, Unset):
                segment = UNSET
            elif isinstance(self.segment, EarningRuleSegment):
                segment = self.segment.to_dict()
            else:
                segment = self.segment
        except (AttributeError, TypeError):
            segment = cast(Any, self.segment)

        try:
            loyalty_tier: dict[str, Any] | None | Unset
            if isinstance(self.loyalty_tier, Unset):
                loyalty_tier = UNSET
            elif isinstance(self.loyalty_tier, EarningRuleLoyaltyTier):
                loyalty_tier = self.loyalty_tier.to_dict()
            else:
                loyalty_tier = self.loyalty_tier
        except (AttributeError, TypeError):
            loyalty_tier = cast(Any, self.loyalty_tier)

        try:
            source: dict[str, Any] | None | Unset
            if isinstance(self.source, Unset):
                source = UNSET
            elif isinstance(self.source, EarningRuleSource):
                source = self.source.to_dict()
            else:
                source = self.source
        except (AttributeError, TypeError):
            source = cast(Any, self.source)

        try:
            validation_rule_id: None | str | Unset
            if isinstance(self.validation_rule_id, Unset):
                validation_rule_id = UNSET
            else:
                validation_rule_id = self.validation_rule_id
        except (AttributeError, TypeError):
            validation_rule_id = cast(Any, self.validation_rule_id)

        try:
            active: bool | None | Unset
            if isinstance(self.active, Unset):
                active = UNSET
            else:
                active = self.active
        except (AttributeError, TypeError):
            active = cast(Any, self.active)

        try:
            automation_id: None | str | Unset
            if isinstance(self.automation_id, Unset):
                automation_id = UNSET
            else:
                automation_id = self.automation_id
        except (AttributeError, TypeError):
            automation_id = cast(Any, self.automation_id)

        try:
            start_date: None | str | Unset
            if isinstance(self.start_date, Unset):
                start_date = UNSET
            else:
                start_date = self.start_date
        except (AttributeError, TypeError):
            start_date = cast(Any, self.start_date)

        try:
            expiration_date: None | str | Unset
            if isinstance(self.expiration_date, Unset):
                expiration_date = UNSET
            else:
                expiration_date = self.expiration_date
        except (AttributeError, TypeError):
            expiration_date = cast(Any, self.expiration_date)

        try:
            metadata: dict[str, Any] | None | Unset
            if isinstance(self.metadata, Unset):
                metadata = UNSET
            elif isinstance(self.metadata, EarningRuleMetadata):
                metadata = self.metadata.to_dict()
            else:
                metadata = self.metadata
        except (AttributeError, TypeError):
            metadata = cast(Any, self.metadata)

        try:
            object_: Literal["earning_rule"] | None | Unset
            if isinstance(self.object_, Unset):
                object_ = UNSET
            else:
                object_ = self.object_
        except (AttributeError, TypeError):
            object_ = cast(Any, self.object_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["id"] = id
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
        if object_ is not UNSET:
            field_dict["object"] = object_

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
            id = tolerate(_failure, "id", src_dict)

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

            def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise wrong_type("date-time string or null", data)
                updated_at_type_0 = parse_datetime(data)

                return updated_at_type_0

            updated_at = _parse_updated_at(src_dict.get("updated_at", UNSET))
        except DECODE_FAILURES as _failure:
            updated_at = tolerate(_failure, "updated_at", src_dict)

        try:

            def _parse_loyalty(data: object) -> EarningRuleLoyalty | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                loyalty_type_0 = EarningRuleLoyalty.from_dict(data)

                return loyalty_type_0

            loyalty = _parse_loyalty(src_dict.get("loyalty", UNSET))
        except DECODE_FAILURES as _failure:
            loyalty = tolerate(_failure, "loyalty", src_dict)

        try:

            def _parse_event(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise wrong_type("string or null", data)

            event = _parse_event(src_dict.get("event", UNSET))
        except DECODE_FAILURES as _failure:
            event = tolerate(_failure, "event", src_dict)

        try:

            def _parse_custom_event(data: object) -> EarningRuleCustomEvent | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                custom_event_type_0 = EarningRuleCustomEvent.from_dict(data)

                return custom_event_type_0

            custom_event = _parse_custom_event(src_dict.get("custom_event", UNSET))
        except DECODE_FAILURES as _failure:
            custom_event = tolerate(_failure, "custom_event", src_dict)

        try:

            def _parse_segment(data: object) -> EarningRuleSegment | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                segment_type_0 = EarningRuleSegment.from_dict(data)

                return segment_type_0

            segment = _parse_segment(src_dict.get("segment", UNSET))
        except DECODE_FAILURES as _failure:
            segment = tolerate(_failure, "segment", src_dict)

        try:

            def _parse_loyalty_tier(data: object) -> EarningRuleLoyaltyTier | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                loyalty_tier_type_0 = EarningRuleLoyaltyTier.from_dict(data)

                return loyalty_tier_type_0

            loyalty_tier = _parse_loyalty_tier(src_dict.get("loyalty_tier", UNSET))
        except DECODE_FAILURES as _failure:
            loyalty_tier = tolerate(_failure, "loyalty_tier", src_dict)

        try:

            def _parse_source(data: object) -> EarningRuleSource | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                source_type_0 = EarningRuleSource.from_dict(data)

                return source_type_0

            source = _parse_source(src_dict.get("source", UNSET))
        except DECODE_FAILURES as _failure:
            source = tolerate(_failure, "source", src_dict)

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
            validation_rule_id = tolerate(_failure, "validation_rule_id", src_dict)

        try:

            def _parse_active(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, bool):
                    return data
                raise wrong_type("boolean or null", data)

            active = _parse_active(src_dict.get("active", UNSET))
        except DECODE_FAILURES as _failure:
            active = tolerate(_failure, "active", src_dict)

        try:

            def _parse_automation_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise wrong_type("string or null", data)

            automation_id = _parse_automation_id(src_dict.get("automation_id", UNSET))
        except DECODE_FAILURES as _failure:
            automation_id = tolerate(_failure, "automation_id", src_dict)

        try:

            def _parse_start_date(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise wrong_type("string or null", data)

            start_date = _parse_start_date(src_dict.get("start_date", UNSET))
        except DECODE_FAILURES as _failure:
            start_date = tolerate(_failure, "start_date", src_dict)

        try:

            def _parse_expiration_date(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise wrong_type("string or null", data)

            expiration_date = _parse_expiration_date(src_dict.get("expiration_date", UNSET))
        except DECODE_FAILURES as _failure:
            expiration_date = tolerate(_failure, "expiration_date", src_dict)

        try:

            def _parse_metadata(data: object) -> EarningRuleMetadata | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                metadata_type_0 = EarningRuleMetadata.from_dict(data)

                return metadata_type_0

            metadata = _parse_metadata(src_dict.get("metadata", UNSET))
        except DECODE_FAILURES as _failure:
            metadata = tolerate(_failure, "metadata", src_dict)

        try:

            def _parse_object_(data: object) -> Literal["earning_rule"] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                object_type_0 = data
                if object_type_0 != "earning_rule":
                    raise ValueError(
                        f"object_type_0 must match const 'earning_rule', got '{object_type_0}'"
                    )
                return object_type_0

            object_ = _parse_object_(src_dict.get("object", UNSET))
        except DECODE_FAILURES as _failure:
            object_ = tolerate(_failure, "object", src_dict)

        earning_rule = cls(
            id,
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
            object_,
        )

        if not src_dict.keys() <= _DECLARED_KEYS:
            earning_rule.additional_properties = {
                key: src_dict[key] for key in sorted(src_dict.keys() - _DECLARED_KEYS)
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
