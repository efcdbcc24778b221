from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decoding import (
    DECODE_FAILURES,
    expect_object,
    field_error,
    tag_error,
    wrong_type,
)
from .._deviations import Deviation, page_deviations, salvage
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerActivityList")


_DECLARED_KEYS = frozenset({"object", "data_ref", "data", "has_more", "more_starting_after"})


@_attrs_define
class CustomerActivityList:
    """One page of a customer's activities.

    Attributes:
        object_ (Literal['list']):
        data_ref (Literal['data']):
        data (list[CustomerActivecampaignFailedActivity | CustomerActivecampaignRecoveredActivity |
            CustomerActivecampaignSentActivity | CustomerBatchFailedActivity | CustomerBatchRecoveredActivity |
            CustomerBatchSentActivity | CustomerBrazeFailedActivity | CustomerBrazeRecoveredActivity |
            CustomerBrazeSentActivity | CustomerConfirmedActivity | CustomerConsentsGivenActivity |
            CustomerConsentsRevokedActivity | CustomerCreatedActivity | CustomerCustomEventActivity |
            CustomerDeletedActivity | CustomerEmailFailedActivity | CustomerEmailRecoveredActivity |
            CustomerEmailSentActivity | CustomerHolderAssignmentCreatedActivity | CustomerHolderAssignmentDeletedActivity |
            CustomerIntercomFailedActivity | CustomerIntercomRecoveredActivity | CustomerIntercomSentActivity |
            CustomerKlaviyoFailedActivity | CustomerKlaviyoRecoveredActivity | CustomerKlaviyoSentActivity |
            CustomerLoyaltyTierDowngradedActivity | CustomerLoyaltyTierExpirationChangedActivity |
            CustomerLoyaltyTierJoinedActivity | CustomerLoyaltyTierLeftActivity | CustomerLoyaltyTierProlongedActivity |
            CustomerLoyaltyTierUpgradedActivity | CustomerLoyaltyUpdatedActivity | CustomerMailchimpFailedActivity |
            CustomerMailchimpRecoveredActivity | CustomerMailchimpSentActivity | CustomerOrderCanceledActivity |
            CustomerOrderCreatedActivity | CustomerOrderFulfilledActivity | CustomerOrderPaidActivity |
            CustomerOrderProcessingActivity | CustomerOrderUpdatedActivity | CustomerPublicationFailedActivity |
            CustomerPublicationSucceededActivity | CustomerRedemptionFailedActivity |
            CustomerRedemptionRollbackFailedActivity | CustomerRedemptionRollbackSucceededActivity |
            CustomerRedemptionSucceededActivity | CustomerReferredActivity | CustomerRewardedActivity |
            CustomerRewardedLoyaltyPointsActivity | CustomerRewardRedemptionsCompletedActivity |
            CustomerRewardRedemptionsCreatedActivity | CustomerRewardRedemptionsPendingActivity |
            CustomerRewardRedemptionsRolledbackActivity | CustomerSegmentEnteredActivity | CustomerSegmentLeftActivity |
            CustomerShopifyFailedActivity | CustomerShopifyRecoveredActivity | CustomerShopifySentActivity |
            CustomerSmsFailedActivity | CustomerSmsRecoveredActivity | CustomerSmsSentActivity | CustomerUpdatedActivity |
            CustomerValidationFailedActivity | CustomerValidationSucceededActivity | CustomerVoucherDeletedActivity |
            CustomerVoucherGiftBalanceAddedActivity | CustomerVoucherLoyaltyCardPendingPointsActivatedActivity |
            CustomerVoucherLoyaltyCardPendingPointsAddedActivity | CustomerVoucherLoyaltyCardPendingPointsCanceledActivity |
            CustomerVoucherLoyaltyCardPendingPointsUpdatedActivity | CustomerVoucherLoyaltyCardPointsActivatedActivity |
            CustomerVoucherLoyaltyCardPointsAddedActivity | CustomerVoucherLoyaltyCardPointsExpiredActivity |
            CustomerVoucherLoyaltyCardPointsTransferredActivity | UnknownCustomerActivity]):
        has_more (bool):
        more_starting_after (None | str | Unset): ID to pass as `starting_after_id` for the next page: a string when
            `has_more` (the
            pagination check and the client hold it to that); on the last page it may also be
            `null` or absent, as any documented leaf may (docs/spec.md).
             Example: evcus_0c150c51730c6b60b1.
    """

    object_: Literal["list"]
    data_ref: Literal["data"]
    data: list[
        CustomerActivecampaignFailedActivity
        | CustomerActivecampaignRecoveredActivity
        | CustomerActivecampaignSentActivity
        | CustomerBatchFailedActivity
        | CustomerBatchRecoveredActivity
        | CustomerBatchSentActivity
        | CustomerBrazeFailedActivity
        | CustomerBrazeRecoveredActivity
        | CustomerBrazeSentActivity
        | CustomerConfirmedActivity
        | CustomerConsentsGivenActivity
        | CustomerConsentsRevokedActivity
        | CustomerCreatedActivity
        | CustomerCustomEventActivity
        | CustomerDeletedActivity
        | CustomerEmailFailedActivity
        | CustomerEmailRecoveredActivity
        | CustomerEmailSentActivity
        | CustomerHolderAssignmentCreatedActivity
        | CustomerHolderAssignmentDeletedActivity
        | CustomerIntercomFailedActivity
        | CustomerIntercomRecoveredActivity
        | CustomerIntercomSentActivity
        | CustomerKlaviyoFailedActivity
        | CustomerKlaviyoRecoveredActivity
        | CustomerKlaviyoSentActivity
        | CustomerLoyaltyTierDowngradedActivity
        | CustomerLoyaltyTierExpirationChangedActivity
        | CustomerLoyaltyTierJoinedActivity
        | CustomerLoyaltyTierLeftActivity
        | CustomerLoyaltyTierProlongedActivity
        | CustomerLoyaltyTierUpgradedActivity
        | CustomerLoyaltyUpdatedActivity
        | CustomerMailchimpFailedActivity
        | CustomerMailchimpRecoveredActivity
        | CustomerMailchimpSentActivity
        | CustomerOrderCanceledActivity
        | CustomerOrderCreatedActivity
        | CustomerOrderFulfilledActivity
        | CustomerOrderPaidActivity
        | CustomerOrderProcessingActivity
        | CustomerOrderUpdatedActivity
        | CustomerPublicationFailedActivity
        | CustomerPublicationSucceededActivity
        | CustomerRedemptionFailedActivity
        | CustomerRedemptionRollbackFailedActivity
        | CustomerRedemptionRollbackSucceededActivity
        | CustomerRedemptionSucceededActivity
        | CustomerReferredActivity
        | CustomerRewardedActivity
        | CustomerRewardedLoyaltyPointsActivity
        | CustomerRewardRedemptionsCompletedActivity
        | CustomerRewardRedemptionsCreatedActivity
        | CustomerRewardRedemptionsPendingActivity
        | CustomerRewardRedemptionsRolledbackActivity
        | CustomerSegmentEnteredActivity
        | CustomerSegmentLeftActivity
        | CustomerShopifyFailedActivity
        | CustomerShopifyRecoveredActivity
        | CustomerShopifySentActivity
        | CustomerSmsFailedActivity
        | CustomerSmsRecoveredActivity
        | CustomerSmsSentActivity
        | CustomerUpdatedActivity
        | CustomerValidationFailedActivity
        | CustomerValidationSucceededActivity
        | CustomerVoucherDeletedActivity
        | CustomerVoucherGiftBalanceAddedActivity
        | CustomerVoucherLoyaltyCardPendingPointsActivatedActivity
        | CustomerVoucherLoyaltyCardPendingPointsAddedActivity
        | CustomerVoucherLoyaltyCardPendingPointsCanceledActivity
        | CustomerVoucherLoyaltyCardPendingPointsUpdatedActivity
        | CustomerVoucherLoyaltyCardPointsActivatedActivity
        | CustomerVoucherLoyaltyCardPointsAddedActivity
        | CustomerVoucherLoyaltyCardPointsExpiredActivity
        | CustomerVoucherLoyaltyCardPointsTransferredActivity
        | UnknownCustomerActivity
    ]
    has_more: bool
    more_starting_after: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _STRICT_KEYS: ClassVar[frozenset[str]] = frozenset(
        {
            "object",
            "data_ref",
            "data",
            "has_more",
            "more_starting_after",
        }
    )

    def to_dict(self) -> dict[str, Any]:
        object_ = self.object_

        data_ref = self.data_ref

        data = []
        for data_item_data in self.data:
            data_item: dict[str, Any]
            if isinstance(data_item_data, CustomerConfirmedActivity):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, CustomerCreatedActivity):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, CustomerUpdatedActivity):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, CustomerDeletedActivity):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, CustomerReferredActivity):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, CustomerCustomEventActivity):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, CustomerSegmentEnteredActivity):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, CustomerSegmentLeftActivity):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, CustomerConsentsGivenActivity):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, CustomerConsentsRevokedActivity):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, CustomerSmsSentActivity):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, CustomerSmsRecoveredActivity):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, CustomerSmsFailedActivity):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, CustomerEmailSentActivity):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, CustomerEmailRecoveredActivity):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, CustomerEmailFailedActivity):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, CustomerActivecampaignSentActivity):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, CustomerActivecampaignRecoveredActivity):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, CustomerActivecampaignFailedActivity):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, CustomerBrazeSentActivity):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, CustomerBrazeRecoveredActivity):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, CustomerBrazeFailedActivity):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, CustomerMailchimpSentActivity):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, CustomerMailchimpRecoveredActivity):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, CustomerMailchimpFailedActivity):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, CustomerIntercomSentActivity):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, CustomerIntercomRecoveredActivity):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, CustomerIntercomFailedActivity):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, CustomerShopifySentActivity):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, CustomerShopifyRecoveredActivity):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, CustomerShopifyFailedActivity):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, CustomerKlaviyoSentActivity):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, CustomerKlaviyoRecoveredActivity):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, CustomerKlaviyoFailedActivity):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, CustomerBatchSentActivity):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, CustomerBatchRecoveredActivity):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, CustomerBatchFailedActivity):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, CustomerRewardedActivity):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, CustomerRewardedLoyaltyPointsActivity):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, CustomerVoucherGiftBalanceAddedActivity):
                data_item = data_item_data.to_dict()
            elif isinstance(
                data_item_data, CustomerVoucherLoyaltyCardPendingPointsActivatedActivity
            ):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, CustomerVoucherLoyaltyCardPendingPointsAddedActivity):
                data_item = data_item_data.to_dict()
            elif isinstance(
                data_item_data, CustomerVoucherLoyaltyCardPendingPointsCanceledActivity
            ):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, CustomerVoucherLoyaltyCardPendingPointsUpdatedActivity):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, CustomerVoucherLoyaltyCardPointsActivatedActivity):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, CustomerVoucherLoyaltyCardPointsAddedActivity):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, CustomerVoucherLoyaltyCardPointsTransferredActivity):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, CustomerVoucherLoyaltyCardPointsExpiredActivity):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, CustomerVoucherDeletedActivity):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, CustomerPublicationSucceededActivity):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, CustomerPublicationFailedActivity):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, CustomerValidationSucceededActivity):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, CustomerValidationFailedActivity):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, CustomerRedemptionFailedActivity):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, CustomerRedemptionSucceededActivity):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, CustomerRedemptionRollbackFailedActivity):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, CustomerRedemptionRollbackSucceededActivity):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, CustomerOrderCanceledActivity):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, CustomerOrderCreatedActivity):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, CustomerOrderFulfilledActivity):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, CustomerOrderPaidActivity):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, CustomerOrderProcessingActivity):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, CustomerOrderUpdatedActivity):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, CustomerRewardRedemptionsCreatedActivity):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, CustomerRewardRedemptionsPendingActivity):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, CustomerRewardRedemptionsCompletedActivity):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, CustomerRewardRedemptionsRolledbackActivity):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, CustomerLoyaltyUpdatedActivity):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, CustomerLoyaltyTierUpgradedActivity):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, CustomerLoyaltyTierDowngradedActivity):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, CustomerLoyaltyTierProlongedActivity):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, CustomerLoyaltyTierExpirationChangedActivity):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, CustomerLoyaltyTierJoinedActivity):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, CustomerLoyaltyTierLeftActivity):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, CustomerHolderAssignmentCreatedActivity):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, CustomerHolderAssignmentDeletedActivity):
                data_item = data_item_data.to_dict()
            else:
                data_item = data_item_data.to_dict()

            data.append(data_item)

        has_more = self.has_more

        more_starting_after: None | str | Unset
        if isinstance(self.more_starting_after, Unset):
            more_starting_after = UNSET
        else:
            more_starting_after = self.more_starting_after

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object": object_,
                "data_ref": data_ref,
                "data": data,
                "has_more": has_more,
            }
        )
        if more_starting_after is not UNSET:
            field_dict["more_starting_after"] = more_starting_after

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):
            src_dict = expect_object(src_dict)
        try:
            object_ = src_dict["object"]
            if object_ != "list":
                raise ValueError(f"object must match const 'list', got '{object_}'")
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "object", src_dict)

        try:
            data_ref = src_dict["data_ref"]
            if data_ref != "data":
                raise ValueError(f"data_ref must match const 'data', got '{data_ref}'")
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "data_ref", src_dict)

        try:
            _data = src_dict["data"]
            if not isinstance(_data, list):
                raise wrong_type("array", _data)
            _data_item_variants: dict[
                str,
                Callable[
                    [Mapping[str, Any]],
                    CustomerActivecampaignFailedActivity
                    | CustomerActivecampaignRecoveredActivity
                    | CustomerActivecampaignSentActivity
                    | CustomerBatchFailedActivity
                    | CustomerBatchRecoveredActivity
                    | CustomerBatchSentActivity
                    | CustomerBrazeFailedActivity
                    | CustomerBrazeRecoveredActivity
                    | CustomerBrazeSentActivity
                    | CustomerConfirmedActivity
                    | CustomerConsentsGivenActivity
                    | CustomerConsentsRevokedActivity
                    | CustomerCreatedActivity
                    | CustomerCustomEventActivity
                    | CustomerDeletedActivity
                    | CustomerEmailFailedActivity
                    | CustomerEmailRecoveredActivity
                    | CustomerEmailSentActivity
                    | CustomerHolderAssignmentCreatedActivity
                    | CustomerHolderAssignmentDeletedActivity
                    | CustomerIntercomFailedActivity
                    | CustomerIntercomRecoveredActivity
                    | CustomerIntercomSentActivity
                    | CustomerKlaviyoFailedActivity
                    | CustomerKlaviyoRecoveredActivity
                    | CustomerKlaviyoSentActivity
                    | CustomerLoyaltyTierDowngradedActivity
                    | CustomerLoyaltyTierExpirationChangedActivity
                    | CustomerLoyaltyTierJoinedActivity
                    | CustomerLoyaltyTierLeftActivity
                    | CustomerLoyaltyTierProlongedActivity
                    | CustomerLoyaltyTierUpgradedActivity
                    | CustomerLoyaltyUpdatedActivity
                    | CustomerMailchimpFailedActivity
                    | CustomerMailchimpRecoveredActivity
                    | CustomerMailchimpSentActivity
                    | CustomerOrderCanceledActivity
                    | CustomerOrderCreatedActivity
                    | CustomerOrderFulfilledActivity
                    | CustomerOrderPaidActivity
                    | CustomerOrderProcessingActivity
                    | CustomerOrderUpdatedActivity
                    | CustomerPublicationFailedActivity
                    | CustomerPublicationSucceededActivity
                    | CustomerRedemptionFailedActivity
                    | CustomerRedemptionRollbackFailedActivity
                    | CustomerRedemptionRollbackSucceededActivity
                    | CustomerRedemptionSucceededActivity
                    | CustomerReferredActivity
                    | CustomerRewardedActivity
                    | CustomerRewardedLoyaltyPointsActivity
                    | CustomerRewardRedemptionsCompletedActivity
                    | CustomerRewardRedemptionsCreatedActivity
                    | CustomerRewardRedemptionsPendingActivity
                    | CustomerRewardRedemptionsRolledbackActivity
                    | CustomerSegmentEnteredActivity
                    | CustomerSegmentLeftActivity
                    | CustomerShopifyFailedActivity
                    | CustomerShopifyRecoveredActivity
                    | CustomerShopifySentActivity
                    | CustomerSmsFailedActivity
                    | CustomerSmsRecoveredActivity
                    | CustomerSmsSentActivity
                    | CustomerUpdatedActivity
                    | CustomerValidationFailedActivity
                    | CustomerValidationSucceededActivity
                    | CustomerVoucherDeletedActivity
                    | CustomerVoucherGiftBalanceAddedActivity
                    | CustomerVoucherLoyaltyCardPendingPointsActivatedActivity
                    | CustomerVoucherLoyaltyCardPendingPointsAddedActivity
                    | CustomerVoucherLoyaltyCardPendingPointsCanceledActivity
                    | CustomerVoucherLoyaltyCardPendingPointsUpdatedActivity
                    | CustomerVoucherLoyaltyCardPointsActivatedActivity
                    | CustomerVoucherLoyaltyCardPointsAddedActivity
                    | CustomerVoucherLoyaltyCardPointsExpiredActivity
                    | CustomerVoucherLoyaltyCardPointsTransferredActivity
                    | UnknownCustomerActivity,
                ],
            ] = {
                "customer.confirmed": CustomerConfirmedActivity.from_dict,
                "customer.created": CustomerCreatedActivity.from_dict,
                "customer.updated": CustomerUpdatedActivity.from_dict,
                "customer.deleted": CustomerDeletedActivity.from_dict,
                "customer.referred": CustomerReferredActivity.from_dict,
                "customer.custom_event": CustomerCustomEventActivity.from_dict,
                "customer.segment.entered": CustomerSegmentEnteredActivity.from_dict,
                "customer.segment.left": CustomerSegmentLeftActivity.from_dict,
                "customer.consents.given": CustomerConsentsGivenActivity.from_dict,
                "customer.consents.revoked": CustomerConsentsRevokedActivity.from_dict,
                "customer.sms.sent": CustomerSmsSentActivity.from_dict,
                "customer.sms.recovered": CustomerSmsRecoveredActivity.from_dict,
                "customer.sms.failed": CustomerSmsFailedActivity.from_dict,
                "customer.email.sent": CustomerEmailSentActivity.from_dict,
                "customer.email.recovered": CustomerEmailRecoveredActivity.from_dict,
                "customer.email.failed": CustomerEmailFailedActivity.from_dict,
                "customer.activecampaign.sent": CustomerActivecampaignSentActivity.from_dict,
                "customer.activecampaign.recovered": CustomerActivecampaignRecoveredActivity.from_dict,
                "customer.activecampaign.failed": CustomerActivecampaignFailedActivity.from_dict,
                "customer.braze.sent": CustomerBrazeSentActivity.from_dict,
                "customer.braze.recovered": CustomerBrazeRecoveredActivity.from_dict,
                "customer.braze.failed": CustomerBrazeFailedActivity.from_dict,
                "customer.mailchimp.sent": CustomerMailchimpSentActivity.from_dict,
                "customer.mailchimp.recovered": CustomerMailchimpRecoveredActivity.from_dict,
                "customer.mailchimp.failed": CustomerMailchimpFailedActivity.from_dict,
                "customer.intercom.sent": CustomerIntercomSentActivity.from_dict,
                "customer.intercom.recovered": CustomerIntercomRecoveredActivity.from_dict,
                "customer.intercom.failed": CustomerIntercomFailedActivity.from_dict,
                "customer.shopify.sent": CustomerShopifySentActivity.from_dict,
                "customer.shopify.recovered": CustomerShopifyRecoveredActivity.from_dict,
                "customer.shopify.failed": CustomerShopifyFailedActivity.from_dict,
                "customer.klaviyo.sent": CustomerKlaviyoSentActivity.from_dict,
                "customer.klaviyo.recovered": CustomerKlaviyoRecoveredActivity.from_dict,
                "customer.klaviyo.failed": CustomerKlaviyoFailedActivity.from_dict,
                "customer.batch.sent": CustomerBatchSentActivity.from_dict,
                "customer.batch.recovered": CustomerBatchRecoveredActivity.from_dict,
                "customer.batch.failed": CustomerBatchFailedActivity.from_dict,
                "customer.rewarded": CustomerRewardedActivity.from_dict,
                "customer.rewarded.loyalty_points": CustomerRewardedLoyaltyPointsActivity.from_dict,
                "customer.voucher.gift.balance_added": CustomerVoucherGiftBalanceAddedActivity.from_dict,
                "customer.voucher.loyalty_card.pending_points.activated": CustomerVoucherLoyaltyCardPendingPointsActivatedActivity.from_dict,
                "customer.voucher.loyalty_card.pending_points.added": CustomerVoucherLoyaltyCardPendingPointsAddedActivity.from_dict,
                "customer.voucher.loyalty_card.pending_points.canceled": CustomerVoucherLoyaltyCardPendingPointsCanceledActivity.from_dict,
                "customer.voucher.loyalty_card.pending_points.updated": CustomerVoucherLoyaltyCardPendingPointsUpdatedActivity.from_dict,
                "customer.voucher.loyalty_card.points_activated": CustomerVoucherLoyaltyCardPointsActivatedActivity.from_dict,
                "customer.voucher.loyalty_card.points_added": CustomerVoucherLoyaltyCardPointsAddedActivity.from_dict,
                "customer.voucher.loyalty_card.points_transferred": CustomerVoucherLoyaltyCardPointsTransferredActivity.from_dict,
                "customer.voucher.loyalty_card.points_expired": CustomerVoucherLoyaltyCardPointsExpiredActivity.from_dict,
                "customer.voucher.deleted": CustomerVoucherDeletedActivity.from_dict,
                "customer.publication.succeeded": CustomerPublicationSucceededActivity.from_dict,
                "customer.publication.failed": CustomerPublicationFailedActivity.from_dict,
                "customer.validation.succeeded": CustomerValidationSucceededActivity.from_dict,
                "customer.validation.failed": CustomerValidationFailedActivity.from_dict,
                "customer.redemption.failed": CustomerRedemptionFailedActivity.from_dict,
                "customer.redemption.succeeded": CustomerRedemptionSucceededActivity.from_dict,
                "customer.redemption.rollback.failed": CustomerRedemptionRollbackFailedActivity.from_dict,
                "customer.redemption.rollback.succeeded": CustomerRedemptionRollbackSucceededActivity.from_dict,
                "customer.order.canceled": CustomerOrderCanceledActivity.from_dict,
                "customer.order.created": CustomerOrderCreatedActivity.from_dict,
                "customer.order.fulfilled": CustomerOrderFulfilledActivity.from_dict,
                "customer.order.paid": CustomerOrderPaidActivity.from_dict,
                "customer.order.processing": CustomerOrderProcessingActivity.from_dict,
                "customer.order.updated": CustomerOrderUpdatedActivity.from_dict,
                "customer.reward_redemptions.created": CustomerRewardRedemptionsCreatedActivity.from_dict,
                "customer.reward_redemptions.pending": CustomerRewardRedemptionsPendingActivity.from_dict,
                "customer.reward_redemptions.completed": CustomerRewardRedemptionsCompletedActivity.from_dict,
                "customer.reward_redemptions.rolledback": CustomerRewardRedemptionsRolledbackActivity.from_dict,
                "customer.loyalty.updated": CustomerLoyaltyUpdatedActivity.from_dict,
                "customer.loyalty.tier.upgraded": CustomerLoyaltyTierUpgradedActivity.from_dict,
                "customer.loyalty.tier.downgraded": CustomerLoyaltyTierDowngradedActivity.from_dict,
                "customer.loyalty.tier.prolonged": CustomerLoyaltyTierProlongedActivity.from_dict,
                "customer.loyalty.tier.expiration.changed": CustomerLoyaltyTierExpirationChangedActivity.from_dict,
                "customer.loyalty.tier.joined": CustomerLoyaltyTierJoinedActivity.from_dict,
                "customer.loyalty.tier.left": CustomerLoyaltyTierLeftActivity.from_dict,
                "customer.holder.assignment.created": CustomerHolderAssignmentCreatedActivity.from_dict,
                "customer.holder.assignment.deleted": CustomerHolderAssignmentDeletedActivity.from_dict,
            }

            def _parse_data_item(
                data: object,
            ) -> (
                CustomerActivecampaignFailedActivity
                | CustomerActivecampaignRecoveredActivity
                | CustomerActivecampaignSentActivity
                | CustomerBatchFailedActivity
                | CustomerBatchRecoveredActivity
                | CustomerBatchSentActivity
                | CustomerBrazeFailedActivity
                | CustomerBrazeRecoveredActivity
                | CustomerBrazeSentActivity
                | CustomerConfirmedActivity
                | CustomerConsentsGivenActivity
                | CustomerConsentsRevokedActivity
                | CustomerCreatedActivity
                | CustomerCustomEventActivity
                | CustomerDeletedActivity
                | CustomerEmailFailedActivity
                | CustomerEmailRecoveredActivity
                | CustomerEmailSentActivity
                | CustomerHolderAssignmentCreatedActivity
                | CustomerHolderAssignmentDeletedActivity
                | CustomerIntercomFailedActivity
                | CustomerIntercomRecoveredActivity
                | CustomerIntercomSentActivity
                | CustomerKlaviyoFailedActivity
                | CustomerKlaviyoRecoveredActivity
                | CustomerKlaviyoSentActivity
                | CustomerLoyaltyTierDowngradedActivity
                | CustomerLoyaltyTierExpirationChangedActivity
                | CustomerLoyaltyTierJoinedActivity
                | CustomerLoyaltyTierLeftActivity
                | CustomerLoyaltyTierProlongedActivity
                | CustomerLoyaltyTierUpgradedActivity
                | CustomerLoyaltyUpdatedActivity
                | CustomerMailchimpFailedActivity
                | CustomerMailchimpRecoveredActivity
                | CustomerMailchimpSentActivity
                | CustomerOrderCanceledActivity
                | CustomerOrderCreatedActivity
                | CustomerOrderFulfilledActivity
                | CustomerOrderPaidActivity
                | CustomerOrderProcessingActivity
                | CustomerOrderUpdatedActivity
                | CustomerPublicationFailedActivity
                | CustomerPublicationSucceededActivity
                | CustomerRedemptionFailedActivity
                | CustomerRedemptionRollbackFailedActivity
                | CustomerRedemptionRollbackSucceededActivity
                | CustomerRedemptionSucceededActivity
                | CustomerReferredActivity
                | CustomerRewardedActivity
                | CustomerRewardedLoyaltyPointsActivity
                | CustomerRewardRedemptionsCompletedActivity
                | CustomerRewardRedemptionsCreatedActivity
                | CustomerRewardRedemptionsPendingActivity
                | CustomerRewardRedemptionsRolledbackActivity
                | CustomerSegmentEnteredActivity
                | CustomerSegmentLeftActivity
                | CustomerShopifyFailedActivity
                | CustomerShopifyRecoveredActivity
                | CustomerShopifySentActivity
                | CustomerSmsFailedActivity
                | CustomerSmsRecoveredActivity
                | CustomerSmsSentActivity
                | CustomerUpdatedActivity
                | CustomerValidationFailedActivity
                | CustomerValidationSucceededActivity
                | CustomerVoucherDeletedActivity
                | CustomerVoucherGiftBalanceAddedActivity
                | CustomerVoucherLoyaltyCardPendingPointsActivatedActivity
                | CustomerVoucherLoyaltyCardPendingPointsAddedActivity
                | CustomerVoucherLoyaltyCardPendingPointsCanceledActivity
                | CustomerVoucherLoyaltyCardPendingPointsUpdatedActivity
                | CustomerVoucherLoyaltyCardPointsActivatedActivity
                | CustomerVoucherLoyaltyCardPointsAddedActivity
                | CustomerVoucherLoyaltyCardPointsExpiredActivity
                | CustomerVoucherLoyaltyCardPointsTransferredActivity
                | UnknownCustomerActivity
            ):
                if not isinstance(data, dict):
                    data = expect_object(data)
                tag = data.get("type")
                if not isinstance(tag, str):
                    raise tag_error("type", data)
                parse = _data_item_variants.get(tag)
                if parse is not None:
                    return parse(data)
                return UnknownCustomerActivity.from_dict(data)

            data = []
            for data_item_data in _data:
                try:
                    data_item = _parse_data_item(data_item_data)

                except DECODE_FAILURES as _failure:
                    data_item = salvage(
                        _failure, _data, data_item_data, UnknownCustomerActivity.from_dict
                    )
                data.append(data_item)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "data", src_dict)

        try:
            has_more = src_dict["has_more"]
            if not isinstance(has_more, bool):
                raise wrong_type("boolean", has_more)
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "has_more", src_dict)

        try:

            def _parse_more_starting_after(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, str):
                    return data
                raise wrong_type("string or null", data)

            more_starting_after = _parse_more_starting_after(
                src_dict.get("more_starting_after", UNSET)
            )
        except DECODE_FAILURES as _failure:
            raise field_error(_failure, "more_starting_after", src_dict)

        customer_activity_list = cls(object_, data_ref, data, has_more, more_starting_after)

        if not src_dict.keys() <= _DECLARED_KEYS:
            customer_activity_list.additional_properties = {
                key: src_dict[key] for key in sorted(src_dict.keys() - _DECLARED_KEYS)
            }
        return customer_activity_list

    @property
    def deviations(self) -> list[Deviation]:
        """What of this page's activities breaks the spec, kept as received (default mode).

        Reads every activity's payload first, so that the list is complete.
        """
        return page_deviations(self.data)

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


