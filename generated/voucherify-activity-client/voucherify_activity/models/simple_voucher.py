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
from ..models.voucher_type import VoucherType, check_voucher_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="SimpleVoucher")


_DECLARED_KEYS = frozenset(
    {
        "code",
        "id",
        "type",
        "campaign",
        "campaign_id",
        "gift",
        "discount",
        "loyalty_card",
        "is_referral_code",
        "holder_id",
        "referrer_id",
        "category_id",
        "categories",
        "active",
        "redemption",
        "start_date",
        "expiration_date",
        "metadata",
        "created_at",
        "updated_at",
        "object",
    }
)


@_attrs_define
class SimpleVoucher:
    """
    Attributes:
        code (str):  Example: WVPblOYX.
        id (str | Unset):  Example: v_mkZN9v7vjYUadXnHrMza8W5c34fE5KiV.
        type_ (VoucherType | Unset):
        campaign (str | Unset): Name of the parent campaign. Example: Spring Sale 2024.
        campaign_id (str | Unset):  Example: camp_rRsfatlwN7unSeUIJDCYedal.
        gift (Gift | Unset): Gift card credits, in cents.
        discount (Discount | Unset): Discount of a voucher or promotion; the amount field set depends on `type`.
        loyalty_card (SimpleLoyaltyCard | Unset):
        is_referral_code (bool | Unset):
        holder_id (str | Unset):  Example: cust_eWgXlBBiY6THFRJwX45Iakv4.
        referrer_id (str | Unset):  Example: cust_nM4jqPiaXUvQdVSA6vTRUnix.
        category_id (None | str | Unset):  Example: cat_0b6152ce12414820dc.
        categories (list[Category] | Unset):
        active (bool | Unset):
        redemption (SimpleVoucherRedemption | Unset):
        start_date (datetime.datetime | Unset):  Example: 2021-12-01T00:00:00.000Z.
        expiration_date (datetime.datetime | Unset):  Example: 2021-12-31T00:00:00.000Z.
        metadata (SimpleVoucherMetadata | Unset):
        created_at (datetime.datetime | Unset):  Example: 2021-12-22T10:13:06.487Z.
        updated_at (datetime.datetime | Unset):  Example: 2021-12-22T10:14:45.316Z.
        object_ (Literal['voucher'] | Unset):
    """

    code: str
    id: str | Unset = UNSET
    type_: VoucherType | Unset = UNSET
    campaign: str | Unset = UNSET
    campaign_id: str | Unset = UNSET
    gift: Gift | Unset = UNSET
    discount: Discount | Unset = UNSET
    loyalty_card: SimpleLoyaltyCard | Unset = UNSET
    is_referral_code: bool | Unset = UNSET
    holder_id: str | Unset = UNSET
    referrer_id: str | Unset = UNSET
    category_id: None | str | Unset = UNSET
    categories: list[Category] | Unset = UNSET
    active: bool | Unset = UNSET
    redemption: SimpleVoucherRedemption | Unset = UNSET
    start_date: datetime.datetime | Unset = UNSET
    expiration_date: datetime.datetime | Unset = UNSET
    metadata: SimpleVoucherMetadata | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    object_: Literal["voucher"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "code": "code",
        "id": "id",
        "type_": "type",
        "campaign": "campaign",
        "campaign_id": "campaign_id",
        "gift": "gift",
        "discount": "discount",
        "loyalty_card": "loyalty_card",
        "is_referral_code": "is_referral_code",
        "holder_id": "holder_id",
        "referrer_id": "referrer_id",
        "category_id": "category_id",
        "categories": "categories",
        "active": "active",
        "redemption": "redemption",
        "start_date": "start_date",
        "expiration_date": "expiration_date",
        "metadata": "metadata",
        "created_at": "created_at",
        "updated_at": "updated_at",
        "object_": "object",
    }

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        id = self.id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        campaign = self.campaign

        campaign_id = self.campaign_id

        gift: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gift, Unset):
            gift = self.gift.to_dict()

        discount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.discount, Unset):
            discount = self.discount.to_dict()

        loyalty_card: dict[str, Any] | Unset = UNSET
        if not isinstance(self.loyalty_card, Unset):
            loyalty_card = self.loyalty_card.to_dict()

        is_referral_code = self.is_referral_code

        holder_id = self.holder_id

        referrer_id = self.referrer_id

        category_id: None | str | Unset
        if isinstance(self.category_id, Unset):
            category_id = UNSET
        else:
            category_id = self.category_id

        categories: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = []
            for categories_item_data in self.categories:
                categories_item = categories_item_data.to_dict()
                categories.append(categories_item)

        active = self.active

        redemption: dict[str, Any] | Unset = UNSET
        if not isinstance(self.redemption, Unset):
            redemption = self.redemption.to_dict()

        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.isoformat()

        expiration_date: str | Unset = UNSET
        if not isinstance(self.expiration_date, Unset):
            expiration_date = self.expiration_date.isoformat()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

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
                "code": code,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if campaign is not UNSET:
            field_dict["campaign"] = campaign
        if campaign_id is not UNSET:
            field_dict["campaign_id"] = campaign_id
        if gift is not UNSET:
            field_dict["gift"] = gift
        if discount is not UNSET:
            field_dict["discount"] = discount
        if loyalty_card is not UNSET:
            field_dict["loyalty_card"] = loyalty_card
        if is_referral_code is not UNSET:
            field_dict["is_referral_code"] = is_referral_code
        if holder_id is not UNSET:
            field_dict["holder_id"] = holder_id
        if referrer_id is not UNSET:
            field_dict["referrer_id"] = referrer_id
        if category_id is not UNSET:
            field_dict["category_id"] = category_id
        if categories is not UNSET:
            field_dict["categories"] = categories
        if active is not UNSET:
            field_dict["active"] = active
        if redemption is not UNSET:
            field_dict["redemption"] = redemption
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if expiration_date is not UNSET:
            field_dict["expiration_date"] = expiration_date
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
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
            code = src_dict["code"]
            if not isinstance(code, str):
                raise wrong_type("string", code)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "code", src_dict)

        try:
            id = src_dict.get("id", UNSET)
            if id is not UNSET and not isinstance(id, str):
                raise wrong_type("string", id)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "id", src_dict)

        try:
            _type_ = src_dict.get("type", UNSET)
            type_: VoucherType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = check_voucher_type(_type_)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "type", src_dict)

        try:
            campaign = src_dict.get("campaign", UNSET)
            if campaign is not UNSET and not isinstance(campaign, str):
                raise wrong_type("string", campaign)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "campaign", src_dict)

        try:
            campaign_id = src_dict.get("campaign_id", UNSET)
            if campaign_id is not UNSET and not isinstance(campaign_id, str):
                raise wrong_type("string", campaign_id)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "campaign_id", src_dict)

        try:
            _gift = src_dict.get("gift", UNSET)
            gift: Gift | Unset
            if isinstance(_gift, Unset):
                gift = UNSET
            else:
                gift = Gift.from_dict(_gift)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "gift", src_dict)

        try:
            _discount = src_dict.get("discount", UNSET)
            discount: Discount | Unset
            if isinstance(_discount, Unset):
                discount = UNSET
            else:
                discount = Discount.from_dict(_discount)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "discount", src_dict)

        try:
            _loyalty_card = src_dict.get("loyalty_card", UNSET)
            loyalty_card: SimpleLoyaltyCard | Unset
            if isinstance(_loyalty_card, Unset):
                loyalty_card = UNSET
            else:
                loyalty_card = SimpleLoyaltyCard.from_dict(_loyalty_card)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "loyalty_card", src_dict)

        try:
            is_referral_code = src_dict.get("is_referral_code", UNSET)
            if is_referral_code is not UNSET and not isinstance(is_referral_code, bool):
                raise wrong_type("boolean", is_referral_code)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "is_referral_code", src_dict)

        try:
            holder_id = src_dict.get("holder_id", UNSET)
            if holder_id is not UNSET and not isinstance(holder_id, str):
                raise wrong_type("string", holder_id)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "holder_id", src_dict)

        try:
            referrer_id = src_dict.get("referrer_id", UNSET)
            if referrer_id is not UNSET and not isinstance(referrer_id, str):
                raise wrong_type("string", referrer_id)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "referrer_id", src_dict)

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
            active = src_dict.get("active", UNSET)
            if active is not UNSET and not isinstance(active, bool):
                raise wrong_type("boolean", active)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "active", src_dict)

        try:
            _redemption = src_dict.get("redemption", UNSET)
            redemption: SimpleVoucherRedemption | Unset
            if isinstance(_redemption, Unset):
                redemption = UNSET
            else:
                redemption = SimpleVoucherRedemption.from_dict(_redemption)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "redemption", src_dict)

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
            _metadata = src_dict.get("metadata", UNSET)
            metadata: SimpleVoucherMetadata | Unset
            if isinstance(_metadata, Unset):
                metadata = UNSET
            else:
                metadata = SimpleVoucherMetadata.from_dict(_metadata)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "metadata", src_dict)

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
            if object_ != "voucher" and not isinstance(object_, Unset):
                raise ValueError(f"object must match const 'voucher', got '{object_}'")
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "object", src_dict)

        simple_voucher = cls(
            code,
            id,
            type_,
            campaign,
            campaign_id,
            gift,
            discount,
            loyalty_card,
            is_referral_code,
            holder_id,
            referrer_id,
            category_id,
            categories,
            active,
            redemption,
            start_date,
            expiration_date,
            metadata,
            created_at,
            updated_at,
            object_,
        )

        if not src_dict.keys() <= _DECLARED_KEYS:
            simple_voucher.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _DECLARED_KEYS
            }
        return simple_voucher

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
from ..models.discount import Discount  # noqa: E402
from ..models.gift import Gift  # noqa: E402
from ..models.simple_loyalty_card import SimpleLoyaltyCard  # noqa: E402
from ..models.simple_voucher_metadata import SimpleVoucherMetadata  # noqa: E402
from ..models.simple_voucher_redemption import SimpleVoucherRedemption  # noqa: E402
