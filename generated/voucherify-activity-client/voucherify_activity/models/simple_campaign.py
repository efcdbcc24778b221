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
    item_error,
    wrong_type,
)
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
        name (str | Unset):  Example: Spring Sale 2024.
        campaign_type (CampaignType | Unset):
        type_ (SimpleCampaignType | Unset): How codes are generated.
        is_referral_code (bool | Unset):
        voucher (SimpleCampaignVoucher | Unset): Template of the campaign's vouchers.
        referral_program (SimpleCampaignReferralProgram | Unset): Referral settings of a referral campaign.
        auto_join (bool | Unset):
        join_once (bool | Unset):
        active (bool | Unset):
        category_id (None | str | Unset):  Example: cat_0b688929a2476386a6.
        category (str | Unset):  Example: Seasonal.
        categories (list[Category] | Unset):
        metadata (SimpleCampaignMetadata | Unset):
        start_date (datetime.datetime | Unset):  Example: 2022-09-20T00:00:00.000Z.
        expiration_date (datetime.datetime | Unset):  Example: 2022-09-30T00:00:00.000Z.
        created_at (datetime.datetime | Unset):  Example: 2022-09-01T11:11:11.111Z.
        updated_at (datetime.datetime | Unset):  Example: 2022-09-02T11:11:11.111Z.
        object_ (Literal['campaign'] | Unset):
    """

    id: str
    name: str | Unset = UNSET
    campaign_type: CampaignType | Unset = UNSET
    type_: SimpleCampaignType | Unset = UNSET
    is_referral_code: bool | Unset = UNSET
    voucher: SimpleCampaignVoucher | Unset = UNSET
    referral_program: SimpleCampaignReferralProgram | Unset = UNSET
    auto_join: bool | Unset = UNSET
    join_once: bool | Unset = UNSET
    active: bool | Unset = UNSET
    category_id: None | str | Unset = UNSET
    category: str | Unset = UNSET
    categories: list[Category] | Unset = UNSET
    metadata: SimpleCampaignMetadata | Unset = UNSET
    start_date: datetime.datetime | Unset = UNSET
    expiration_date: datetime.datetime | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    object_: Literal["campaign"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "id": "id",
        "name": "name",
        "campaign_type": "campaign_type",
        "type_": "type",
        "is_referral_code": "is_referral_code",
        "voucher": "voucher",
        "referral_program": "referral_program",
        "auto_join": "auto_join",
        "join_once": "join_once",
        "active": "active",
        "category_id": "category_id",
        "category": "category",
        "categories": "categories",
        "metadata": "metadata",
        "start_date": "start_date",
        "expiration_date": "expiration_date",
        "created_at": "created_at",
        "updated_at": "updated_at",
        "object_": "object",
    }

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        campaign_type: str | Unset = UNSET
        if not isinstance(self.campaign_type, Unset):
            campaign_type = self.campaign_type

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        is_referral_code = self.is_referral_code

        voucher: dict[str, Any] | Unset = UNSET
        if not isinstance(self.voucher, Unset):
            voucher = self.voucher.to_dict()

        referral_program: dict[str, Any] | Unset = UNSET
        if not isinstance(self.referral_program, Unset):
            referral_program = self.referral_program.to_dict()

        auto_join = self.auto_join

        join_once = self.join_once

        active = self.active

        category_id: None | str | Unset
        if isinstance(self.category_id, Unset):
            category_id = UNSET
        else:
            category_id = self.category_id

        category = self.category

        categories: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = []
            for categories_item_data in self.categories:
                categories_item = categories_item_data.to_dict()
                categories.append(categories_item)

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.isoformat()

        expiration_date: str | Unset = UNSET
        if not isinstance(self.expiration_date, Unset):
            expiration_date = self.expiration_date.isoformat()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        object_ = self.object_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
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
            raise field_error(_failure, "id", src_dict)

        try:
            name = src_dict.get("name", UNSET)
            if name is not UNSET and not isinstance(name, str):
                raise wrong_type("string", name)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "name", src_dict)

        try:
            _campaign_type = src_dict.get("campaign_type", UNSET)
            campaign_type: CampaignType | Unset
            if isinstance(_campaign_type, Unset):
                campaign_type = UNSET
            else:
                campaign_type = check_campaign_type(_campaign_type)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "campaign_type", src_dict)

        try:
            _type_ = src_dict.get("type", UNSET)
            type_: SimpleCampaignType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = check_simple_campaign_type(_type_)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "type", src_dict)

        try:
            is_referral_code = src_dict.get("is_referral_code", UNSET)
            if is_referral_code is not UNSET and not isinstance(is_referral_code, bool):
                raise wrong_type("boolean", is_referral_code)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "is_referral_code", src_dict)

        try:
            _voucher = src_dict.get("voucher", UNSET)
            voucher: SimpleCampaignVoucher | Unset
            if isinstance(_voucher, Unset):
                voucher = UNSET
            else:
                voucher = SimpleCampaignVoucher.from_dict(_voucher)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "voucher", src_dict)

        try:
            _referral_program = src_dict.get("referral_program", UNSET)
            referral_program: SimpleCampaignReferralProgram | Unset
            if isinstance(_referral_program, Unset):
                referral_program = UNSET
            else:
                referral_program = SimpleCampaignReferralProgram.from_dict(_referral_program)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "referral_program", src_dict)

        try:
            auto_join = src_dict.get("auto_join", UNSET)
            if auto_join is not UNSET and not isinstance(auto_join, bool):
                raise wrong_type("boolean", auto_join)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "auto_join", src_dict)

        try:
            join_once = src_dict.get("join_once", UNSET)
            if join_once is not UNSET and not isinstance(join_once, bool):
                raise wrong_type("boolean", join_once)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "join_once", src_dict)

        try:
            active = src_dict.get("active", UNSET)
            if active is not UNSET and not isinstance(active, bool):
                raise wrong_type("boolean", active)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "active", src_dict)

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
            raise field_error(_failure, "category_id", src_dict)

        try:
            category = src_dict.get("category", UNSET)
            if category is not UNSET and not isinstance(category, str):
                raise wrong_type("string", category)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "category", src_dict)

        try:
            _categories = src_dict.get("categories", UNSET)
            categories: list[Category] | Unset = UNSET
            if _categories is not UNSET:
                if not isinstance(_categories, list):
                    raise wrong_type("array", _categories)
                categories = []
                for categories_item_data in _categories:
                    try:
                        categories_item = Category.from_dict(categories_item_data)

                    except DECODE_FAILURES as _failure:
                        raise item_error(_failure, _categories, categories_item_data)
                    categories.append(categories_item)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "categories", src_dict)

        try:
            _metadata = src_dict.get("metadata", UNSET)
            metadata: SimpleCampaignMetadata | Unset
            if isinstance(_metadata, Unset):
                metadata = UNSET
            else:
                metadata = SimpleCampaignMetadata.from_dict(_metadata)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "metadata", src_dict)

        try:
            _start_date = src_dict.get("start_date", UNSET)
            start_date: datetime.datetime | Unset
            if isinstance(_start_date, Unset):
                start_date = UNSET
            else:
                start_date = datetime.datetime.fromisoformat(_start_date)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "start_date", src_dict)

        try:
            _expiration_date = src_dict.get("expiration_date", UNSET)
            expiration_date: datetime.datetime | Unset
            if isinstance(_expiration_date, Unset):
                expiration_date = UNSET
            else:
                expiration_date = datetime.datetime.fromisoformat(_expiration_date)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "expiration_date", src_dict)

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
            _updated_at = src_dict.get("updated_at", UNSET)
            updated_at: datetime.datetime | Unset
            if isinstance(_updated_at, Unset):
                updated_at = UNSET
            else:
                updated_at = datetime.datetime.fromisoformat(_updated_at)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "updated_at", src_dict)

        try:
            object_ = src_dict.get("object", UNSET)
            if object_ != "campaign" and not isinstance(object_, Unset):
                raise ValueError(f"object must match const 'campaign', got '{object_}'")
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "object", src_dict)

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
                key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS
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
