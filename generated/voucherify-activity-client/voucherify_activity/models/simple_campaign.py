from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decoding import (
    DECODE_FAILURES,
    expect_object,
    item_error,
    parse_datetime,
    wrong_type,
)
from .._deviations import tolerate
from ..models.campaign_type import CampaignType, check_campaign_type
from ..models.simple_campaign_type import SimpleCampaignType, check_simple_campaign_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="SimpleCampaign")


_DECLARED_KEYS = frozenset(
    {
        "id",
        "name",
        "campaign_type",
        "type",
        "is_referral_code",
        "voucher",
        "referral_program",
        "auto_join",
        "join_once",
        "active",
        "category_id",
        "category",
        "categories",
        "metadata",
        "start_date",
        "expiration_date",
        "created_at",
        "updated_at",
        "object",
    }
)


@_attrs_define
class SimpleCampaign:
    """
    Attributes:
        id (str):  Example: camp_rRsfatlwN7unSeUIJDCYedal.
        name (None | str | Unset):  Example: Spring Sale 2024.
        campaign_type (CampaignType | None | Unset):
        type_ (None | SimpleCampaignType | Unset): How codes are generated.
        is_referral_code (bool | None | Unset):
        voucher (None | SimpleCampaignVoucher | Unset): Template of the campaign's vouchers.
        referral_program (None | SimpleCampaignReferralProgram | Unset): Referral settings of a referral campaign.
        auto_join (bool | None | Unset):
        join_once (bool | None | Unset):
        active (bool | None | Unset):
        category_id (None | str | Unset):  Example: cat_0b688929a2476386a6.
        category (None | str | Unset):  Example: Seasonal.
        categories (list[Category] | None | Unset):
        metadata (None | SimpleCampaignMetadata | Unset):
        start_date (datetime.datetime | None | Unset):  Example: 2022-09-20T00:00:00.000Z.
        expiration_date (datetime.datetime | None | Unset):  Example: 2022-09-30T00:00:00.000Z.
        created_at (datetime.datetime | None | Unset):  Example: 2022-09-01T11:11:11.111Z.
        updated_at (datetime.datetime | None | Unset):  Example: 2022-09-02T11:11:11.111Z.
        object_ (Literal['campaign'] | None | Unset):
    """

    id: str
    name: None | str | Unset = UNSET
    campaign_type: CampaignType | None | Unset = UNSET
    type_: None | SimpleCampaignType | Unset = UNSET
    is_referral_code: bool | None | Unset = UNSET
    voucher: None | SimpleCampaignVoucher | Unset = UNSET
    referral_program: None | SimpleCampaignReferralProgram | Unset = UNSET
    auto_join: bool | None | Unset = UNSET
    join_once: bool | None | Unset = UNSET
    active: bool | None | Unset = UNSET
    category_id: None | str | Unset = UNSET
    category: None | str | Unset = UNSET
    categories: list[Category] | None | Unset = UNSET
    metadata: None | SimpleCampaignMetadata | Unset = UNSET
    start_date: datetime.datetime | None | Unset = UNSET
    expiration_date: datetime.datetime | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    object_: Literal["campaign"] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        try:
            name: None | str | Unset
            if isinstance(self.name, Unset):
                name = UNSET
            else:
                name = self.name
        except (AttributeError, TypeError):
            name = cast(Any, self.name)

        try:
            campaign_type: None | str | Unset
            if isinstance(self.campaign_type, Unset):
                campaign_type = UNSET
            elif isinstance(self.campaign_type, str):
                campaign_type = self.campaign_type
            else:
                campaign_type = self.campaign_type
        except (AttributeError, TypeError):
            campaign_type = cast(Any, self.campaign_type)

        try:
            type_: None | str | Unset
            if isinstance(self.type_, Unset):
                type_ = UNSET
            elif isinstance(self.type_, str):
                type_ = self.type_
            else:
                type_ = self.type_
        except (AttributeError, TypeError):
            type_ = cast(Any, self.type_)

        try:
            is_referral_code: bool | None | Unset
            if isinstance(self.is_referral_code, Unset):
                is_referral_code = UNSET
            else:
                is_referral_code = self.is_referral_code
        except (AttributeError, TypeError):
            is_referral_code = cast(Any, self.is_referral_code)

        try:
            voucher: dict[str, Any] | None | Unset
            if isinstance(self.voucher, Unset):
                voucher = UNSET
            elif isinstance(self.voucher, SimpleCampaignVoucher):
                voucher = self.voucher.to_dict()
            else:
                voucher = self.voucher
        except (AttributeError, TypeError):
            voucher = cast(Any, self.voucher)

        try:
            referral_program: dict[str, Any] | None | Unset
            if isinstance(self.referral_program, Unset):
                referral_program = UNSET
            elif isinstance(self.referral_program, SimpleCampaignReferralProgram):
                referral_program = self.referral_program.to_dict()
            else:
                referral_program = self.referral_program
        except (AttributeError, TypeError):
            referral_program = cast(Any, self.referral_program)

        try:
            auto_join: bool | None | Unset
            if isinstance(self.auto_join, Unset):
                auto_join = UNSET
            else:
                auto_join = self.auto_join
        except (AttributeError, TypeError):
            auto_join = cast(Any, self.auto_join)

        try:
            join_once: bool | None | Unset
            if isinstance(self.join_once, Unset):
                join_once = UNSET
            else:
                join_once = self.join_once
        except (AttributeError, TypeError):
            join_once = cast(Any, self.join_once)

        try:
            active: bool | None | Unset
            if isinstance(self.active, Unset):
                active = UNSET
            else:
                active = self.active
        except (AttributeError, TypeError):
            active = cast(Any, self.active)

        try:
            category_id: None | str | Unset
            if isinstance(self.category_id, Unset):
                category_id = UNSET
            else:
                category_id = self.category_id
        except (AttributeError, TypeError):
            category_id = cast(Any, self.category_id)

        try:
            category: None | str | Unset
            if isinstance(self.category, Unset):
                category = UNSET
            else:
                category = self.category
        except (AttributeError, TypeError):
            category = cast(Any, self.category)

        try:
            categories: list[dict[str, Any]] | None | Unset
            if isinstance(self.categories, Unset):
                categories = UNSET
            elif isinstance(self.categories, list):
                categories = []
                for categories_type_0_item_data in self.categories:
                    categories_type_0_item = categories_type_0_item_data.to_dict()
                    categories.append(categories_type_0_item)

            else:
                categories = self.categories
        except (AttributeError, TypeError):
            categories = cast(Any, self.categories)

        try:
            metadata: dict[str, Any] | None | Unset
            if isinstance(self.metadata, Unset):
                metadata = UNSET
            elif isinstance(self.metadata, SimpleCampaignMetadata):
                metadata = self.metadata.to_dict()
            else:
                metadata = self.metadata
        except (AttributeError, TypeError):
            metadata = cast(Any, self.metadata)

        try:
            start_date: None | str | Unset
            if isinstance(self.start_date, Unset):
                start_date = UNSET
            elif isinstance(self.start_date, datetime.datetime):
                start_date = self.start_date.isoformat()
            else:
                start_date = self.start_date
        except (AttributeError, TypeError):
            start_date = cast(Any, self.start_date)

        try:
            expiration_date: None | str | Unset
            if isinstance(self.expiration_date, Unset):
                expiration_date = UNSET
            elif isinstance(self.expiration_date, datetime.datetime):
                expiration_date = self.expiration_date.isoformat()
            else:
                expiration_date = self.expiration_date
        except (AttributeError, TypeError):
            expiration_date = cast(Any, self.expiration_date)

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
            object_: Literal["campaign"] | None | Unset
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
        if name is not UNSET:
            field_dict["name"] = name
        if campaign_type is not UNSET:
            field_dict["campaign_type"] = campaign_type
        if type_ is not UNSET:
            field_dict["type"] = type_
        if is_referral_code is not UNSET:
            field_dict["is_referral_code"] = is_referral_code
        if voucher is not UNSET:
            field_dict["voucher"] = voucher
        if referral_program is not UNSET:
            field_dict["referral_program"] = referral_program
        if auto_join is not UNSET:
            field_dict["auto_join"] = auto_join
        if join_once is not UNSET:
            field_dict["join_once"] = join_once
        if active is not UNSET:
            field_dict["active"] = active
        if category_id is not UNSET:
            field_dict["category_id"] = category_id
        if category is not UNSET:
            field_dict["category"] = category
        if categories is not UNSET:
            field_dict["categories"] = categories
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if expiration_date is not UNSET:
            field_dict["expiration_date"] = expiration_date
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
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

            def _parse_name(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise wrong_type("string or null", data)

            name = _parse_name(src_dict.get("name", UNSET))
        except DECODE_FAILURES as _failure:
            name = tolerate(_failure, "name", src_dict)

        try:

            def _parse_campaign_type(data: object) -> CampaignType | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise wrong_type("a valid value or null", data)
                campaign_type_type_0 = check_campaign_type(data)

                return campaign_type_type_0

            campaign_type = _parse_campaign_type(src_dict.get("campaign_type", UNSET))
        except DECODE_FAILURES as _failure:
            campaign_type = tolerate(_failure, "campaign_type", src_dict)

        try:

            def _parse_type_(data: object) -> None | SimpleCampaignType | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise wrong_type("a valid value or null", data)
                type_type_0 = check_simple_campaign_type(data)

                return type_type_0

            type_ = _parse_type_(src_dict.get("type", UNSET))
        except DECODE_FAILURES as _failure:
            type_ = tolerate(_failure, "type", src_dict)

        try:

            def _parse_is_referral_code(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, bool):
                    return data
                raise wrong_type("boolean or null", data)

            is_referral_code = _parse_is_referral_code(src_dict.get("is_referral_code", UNSET))
        except DECODE_FAILURES as _failure:
            is_referral_code = tolerate(_failure, "is_referral_code", src_dict)

        try:

            def _parse_voucher(data: object) -> None | SimpleCampaignVoucher | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                voucher_type_0 = SimpleCampaignVoucher.from_dict(data)

                return voucher_type_0

            voucher = _parse_voucher(src_dict.get("voucher", UNSET))
        except DECODE_FAILURES as _failure:
            voucher = tolerate(_failure, "voucher", src_dict)

        try:

            def _parse_referral_program(
                data: object,
            ) -> None | SimpleCampaignReferralProgram | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                referral_program_type_0 = SimpleCampaignReferralProgram.from_dict(data)

                return referral_program_type_0

            referral_program = _parse_referral_program(src_dict.get("referral_program", UNSET))
        except DECODE_FAILURES as _failure:
            referral_program = tolerate(_failure, "referral_program", src_dict)

        try:

            def _parse_auto_join(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, bool):
                    return data
                raise wrong_type("boolean or null", data)

            auto_join = _parse_auto_join(src_dict.get("auto_join", UNSET))
        except DECODE_FAILURES as _failure:
            auto_join = tolerate(_failure, "auto_join", src_dict)

        try:

            def _parse_join_once(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, bool):
                    return data
                raise wrong_type("boolean or null", data)

            join_once = _parse_join_once(src_dict.get("join_once", UNSET))
        except DECODE_FAILURES as _failure:
            join_once = tolerate(_failure, "join_once", src_dict)

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

            def _parse_category_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise wrong_type("string or null", data)

            category_id = _parse_category_id(src_dict.get("category_id", UNSET))
        except DECODE_FAILURES as _failure:
            category_id = tolerate(_failure, "category_id", src_dict)

        try:

            def _parse_category(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise wrong_type("string or null", data)

            category = _parse_category(src_dict.get("category", UNSET))
        except DECODE_FAILURES as _failure:
            category = tolerate(_failure, "category", src_dict)

        try:

            def _parse_categories(data: object) -> list[Category] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, list):
                    raise wrong_type("array or null", data)
                _categories_type_0 = data
                if not isinstance(_categories_type_0, list):
                    raise wrong_type("array", _categories_type_0)
                categories_type_0 = []
                for categories_type_0_item_data in _categories_type_0:
                    try:
                        categories_type_0_item = Category.from_dict(categories_type_0_item_data)

                    except DECODE_FAILURES as _failure:
                        raise item_error(_failure, _categories_type_0, categories_type_0_item_data)
                    categories_type_0.append(categories_type_0_item)

                return categories_type_0

            categories = _parse_categories(src_dict.get("categories", UNSET))
        except DECODE_FAILURES as _failure:
            categories = tolerate(_failure, "categories", src_dict)

        try:

            def _parse_metadata(data: object) -> None | SimpleCampaignMetadata | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                metadata_type_0 = SimpleCampaignMetadata.from_dict(data)

                return metadata_type_0

            metadata = _parse_metadata(src_dict.get("metadata", UNSET))
        except DECODE_FAILURES as _failure:
            metadata = tolerate(_failure, "metadata", src_dict)

        try:

            def _parse_start_date(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise wrong_type("date-time string or null", data)
                start_date_type_0 = parse_datetime(data)

                return start_date_type_0

            start_date = _parse_start_date(src_dict.get("start_date", UNSET))
        except DECODE_FAILURES as _failure:
            start_date = tolerate(_failure, "start_date", src_dict)

        try:

            def _parse_expiration_date(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise wrong_type("date-time string or null", data)
                expiration_date_type_0 = parse_datetime(data)

                return expiration_date_type_0

            expiration_date = _parse_expiration_date(src_dict.get("expiration_date", UNSET))
        except DECODE_FAILURES as _failure:
            expiration_date = tolerate(_failure, "expiration_date", src_dict)

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

            def _parse_object_(data: object) -> Literal["campaign"] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                object_type_0 = data
                if object_type_0 != "campaign":
                    raise ValueError(
                        f"object_type_0 must match const 'campaign', got '{object_type_0}'"
                    )
                return object_type_0

            object_ = _parse_object_(src_dict.get("object", UNSET))
        except DECODE_FAILURES as _failure:
            object_ = tolerate(_failure, "object", src_dict)

        simple_campaign = cls(
            id,
            name,
            campaign_type,
            type_,
            is_referral_code,
            voucher,
            referral_program,
            auto_join,
            join_once,
            active,
            category_id,
            category,
            categories,
            metadata,
            start_date,
            expiration_date,
            created_at,
            updated_at,
            object_,
        )

        if not src_dict.keys() <= _DECLARED_KEYS:
            simple_campaign.additional_properties = {
                key: src_dict[key] for key in sorted(src_dict.keys() - _DECLARED_KEYS)
            }
        return simple_campaign

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


from ..models.category import Category  # noqa: E402
from ..models.simple_campaign_metadata import SimpleCampaignMetadata  # noqa: E402
from ..models.simple_campaign_referral_program import SimpleCampaignReferralProgram  # noqa: E402
from ..models.simple_campaign_voucher import SimpleCampaignVoucher  # noqa: E402