from ..models.customer_activecampaign_failed_activity import CustomerActivecampaignFailedActivity  # noqa: E402
from ..models.customer_activecampaign_recovered_activity import (
    CustomerActivecampaignRecoveredActivity,  # noqa: E402
)
from ..models.customer_activecampaign_sent_activity import CustomerActivecampaignSentActivity  # noqa: E402
from ..models.customer_batch_failed_activity import CustomerBatchFailedActivity  # noqa: E402
from ..models.customer_batch_recovered_activity import CustomerBatchRecoveredActivity  # noqa: E402
from ..models.customer_batch_sent_activity import CustomerBatchSentActivity  # noqa: E402
from ..models.customer_braze_failed_activity import CustomerBrazeFailedActivity  # noqa: E402
from ..models.customer_braze_recovered_activity import CustomerBrazeRecoveredActivity  # noqa: E402
from ..models.customer_braze_sent_activity import CustomerBrazeSentActivity  # noqa: E402
from ..models.customer_confirmed_activity import CustomerConfirmedActivity  # noqa: E402
from ..models.customer_consents_given_activity import CustomerConsentsGivenActivity  # noqa: E402
from ..models.customer_consents_revoked_activity import CustomerConsentsRevokedActivity  # noqa: E402
from ..models.customer_created_activity import CustomerCreatedActivity  # noqa: E402
from ..models.customer_custom_event_activity import CustomerCustomEventActivity  # noqa: E402
from ..models.customer_deleted_activity import CustomerDeletedActivity  # noqa: E402
from ..models.customer_email_failed_activity import CustomerEmailFailedActivity  # noqa: E402
from ..models.customer_email_recovered_activity import CustomerEmailRecoveredActivity  # noqa: E402
from ..models.customer_email_sent_activity import CustomerEmailSentActivity  # noqa: E402
from ..models.customer_holder_assignment_created_activity import (
    CustomerHolderAssignmentCreatedActivity,  # noqa: E402
)
from ..models.customer_holder_assignment_deleted_activity import (
    CustomerHolderAssignmentDeletedActivity,  # noqa: E402
)
from ..models.customer_intercom_failed_activity import CustomerIntercomFailedActivity  # noqa: E402
from ..models.customer_intercom_recovered_activity import CustomerIntercomRecoveredActivity  # noqa: E402
from ..models.customer_intercom_sent_activity import CustomerIntercomSentActivity  # noqa: E402
from ..models.customer_klaviyo_failed_activity import CustomerKlaviyoFailedActivity  # noqa: E402
from ..models.customer_klaviyo_recovered_activity import CustomerKlaviyoRecoveredActivity  # noqa: E402
from ..models.customer_klaviyo_sent_activity import CustomerKlaviyoSentActivity  # noqa: E402
from ..models.customer_loyalty_tier_downgraded_activity import CustomerLoyaltyTierDowngradedActivity  # noqa: E402
from ..models.customer_loyalty_tier_expiration_changed_activity import (
    CustomerLoyaltyTierExpirationChangedActivity,  # noqa: E402
)
from ..models.customer_loyalty_tier_joined_activity import CustomerLoyaltyTierJoinedActivity  # noqa: E402
from ..models.customer_loyalty_tier_left_activity import CustomerLoyaltyTierLeftActivity  # noqa: E402
from ..models.customer_loyalty_tier_prolonged_activity import CustomerLoyaltyTierProlongedActivity  # noqa: E402
from ..models.customer_loyalty_tier_upgraded_activity import CustomerLoyaltyTierUpgradedActivity  # noqa: E402
from ..models.customer_loyalty_updated_activity import CustomerLoyaltyUpdatedActivity  # noqa: E402
from ..models.customer_mailchimp_failed_activity import CustomerMailchimpFailedActivity  # noqa: E402
from ..models.customer_mailchimp_recovered_activity import CustomerMailchimpRecoveredActivity  # noqa: E402
from ..models.customer_mailchimp_sent_activity import CustomerMailchimpSentActivity  # noqa: E402
from ..models.customer_order_canceled_activity import CustomerOrderCanceledActivity  # noqa: E402
from ..models.customer_order_created_activity import CustomerOrderCreatedActivity  # noqa: E402
from ..models.customer_order_fulfilled_activity import CustomerOrderFulfilledActivity  # noqa: E402
from ..models.customer_order_paid_activity import CustomerOrderPaidActivity  # noqa: E402
from ..models.customer_order_processing_activity import CustomerOrderProcessingActivity  # noqa: E402
from ..models.customer_order_updated_activity import CustomerOrderUpdatedActivity  # noqa: E402
from ..models.customer_publication_failed_activity import CustomerPublicationFailedActivity  # noqa: E402
from ..models.customer_publication_succeeded_activity import CustomerPublicationSucceededActivity  # noqa: E402
from ..models.customer_redemption_failed_activity import CustomerRedemptionFailedActivity  # noqa: E402
from ..models.customer_redemption_rollback_failed_activity import (
    CustomerRedemptionRollbackFailedActivity,  # noqa: E402
)
from ..models.customer_redemption_rollback_succeeded_activity import (
    CustomerRedemptionRollbackSucceededActivity,  # noqa: E402
)
from ..models.customer_redemption_succeeded_activity import CustomerRedemptionSucceededActivity  # noqa: E402
from ..models.customer_referred_activity import CustomerReferredActivity  # noqa: E402
from ..models.customer_reward_redemptions_completed_activity import (
    CustomerRewardRedemptionsCompletedActivity,  # noqa: E402
)
from ..models.customer_reward_redemptions_created_activity import (
    CustomerRewardRedemptionsCreatedActivity,  # noqa: E402
)
from ..models.customer_reward_redemptions_pending_activity import (
    CustomerRewardRedemptionsPendingActivity,  # noqa: E402
)
from ..models.customer_reward_redemptions_rolledback_activity import (
    CustomerRewardRedemptionsRolledbackActivity,  # noqa: E402
)
from ..models.customer_rewarded_activity import CustomerRewardedActivity  # noqa: E402
from ..models.customer_rewarded_loyalty_points_activity import CustomerRewardedLoyaltyPointsActivity  # noqa: E402
from ..models.customer_segment_entered_activity import CustomerSegmentEnteredActivity  # noqa: E402
from ..models.customer_segment_left_activity import CustomerSegmentLeftActivity  # noqa: E402
from ..models.customer_shopify_failed_activity import CustomerShopifyFailedActivity  # noqa: E402
from ..models.customer_shopify_recovered_activity import CustomerShopifyRecoveredActivity  # noqa: E402
from ..models.customer_shopify_sent_activity import CustomerShopifySentActivity  # noqa: E402
from ..models.customer_sms_failed_activity import CustomerSmsFailedActivity  # noqa: E402
from ..models.customer_sms_recovered_activity import CustomerSmsRecoveredActivity  # noqa: E402
from ..models.customer_sms_sent_activity import CustomerSmsSentActivity  # noqa: E402
from ..models.customer_updated_activity import CustomerUpdatedActivity  # noqa: E402
from ..models.customer_validation_failed_activity import CustomerValidationFailedActivity  # noqa: E402
from ..models.customer_validation_succeeded_activity import CustomerValidationSucceededActivity  # noqa: E402
from ..models.customer_voucher_deleted_activity import CustomerVoucherDeletedActivity  # noqa: E402
from ..models.customer_voucher_gift_balance_added_activity import (
    CustomerVoucherGiftBalanceAddedActivity,  # noqa: E402
)
from ..models.customer_voucher_loyalty_card_pending_points_activated_activity import (
    CustomerVoucherLoyaltyCardPendingPointsActivatedActivity,  # noqa: E402
)
from ..models.customer_voucher_loyalty_card_pending_points_added_activity import (
    CustomerVoucherLoyaltyCardPendingPointsAddedActivity,  # noqa: E402
)
from ..models.customer_voucher_loyalty_card_pending_points_canceled_activity import (
    CustomerVoucherLoyaltyCardPendingPointsCanceledActivity,  # noqa: E402
)
from ..models.customer_voucher_loyalty_card_pending_points_updated_activity import (
    CustomerVoucherLoyaltyCardPendingPointsUpdatedActivity,  # noqa: E402
)
from ..models.customer_voucher_loyalty_card_points_activated_activity import (
    CustomerVoucherLoyaltyCardPointsActivatedActivity,  # noqa: E402
)
from ..models.customer_voucher_loyalty_card_points_added_activity import (
    CustomerVoucherLoyaltyCardPointsAddedActivity,  # noqa: E402
)
from ..models.customer_voucher_loyalty_card_points_expired_activity import (
    CustomerVoucherLoyaltyCardPointsExpiredActivity,  # noqa: E402
)
from ..models.customer_voucher_loyalty_card_points_transferred_activity import (
    CustomerVoucherLoyaltyCardPointsTransferredActivity,  # noqa: E402
)
from ..models.unknown_customer_activity import UnknownCustomerActivity  # noqa: E402
