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
from ..models.voucher_type import VoucherType, check_voucher_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="SimpleVoucher")


_DECLARED_KEYS = frozenset(
    {
        "id",
        "code",
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
        id (str | Unset):  Example: v_mkZN9v7vjYUadXnHrMza8W5c34fE5KiV.
        code (None | str | Unset):  Example: WVPblOYX.
        type_ (None | Unset | VoucherType):
        campaign (None | str | Unset): Name of the parent campaign. Example: Spring Sale 2024.
        campaign_id (None | str | Unset):  Example: camp_rRsfatlwN7unSeUIJDCYedal.
        gift (Gift | None | Unset):
        discount (Discount | None | Unset):
        loyalty_card (None | SimpleLoyaltyCard | Unset):
        is_referral_code (bool | None | Unset):
        holder_id (None | str | Unset):  Example: cust_eWgXlBBiY6THFRJwX45Iakv4.
        referrer_id (None | str | Unset):  Example: cust_nM4jqPiaXUvQdVSA6vTRUnix.
        category_id (None | str | Unset):  Example: cat_0b6152ce12414820dc.
        categories (list[Category] | None | Unset):
        active (bool | None | Unset):
        redemption (None | SimpleVoucherRedemption | Unset):
        start_date (datetime.datetime | None | Unset):  Example: 2021-12-01T00:00:00.000Z.
        expiration_date (datetime.datetime | None | Unset):  Example: 2021-12-31T00:00:00.000Z.
        metadata (None | SimpleVoucherMetadata | Unset):
        created_at (datetime.datetime | None | Unset):  Example: 2021-12-22T10:13:06.487Z.
        updated_at (datetime.datetime | None | Unset):  Example: 2021-12-22T10:14:45.316Z.
        object_ (Literal['voucher'] | None | Unset):
    """

    id: str | Unset = UNSET
    code: None | str | Unset = UNSET
    type_: None | Unset | VoucherType = UNSET
    campaign: None | str | Unset = UNSET
    campaign_id: None | str | Unset = UNSET
    gift: Gift | None | Unset = UNSET
    discount: Discount | None | Unset = UNSET
    loyalty_card: None | SimpleLoyaltyCard | Unset = UNSET
    is_referral_code: bool | None | Unset = UNSET
    holder_id: None | str | Unset = UNSET
    referrer_id: None | str | Unset = UNSET
    category_id: None | str | Unset = UNSET
    categories: list[Category] | None | Unset = UNSET
    active: bool | None | Unset = UNSET
    redemption: None | SimpleVoucherRedemption | Unset = UNSET
    start_date: datetime.datetime | None | Unset = UNSET
    expiration_date: datetime.datetime | None | Unset = UNSET
    metadata: None | SimpleVoucherMetadata | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    object_: Literal["voucher"] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        try:
            code: None | str | Unset
            if isinstance(self.code, Unset):
                code = UNSET
            else:
                code = self.code
        except (AttributeError, TypeError):
            code = cast(Any, self.code)

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
            campaign: None | str | Unset
            if isinstance(self.campaign, Unset):
                campaign = UNSET
            else:
                campaign = self.campaign
        except (AttributeError, TypeError):
            campaign = cast(Any, self.campaign)

        try:
            campaign_id: None | str | Unset
            if isinstance(self.campaign_id, Unset):
                campaign_id = UNSET
            else:
                campaign_id = self.campaign_id
        except (AttributeError, TypeError):
            campaign_id = cast(Any, self.campaign_id)

        try:
            gift: dict[str, Any] | None | Unset
            if isinstance(self.gift, Unset):
                gift = UNSET
            elif isinstance(self.gift, Gift):
                gift = self.gift.to_dict()
            else:
                gift = self.gift
        except (AttributeError, TypeError):
            gift = cast(Any, self.gift)

        try:
            discount: dict[str, Any] | None | Unset
            if isinstance(self.discount, Unset):
                discount = UNSET
            elif isinstance(self.discount, Discount):
                discount = self.discount.to_dict()
            else:
                discount = self.discount
        except (AttributeError, TypeError):
            discount = cast(Any, self.discount)

        try:
            loyalty_card: dict[str, Any] | None | Unset
            if isinstance(self.loyalty_card, Unset):
                loyalty_card = UNSET
            elif isinstance(self.loyalty_card, SimpleLoyaltyCard):
                loyalty_card = self.loyalty_card.to_dict()
            else:
                loyalty_card = self.loyalty_card
        except (AttributeError, TypeError):
            loyalty_card = cast(Any, self.loyalty_card)

        try:
            is_referral_code: bool | None | Unset
            if isinstance(self.is_referral_code, Unset):
                is_referral_code = UNSET
            else:
                is_referral_code = self.is_referral_code
        except (AttributeError, TypeError):
            is_referral_code = cast(Any, self.is_referral_code)

        try:
            holder_id: None | str | Unset
            if isinstance(self.holder_id, Unset):
                holder_id = UNSET
            else:
                holder_id = self.holder_id
        except (AttributeError, TypeError):
            holder_id = cast(Any, self.holder_id)

        try:
            referrer_id: None | str | Unset
            if isinstance(self.referrer_id, Unset):
                referrer_id = UNSET
            else:
                referrer_id = self.referrer_id
        except (AttributeError, TypeError):
            referrer_id = cast(Any, self.referrer_id)

        try:
            category_id: None | str | Unset
            if isinstance(self.category_id, Unset):
                category_id = UNSET
            else:
                category_id = self.category_id
        except (AttributeError, TypeError):
            category_id = cast(Any, self.category_id)

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
            active: bool | None | Unset
            if isinstance(self.active, Unset):
                active = UNSET
            else:
                active = self.active
        except (AttributeError, TypeError):
            active = cast(Any, self.active)

        try:
            redemption: dict[str, Any] | None | Unset
            if isinstance(self.redemption, Unset):
                redemption = UNSET
            elif isinstance(self.redemption, SimpleVoucherRedemption):
                redemption = self.redemption.to_dict()
            else:
                redemption = self.redemption
        except (AttributeError, TypeError):
            redemption = cast(Any, self.redemption)

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
            metadata: dict[str, Any] | None | Unset
            if isinstance(self.metadata, Unset):
                metadata = UNSET
            elif isinstance(self.metadata, SimpleVoucherMetadata):
                metadata = self.metadata.to_dict()
            else:
                metadata = self.metadata
        except (AttributeError, TypeError):
            metadata = cast(Any, self.metadata)

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
            object_: Literal["voucher"] | None | Unset
            if isinstance(self.object_, Unset):
                object_ = UNSET
            else:
                object_ = self.object_
        except (AttributeError, TypeError):
            object_ = cast(Any, self.object_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if code is not UNSET:
            field_dict["code"] = code
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
            id = src_dict.get("id", UNSET)
            if id is not UNSET and not isinstance(id, str):
                raise wrong_type("string", id)
        except DECODE_FAILURES as _failure:
            id = tolerate(_failure, "id", src_dict)

        try:

            def _parse_code(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise wrong_type("string or null", data)

            code = _parse_code(src_dict.get("code", UNSET))
        except DECODE_FAILURES as _failure:
            code = tolerate(_failure, "code", src_dict)

        try:

            def _parse_type_(data: object) -> None | Unset | VoucherType:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise wrong_type("a valid value or null", data)
                type_type_0 = check_voucher_type(data)

                return type_type_0

            type_ = _parse_type_(src_dict.get("type", UNSET))
        except DECODE_FAILURES as _failure:
            type_ = tolerate(_failure, "type", src_dict)

        try:

            def _parse_campaign(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise wrong_type("string or null", data)

            campaign = _parse_campaign(src_dict.get("campaign", UNSET))
        except DECODE_FAILURES as _failure:
            campaign = tolerate(_failure, "campaign", src_dict)

        try:

            def _parse_campaign_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise wrong_type("string or null", data)

            campaign_id = _parse_campaign_id(src_dict.get("campaign_id", UNSET))
        except DECODE_FAILURES as _failure:
            campaign_id = tolerate(_failure, "campaign_id", src_dict)

        try:

            def _parse_gift(data: object) -> Gift | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                gift_type_0 = Gift.from_dict(data)

                return gift_type_0

            gift = _parse_gift(src_dict.get("gift", UNSET))
        except DECODE_FAILURES as _failure:
            gift = tolerate(_failure, "gift", src_dict)

        try:

            def _parse_discount(data: object) -> Discount | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                discount_type_0 = Discount.from_dict(data)

                return discount_type_0

            discount = _parse_discount(src_dict.get("discount", UNSET))
        except DECODE_FAILURES as _failure:
            discount = tolerate(_failure, "discount", src_dict)

        try:

            def _parse_loyalty_card(data: object) -> None | SimpleLoyaltyCard | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                loyalty_card_type_0 = SimpleLoyaltyCard.from_dict(data)

                return loyalty_card_type_0

            loyalty_card = _parse_loyalty_card(src_dict.get("loyalty_card", UNSET))
        except DECODE_FAILURES as _failure:
            loyalty_card = tolerate(_failure, "loyalty_card", src_dict)

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

            def _parse_holder_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise wrong_type("string or null", data)

            holder_id = _parse_holder_id(src_dict.get("holder_id", UNSET))
        except DECODE_FAILURES as _failure:
            holder_id = tolerate(_failure, "holder_id", src_dict)

        try:

            def _parse_referrer_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise wrong_type("string or null", data)

            referrer_id = _parse_referrer_id(src_dict.get("referrer_id", UNSET))
        except DECODE_FAILURES as _failure:
            referrer_id = tolerate(_failure, "referrer_id", src_dict)

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

            def _parse_redemption(data: object) -> None | SimpleVoucherRedemption | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                redemption_type_0 = SimpleVoucherRedemption.from_dict(data)

                return redemption_type_0

            redemption = _parse_redemption(src_dict.get("redemption", UNSET))
        except DECODE_FAILURES as _failure:
            redemption = tolerate(_failure, "redemption", src_dict)

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

            def _parse_metadata(data: object) -> None | SimpleVoucherMetadata | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                metadata_type_0 = SimpleVoucherMetadata.from_dict(data)

                return metadata_type_0

            metadata = _parse_metadata(src_dict.get("metadata", UNSET))
        except DECODE_FAILURES as _failure:
            metadata = tolerate(_failure, "metadata", src_dict)

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

            def _parse_object_(data: object) -> Literal["voucher"] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                object_type_0 = data
                if object_type_0 != "voucher":
                    raise ValueError(
                        f"object_type_0 must match const 'voucher', got '{object_type_0}'"
                    )
                return object_type_0

            object_ = _parse_object_(src_dict.get("object", UNSET))
        except DECODE_FAILURES as _failure:
            object_ = tolerate(_failure, "object", src_dict)

        simple_voucher = cls(
            id,
            code,
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
                key: src_dict[key] for key in sorted(src_dict.keys() - _DECLARED_KEYS)
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
