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
from ..models.reward_type import RewardType, check_reward_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="Reward")


_DECLARED_KEYS = frozenset(
    {
        "id",
        "name",
        "type",
        "parameters",
        "metadata",
        "customer",
        "assignment_id",
        "voucher",
        "product",
        "sku",
        "loyalty_tier_id",
        "created_at",
        "updated_at",
        "object",
    }
)


@_attrs_define
class Reward:
    """Simplified reward definition, as attached to a reward result.

    Attributes:
        id (str):  Example: rew_nIy4gHpQHle2c3pNMwuj7G6j.
        name (None | str | Unset):  Example: Free espresso.
        type_ (None | RewardType | Unset):
        parameters (None | RewardParameters | Unset): Type-specific settings (`campaign`, `coin` or `product`).
        metadata (None | RewardMetadata | Unset):
        customer (None | SimpleCustomer | Unset):
        assignment_id (None | str | Unset):  Example: rewa_PbIRoMXpwe5QhobW4JKu0VjH.
        voucher (None | SimpleVoucher | Unset):
        product (None | RewardProduct | Unset): Product granted by a material reward (`prod_…`).
        sku (None | RewardSku | Unset): SKU granted by a material reward (`sku_…`).
        loyalty_tier_id (None | str | Unset):  Example: ltr_UJ5Q54Q0OvEhua87Qfv2Ki5x.
        created_at (datetime.datetime | None | Unset):  Example: 2024-01-01T11:11:11.111Z.
        updated_at (datetime.datetime | None | Unset):  Example: 2024-01-02T11:11:11.111Z.
        object_ (Literal['reward'] | None | Unset):
    """

    id: str
    name: None | str | Unset = UNSET
    type_: None | RewardType | Unset = UNSET
    parameters: None | RewardParameters | Unset = UNSET
    metadata: None | RewardMetadata | Unset = UNSET
    customer: None | SimpleCustomer | Unset = UNSET
    assignment_id: None | str | Unset = UNSET
    voucher: None | SimpleVoucher | Unset = UNSET
    product: None | RewardProduct | Unset = UNSET
    sku: None | RewardSku | Unset = UNSET
    loyalty_tier_id: None | str | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    object_: Literal["reward"] | None | Unset = UNSET
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
            parameters: dict[str, Any] | None | Unset
            if isinstance(self.parameters, Unset):
                parameters = UNSET
            elif isinstance(self.parameters, RewardParameters):
                parameters = self.parameters.to_dict()
            else:
                parameters = self.parameters
        except (AttributeError, TypeError):
            parameters = cast(Any, self.parameters)

        try:
            metadata: dict[str, Any] | None | Unset
            if isinstance(self.metadata, Unset):
                metadata = UNSET
            elif isinstance(self.metadata, RewardMetadata):
                metadata = self.metadata.to_dict()
            else:
                metadata = self.metadata
        except (AttributeError, TypeError):
            metadata = cast(Any, self.metadata)

        try:
            customer: dict[str, Any] | None | Unset
            if isinstance(self.customer, Unset):
                customer = UNSET
            elif isinstance(self.customer, SimpleCustomer):
                customer = self.customer.to_dict()
            else:
                customer = self.customer
        except (AttributeError, TypeError):
            customer = cast(Any, self.customer)

        try:
            assignment_id: None | str | Unset
            if isinstance(self.assignment_id, Unset):
                assignment_id = UNSET
            else:
                assignment_id = self.assignment_id
        except (AttributeError, TypeError):
            assignment_id = cast(Any, self.assignment_id)

        try:
            voucher: dict[str, Any] | None | Unset
            if isinstance(self.voucher, Unset):
                voucher = UNSET
            elif isinstance(self.voucher, SimpleVoucher):
                voucher = self.voucher.to_dict()
            else:
                voucher = self.voucher
        except (AttributeError, TypeError):
            voucher = cast(Any, self.voucher)

        try:
            product: dict[str, Any] | None | Unset
            if isinstance(self.product, Unset):
                product = UNSET
            elif isinstance(self.product, RewardProduct):
                product = self.product.to_dict()
            else:
                product = self.product
        except (AttributeError, TypeError):
            product = cast(Any, self.product)

        try:
            sku: dict[str, Any] | None | Unset
            if isinstance(self.sku, Unset):
                sku = UNSET
            elif isinstance(self.sku, RewardSku):
                sku = self.sku.to_dict()
            else:
                sku = self.sku
        except (AttributeError, TypeError):
            sku = cast(Any, self.sku)

        try:
            loyalty_tier_id: None | str | Unset
            if isinstance(self.loyalty_tier_id, Unset):
                loyalty_tier_id = UNSET
            else:
                loyalty_tier_id = self.loyalty_tier_id
        except (AttributeError, TypeError):
            loyalty_tier_id = cast(Any, self.loyalty_tier_id)

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
            object_: Literal["reward"] | None | Unset
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
        if type_ is not UNSET:
            field_dict["type"] = type_
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if customer is not UNSET:
            field_dict["customer"] = customer
        if assignment_id is not UNSET:
            field_dict["assignment_id"] = assignment_id
        if voucher is not UNSET:
            field_dict["voucher"] = voucher
        if product is not UNSET:
            field_dict["product"] = product
        if sku is not UNSET:
            field_dict["sku"] = sku
        if loyalty_tier_id is not UNSET:
            field_dict["loyalty_tier_id"] = loyalty_tier_id
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

            def _parse_type_(data: object) -> None | RewardType | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, str):
                    raise wrong_type("a valid value or null", data)
                type_type_0 = check_reward_type(data)

                return type_type_0

            type_ = _parse_type_(src_dict.get("type", UNSET))
        except DECODE_FAILURES as _failure:
            type_ = tolerate(_failure, "type", src_dict)

        try:

            def _parse_parameters(data: object) -> None | RewardParameters | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                parameters_type_0 = RewardParameters.from_dict(data)

                return parameters_type_0

            parameters = _parse_parameters(src_dict.get("parameters", UNSET))
        except DECODE_FAILURES as _failure:
            parameters = tolerate(_failure, "parameters", src_dict)

        try:

            def _parse_metadata(data: object) -> None | RewardMetadata | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                metadata_type_0 = RewardMetadata.from_dict(data)

                return metadata_type_0

            metadata = _parse_metadata(src_dict.get("metadata", UNSET))
        except DECODE_FAILURES as _failure:
            metadata = tolerate(_failure, "metadata", src_dict)

        try:

            def _parse_customer(data: object) -> None | SimpleCustomer | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                customer_type_0 = SimpleCustomer.from_dict(data)

                return customer_type_0

            customer = _parse_customer(src_dict.get("customer", UNSET))
        except DECODE_FAILURES as _failure:
            customer = tolerate(_failure, "customer", src_dict)

        try:

            def _parse_assignment_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise wrong_type("string or null", data)

            assignment_id = _parse_assignment_id(src_dict.get("assignment_id", UNSET))
        except DECODE_FAILURES as _failure:
            assignment_id = tolerate(_failure, "assignment_id", src_dict)

        try:

            def _parse_voucher(data: object) -> None | SimpleVoucher | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                voucher_type_0 = SimpleVoucher.from_dict(data)

                return voucher_type_0

            voucher = _parse_voucher(src_dict.get("voucher", UNSET))
        except DECODE_FAILURES as _failure:
            voucher = tolerate(_failure, "voucher", src_dict)

        try:

            def _parse_product(data: object) -> None | RewardProduct | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                product_type_0 = RewardProduct.from_dict(data)

                return product_type_0

            product = _parse_product(src_dict.get("product", UNSET))
        except DECODE_FAILURES as _failure:
            product = tolerate(_failure, "product", src_dict)

        try:

            def _parse_sku(data: object) -> None | RewardSku | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if not isinstance(data, dict):
                    raise wrong_type("object or null", data)
                sku_type_0 = RewardSku.from_dict(data)

                return sku_type_0

            sku = _parse_sku(src_dict.get("sku", UNSET))
        except DECODE_FAILURES as _failure:
            sku = tolerate(_failure, "sku", src_dict)

        try:

            def _parse_loyalty_tier_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise wrong_type("string or null", data)

            loyalty_tier_id = _parse_loyalty_tier_id(src_dict.get("loyalty_tier_id", UNSET))
        except DECODE_FAILURES as _failure:
            loyalty_tier_id = tolerate(_failure, "loyalty_tier_id", src_dict)

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

            def _parse_object_(data: object) -> Literal["reward"] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                object_type_0 = data
                if object_type_0 != "reward":
                    raise ValueError(
                        f"object_type_0 must match const 'reward', got '{object_type_0}'"
                    )
                return object_type_0

            object_ = _parse_object_(src_dict.get("object", UNSET))
        except DECODE_FAILURES as _failure:
            object_ = tolerate(_failure, "object", src_dict)

        reward = cls(
            id,
            name,
            type_,
            parameters,
            metadata,
            customer,
            assignment_id,
            voucher,
            product,
            sku,
            loyalty_tier_id,
            created_at,
            updated_at,
            object_,
        )

        if not src_dict.keys() <= _DECLARED_KEYS:
            reward.additional_properties = {
                key: src_dict[key] for key in sorted(src_dict.keys() - _DECLARED_KEYS)
            }
        return reward

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


from ..models.reward_metadata import RewardMetadata  # noqa: E402
from ..models.reward_parameters import RewardParameters  # noqa: E402
from ..models.reward_product import RewardProduct  # noqa: E402
from ..models.reward_sku import RewardSku  # noqa: E402
from ..models.simple_customer import SimpleCustomer  # noqa: E402
from ..models.simple_voucher import SimpleVoucher  # noqa: E402
