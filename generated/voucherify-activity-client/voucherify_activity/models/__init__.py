"""Contains all the data models used in inputs/outputs"""

from typing import TypeAlias

from .activity_category import ActivityCategory
from .activity_order import ActivityOrder
from .campaign_type import CampaignType
from .card_definition import CardDefinition
from .card_definition_metadata import CardDefinitionMetadata
from .category import Category
from .consents_event_data import ConsentsEventData
from .consents_event_data_consents import ConsentsEventDataConsents
from .consents_event_envelope import ConsentsEventEnvelope
from .custom_event import CustomEvent
from .custom_event_event_data import CustomEventEventData
from .custom_event_event_envelope import CustomEventEventEnvelope
from .custom_event_loyalty import CustomEventLoyalty
from .custom_event_loyalty_credit import CustomEventLoyaltyCredit
from .custom_event_metadata import CustomEventMetadata
from .custom_event_referral import CustomEventReferral
from .custom_event_referral_credit import CustomEventReferralCredit
from .custom_event_schema import CustomEventSchema
from .customer import Customer
from .customer_activecampaign_failed_activity import CustomerActivecampaignFailedActivity
from .customer_activecampaign_recovered_activity import CustomerActivecampaignRecoveredActivity
from .customer_activecampaign_sent_activity import CustomerActivecampaignSentActivity
from .customer_activity_base import CustomerActivityBase
from .customer_activity_list import CustomerActivityList
from .customer_activity_type import CustomerActivityType
from .customer_address import CustomerAddress
from .customer_assets import CustomerAssets
from .customer_batch_failed_activity import CustomerBatchFailedActivity
from .customer_batch_recovered_activity import CustomerBatchRecoveredActivity
from .customer_batch_sent_activity import CustomerBatchSentActivity
from .customer_braze_failed_activity import CustomerBrazeFailedActivity
from .customer_braze_recovered_activity import CustomerBrazeRecoveredActivity
from .customer_braze_sent_activity import CustomerBrazeSentActivity
from .customer_confirmed_activity import CustomerConfirmedActivity
from .customer_confirmed_envelope import CustomerConfirmedEnvelope
from .customer_confirmed_event_data import CustomerConfirmedEventData
from .customer_confirmed_event_data_unconfirmed_customer import (
    CustomerConfirmedEventDataUnconfirmedCustomer,
)
from .customer_consents_given_activity import CustomerConsentsGivenActivity
from .customer_consents_revoked_activity import CustomerConsentsRevokedActivity
from .customer_created_activity import CustomerCreatedActivity
from .customer_custom_event_activity import CustomerCustomEventActivity
from .customer_deleted_activity import CustomerDeletedActivity
from .customer_email_failed_activity import CustomerEmailFailedActivity
from .customer_email_recovered_activity import CustomerEmailRecoveredActivity
from .customer_email_sent_activity import CustomerEmailSentActivity
from .customer_event_data import CustomerEventData
from .customer_event_envelope import CustomerEventEnvelope
from .customer_holder_assignment_created_activity import CustomerHolderAssignmentCreatedActivity
from .customer_holder_assignment_deleted_activity import CustomerHolderAssignmentDeletedActivity
from .customer_intercom_failed_activity import CustomerIntercomFailedActivity
from .customer_intercom_recovered_activity import CustomerIntercomRecoveredActivity
from .customer_intercom_sent_activity import CustomerIntercomSentActivity
from .customer_klaviyo_failed_activity import CustomerKlaviyoFailedActivity
from .customer_klaviyo_recovered_activity import CustomerKlaviyoRecoveredActivity
from .customer_klaviyo_sent_activity import CustomerKlaviyoSentActivity
from .customer_loyalty import CustomerLoyalty
from .customer_loyalty_campaigns import CustomerLoyaltyCampaigns
from .customer_loyalty_campaigns_additional_property import (
    CustomerLoyaltyCampaignsAdditionalProperty,
)
from .customer_loyalty_tier_downgraded_activity import CustomerLoyaltyTierDowngradedActivity
from .customer_loyalty_tier_expiration_changed_activity import (
    CustomerLoyaltyTierExpirationChangedActivity,
)
from .customer_loyalty_tier_joined_activity import CustomerLoyaltyTierJoinedActivity
from .customer_loyalty_tier_left_activity import CustomerLoyaltyTierLeftActivity
from .customer_loyalty_tier_prolonged_activity import CustomerLoyaltyTierProlongedActivity
from .customer_loyalty_tier_upgraded_activity import CustomerLoyaltyTierUpgradedActivity
from .customer_loyalty_updated_activity import CustomerLoyaltyUpdatedActivity
from .customer_mailchimp_failed_activity import CustomerMailchimpFailedActivity
from .customer_mailchimp_recovered_activity import CustomerMailchimpRecoveredActivity
from .customer_mailchimp_sent_activity import CustomerMailchimpSentActivity
from .customer_metadata import CustomerMetadata
from .customer_order_canceled_activity import CustomerOrderCanceledActivity
from .customer_order_created_activity import CustomerOrderCreatedActivity
from .customer_order_fulfilled_activity import CustomerOrderFulfilledActivity
from .customer_order_paid_activity import CustomerOrderPaidActivity
from .customer_order_processing_activity import CustomerOrderProcessingActivity
from .customer_order_updated_activity import CustomerOrderUpdatedActivity
from .customer_publication_failed_activity import CustomerPublicationFailedActivity
from .customer_publication_succeeded_activity import CustomerPublicationSucceededActivity
from .customer_redemption_failed_activity import CustomerRedemptionFailedActivity
from .customer_redemption_rollback_failed_activity import CustomerRedemptionRollbackFailedActivity
from .customer_redemption_rollback_succeeded_activity import (
    CustomerRedemptionRollbackSucceededActivity,
)
from .customer_redemption_succeeded_activity import CustomerRedemptionSucceededActivity
from .customer_reference import CustomerReference
from .customer_referrals import CustomerReferrals
from .customer_referrals_campaigns_item import CustomerReferralsCampaignsItem
from .customer_referred_activity import CustomerReferredActivity
from .customer_referred_event_data import CustomerReferredEventData
from .customer_referred_event_envelope import CustomerReferredEventEnvelope
from .customer_reward_redemptions_completed_activity import (
    CustomerRewardRedemptionsCompletedActivity,
)
from .customer_reward_redemptions_created_activity import CustomerRewardRedemptionsCreatedActivity
from .customer_reward_redemptions_pending_activity import CustomerRewardRedemptionsPendingActivity
from .customer_reward_redemptions_rolledback_activity import (
    CustomerRewardRedemptionsRolledbackActivity,
)
from .customer_rewarded_activity import CustomerRewardedActivity
from .customer_rewarded_loyalty_points_activity import CustomerRewardedLoyaltyPointsActivity
from .customer_segment_entered_activity import CustomerSegmentEnteredActivity
from .customer_segment_left_activity import CustomerSegmentLeftActivity
from .customer_shopify_failed_activity import CustomerShopifyFailedActivity
from .customer_shopify_recovered_activity import CustomerShopifyRecoveredActivity
from .customer_shopify_sent_activity import CustomerShopifySentActivity
from .customer_sms_failed_activity import CustomerSmsFailedActivity
from .customer_sms_recovered_activity import CustomerSmsRecoveredActivity
from .customer_sms_sent_activity import CustomerSmsSentActivity
from .customer_summary import CustomerSummary
from .customer_summary_orders import CustomerSummaryOrders
from .customer_summary_redemptions import CustomerSummaryRedemptions
from .customer_summary_redemptions_gift import CustomerSummaryRedemptionsGift
from .customer_summary_redemptions_loyalty_card import CustomerSummaryRedemptionsLoyaltyCard
from .customer_system_metadata import CustomerSystemMetadata
from .customer_system_metadata_consents import CustomerSystemMetadataConsents
from .customer_system_metadata_consents_additional_property import (
    CustomerSystemMetadataConsentsAdditionalProperty,
)
from .customer_updated_activity import CustomerUpdatedActivity
from .customer_validation_failed_activity import CustomerValidationFailedActivity
from .customer_validation_succeeded_activity import CustomerValidationSucceededActivity
from .customer_voucher_deleted_activity import CustomerVoucherDeletedActivity
from .customer_voucher_gift_balance_added_activity import CustomerVoucherGiftBalanceAddedActivity
from .customer_voucher_loyalty_card_pending_points_activated_activity import (
    CustomerVoucherLoyaltyCardPendingPointsActivatedActivity,
)
from .customer_voucher_loyalty_card_pending_points_added_activity import (
    CustomerVoucherLoyaltyCardPendingPointsAddedActivity,
)
from .customer_voucher_loyalty_card_pending_points_canceled_activity import (
    CustomerVoucherLoyaltyCardPendingPointsCanceledActivity,
)
from .customer_voucher_loyalty_card_pending_points_updated_activity import (
    CustomerVoucherLoyaltyCardPendingPointsUpdatedActivity,
)
from .customer_voucher_loyalty_card_points_activated_activity import (
    CustomerVoucherLoyaltyCardPointsActivatedActivity,
)
from .customer_voucher_loyalty_card_points_added_activity import (
    CustomerVoucherLoyaltyCardPointsAddedActivity,
)
from .customer_voucher_loyalty_card_points_expired_activity import (
    CustomerVoucherLoyaltyCardPointsExpiredActivity,
)
from .customer_voucher_loyalty_card_points_transferred_activity import (
    CustomerVoucherLoyaltyCardPointsTransferredActivity,
)
from .discount import Discount
from .discount_type import DiscountType
from .earning_rule import EarningRule
from .earning_rule_custom_event import EarningRuleCustomEvent
from .earning_rule_loyalty import EarningRuleLoyalty
from .earning_rule_loyalty_tier import EarningRuleLoyaltyTier
from .earning_rule_metadata import EarningRuleMetadata
from .earning_rule_segment import EarningRuleSegment
from .earning_rule_source import EarningRuleSource
from .earning_rule_v2 import EarningRuleV2
from .earning_rule_v2_metadata import EarningRuleV2Metadata
from .error import Error
from .event_source import EventSource
from .event_source_api_key import EventSourceApiKey
from .event_source_channel import EventSourceChannel
from .event_source_user import EventSourceUser
from .gift import Gift
from .gift_effect import GiftEffect
from .holder_assignment_event_data import HolderAssignmentEventData
from .holder_assignment_event_envelope import HolderAssignmentEventEnvelope
from .loyalty_pending_points import LoyaltyPendingPoints
from .loyalty_pending_points_details import LoyaltyPendingPointsDetails
from .loyalty_points_bucket import LoyaltyPointsBucket
from .loyalty_points_bucket_bucket import LoyaltyPointsBucketBucket
from .loyalty_tier import LoyaltyTier
from .loyalty_tier_config import LoyaltyTierConfig
from .loyalty_tier_earning_rules import LoyaltyTierEarningRules
from .loyalty_tier_earning_rules_additional_property import (
    LoyaltyTierEarningRulesAdditionalProperty,
)
from .loyalty_tier_event_data import LoyaltyTierEventData
from .loyalty_tier_event_envelope import LoyaltyTierEventEnvelope
from .loyalty_tier_expiration import LoyaltyTierExpiration
from .loyalty_tier_metadata import LoyaltyTierMetadata
from .loyalty_tier_rewards import LoyaltyTierRewards
from .loyalty_tier_rewards_additional_property import LoyaltyTierRewardsAdditionalProperty
from .loyalty_updated_event_data import LoyaltyUpdatedEventData
from .loyalty_updated_event_data_loyalty import LoyaltyUpdatedEventDataLoyalty
from .loyalty_updated_event_envelope import LoyaltyUpdatedEventEnvelope
from .messaging_event_data import MessagingEventData
from .messaging_event_data_distribution import MessagingEventDataDistribution
from .messaging_event_envelope import MessagingEventEnvelope
from .open_event_envelope import OpenEventEnvelope
from .open_event_envelope_data import OpenEventEnvelopeData
from .order import Order
from .order_event_data import OrderEventData
from .order_event_envelope import OrderEventEnvelope
from .order_item import OrderItem
from .order_item_metadata import OrderItemMetadata
from .order_item_product import OrderItemProduct
from .order_item_related_object import OrderItemRelatedObject
from .order_item_sku import OrderItemSku
from .order_metadata import OrderMetadata
from .order_redemptions import OrderRedemptions
from .order_redemptions_additional_property import OrderRedemptionsAdditionalProperty
from .order_status import OrderStatus
from .pending_points_event_data import PendingPointsEventData
from .pending_points_event_envelope import PendingPointsEventEnvelope
from .points_expired_event_data import PointsExpiredEventData
from .points_expired_event_envelope import PointsExpiredEventEnvelope
from .points_range import PointsRange
from .program import Program
from .program_activated_activity import ProgramActivatedActivity
from .program_activity_base import ProgramActivityBase
from .program_activity_date_filter import ProgramActivityDateFilter
from .program_activity_date_filter_conditions import ProgramActivityDateFilterConditions
from .program_activity_filters import ProgramActivityFilters
from .program_activity_filters_junction import ProgramActivityFiltersJunction
from .program_activity_id_filter import ProgramActivityIdFilter
from .program_activity_id_filter_conditions import ProgramActivityIdFilterConditions
from .program_activity_list import ProgramActivityList
from .program_activity_source import ProgramActivitySource
from .program_activity_source_channel import ProgramActivitySourceChannel
from .program_activity_type import ProgramActivityType
from .program_activity_type_filter import ProgramActivityTypeFilter
from .program_activity_type_filter_conditions import ProgramActivityTypeFilterConditions
from .program_assignment import ProgramAssignment
from .program_card_definition_assigned_activity import ProgramCardDefinitionAssignedActivity
from .program_card_definition_event_data import ProgramCardDefinitionEventData
from .program_card_definition_unassigned_activity import ProgramCardDefinitionUnassignedActivity
from .program_created_activity import ProgramCreatedActivity
from .program_deactivated_activity import ProgramDeactivatedActivity
from .program_deleted_activity import ProgramDeletedActivity
from .program_earning_rule_assigned_activity import ProgramEarningRuleAssignedActivity
from .program_earning_rule_event_data import ProgramEarningRuleEventData
from .program_earning_rule_unassigned_activity import ProgramEarningRuleUnassignedActivity
from .program_event_data import ProgramEventData
from .program_list_cursor import ProgramListCursor
from .program_metadata import ProgramMetadata
from .program_reward_assigned_activity import ProgramRewardAssignedActivity
from .program_reward_event_data import ProgramRewardEventData
from .program_reward_unassigned_activity import ProgramRewardUnassignedActivity
from .program_reward_updated_activity import ProgramRewardUpdatedActivity
from .program_reward_updated_event_data import ProgramRewardUpdatedEventData
from .program_tier_structure_assigned_activity import ProgramTierStructureAssignedActivity
from .program_tier_structure_event_data import ProgramTierStructureEventData
from .program_tier_structure_unassigned_activity import ProgramTierStructureUnassignedActivity
from .program_updated_activity import ProgramUpdatedActivity
from .promotion_stack import PromotionStack
from .promotion_stack_campaign import PromotionStackCampaign
from .promotion_stack_tiers import PromotionStackTiers
from .publication import Publication
from .publication_event_data import PublicationEventData
from .publication_event_envelope import PublicationEventEnvelope
from .publication_metadata import PublicationMetadata
from .publication_result import PublicationResult
from .redeemable_holder import RedeemableHolder
from .redeemable_holder_holder_role import RedeemableHolderHolderRole
from .redeemable_reference import RedeemableReference
from .redeemable_reference_type import RedeemableReferenceType
from .redemption_event_data import RedemptionEventData
from .redemption_event_envelope import RedemptionEventEnvelope
from .redemption_rollback_event_data import RedemptionRollbackEventData
from .redemption_rollback_event_envelope import RedemptionRollbackEventEnvelope
from .redemption_status import RedemptionStatus
from .referral_tier import ReferralTier
from .referral_tier_parameters import ReferralTierParameters
from .resource_reference import ResourceReference
from .reward import Reward
from .reward_assignment import RewardAssignment
from .reward_assignment_parameters import RewardAssignmentParameters
from .reward_assignment_parameters_loyalty import RewardAssignmentParametersLoyalty
from .reward_metadata import RewardMetadata
from .reward_parameters import RewardParameters
from .reward_product import RewardProduct
from .reward_redemption_event_data import RewardRedemptionEventData
from .reward_redemption_event_data_reward_redemption import (
    RewardRedemptionEventDataRewardRedemption,
)
from .reward_redemption_event_envelope import RewardRedemptionEventEnvelope
from .reward_redemption_source import RewardRedemptionSource
from .reward_sku import RewardSku
from .reward_type import RewardType
from .reward_v2 import RewardV2
from .reward_v2_metadata import RewardV2Metadata
from .rewarded_balance import RewardedBalance
from .rewarded_customer_event import RewardedCustomerEvent
from .rewarded_event_data import RewardedEventData
from .rewarded_event_envelope import RewardedEventEnvelope
from .rewarded_loyalty_points_event_data import RewardedLoyaltyPointsEventData
from .rewarded_loyalty_points_event_envelope import RewardedLoyaltyPointsEventEnvelope
from .segment import Segment
from .segment_event_data import SegmentEventData
from .segment_event_envelope import SegmentEventEnvelope
from .simple_campaign import SimpleCampaign
from .simple_campaign_metadata import SimpleCampaignMetadata
from .simple_campaign_referral_program import SimpleCampaignReferralProgram
from .simple_campaign_type import SimpleCampaignType
from .simple_campaign_voucher import SimpleCampaignVoucher
from .simple_customer import SimpleCustomer
from .simple_customer_metadata import SimpleCustomerMetadata
from .simple_event import SimpleEvent
from .simple_loyalty_card import SimpleLoyaltyCard
from .simple_order import SimpleOrder
from .simple_order_metadata import SimpleOrderMetadata
from .simple_promotion_tier import SimplePromotionTier
from .simple_promotion_tier_campaign import SimplePromotionTierCampaign
from .simple_promotion_tier_metadata import SimplePromotionTierMetadata
from .simple_redemption import SimpleRedemption
from .simple_redemption_channel import SimpleRedemptionChannel
from .simple_redemption_channel_channel_type import SimpleRedemptionChannelChannelType
from .simple_redemption_metadata import SimpleRedemptionMetadata
from .simple_redemption_object import SimpleRedemptionObject
from .simple_redemption_result import SimpleRedemptionResult
from .simple_voucher import SimpleVoucher
from .simple_voucher_metadata import SimpleVoucherMetadata
from .simple_voucher_redemption import SimpleVoucherRedemption
from .tier_structure import TierStructure
from .tier_structure_metadata import TierStructureMetadata
from .unknown_customer_activity import UnknownCustomerActivity
from .unknown_customer_activity_data import UnknownCustomerActivityData
from .unknown_program_activity import UnknownProgramActivity
from .unknown_program_activity_data import UnknownProgramActivityData
from .validation import Validation
from .validation_event_data import ValidationEventData
from .validation_event_envelope import ValidationEventEnvelope
from .validation_status import ValidationStatus
from .voucher_balance import VoucherBalance
from .voucher_balance_operation_type import VoucherBalanceOperationType
from .voucher_balance_related_object import VoucherBalanceRelatedObject
from .voucher_balance_type import VoucherBalanceType
from .voucher_event_data import VoucherEventData
from .voucher_event_envelope import VoucherEventEnvelope
from .voucher_transaction import VoucherTransaction
from .voucher_transaction_details import VoucherTransactionDetails
from .voucher_transaction_event_data import VoucherTransactionEventData
from .voucher_transaction_event_envelope import VoucherTransactionEventEnvelope
from .voucher_type import VoucherType

CustomerActivity: TypeAlias = (
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
)
"""A customer activity; `type` decides the schema of `data.data`."""

ProgramActivity: TypeAlias = (
    ProgramActivatedActivity
    | ProgramCardDefinitionAssignedActivity
    | ProgramCardDefinitionUnassignedActivity
    | ProgramCreatedActivity
    | ProgramDeactivatedActivity
    | ProgramDeletedActivity
    | ProgramEarningRuleAssignedActivity
    | ProgramEarningRuleUnassignedActivity
    | ProgramRewardAssignedActivity
    | ProgramRewardUnassignedActivity
    | ProgramRewardUpdatedActivity
    | ProgramTierStructureAssignedActivity
    | ProgramTierStructureUnassignedActivity
    | ProgramUpdatedActivity
    | UnknownProgramActivity
)
"""A loyalty program activity; `type` decides the schema of `data`."""

__all__ = (
    "ActivityCategory",
    "ActivityOrder",
    "CampaignType",
    "CardDefinition",
    "CardDefinitionMetadata",
    "Category",
    "ConsentsEventData",
    "ConsentsEventDataConsents",
    "ConsentsEventEnvelope",
    "Customer",
    "CustomerActivecampaignFailedActivity",
    "CustomerActivecampaignRecoveredActivity",
    "CustomerActivecampaignSentActivity",
    "CustomerActivity",
    "CustomerActivityBase",
    "CustomerActivityList",
    "CustomerActivityType",
    "CustomerAddress",
    "CustomerAssets",
    "CustomerBatchFailedActivity",
    "CustomerBatchRecoveredActivity",
    "CustomerBatchSentActivity",
    "CustomerBrazeFailedActivity",
    "CustomerBrazeRecoveredActivity",
    "CustomerBrazeSentActivity",
    "CustomerConfirmedActivity",
    "CustomerConfirmedEnvelope",
    "CustomerConfirmedEventData",
    "CustomerConfirmedEventDataUnconfirmedCustomer",
    "CustomerConsentsGivenActivity",
    "CustomerConsentsRevokedActivity",
    "CustomerCreatedActivity",
    "CustomerCustomEventActivity",
    "CustomerDeletedActivity",
    "CustomerEmailFailedActivity",
    "CustomerEmailRecoveredActivity",
    "CustomerEmailSentActivity",
    "CustomerEventData",
    "CustomerEventEnvelope",
    "CustomerHolderAssignmentCreatedActivity",
    "CustomerHolderAssignmentDeletedActivity",
    "CustomerIntercomFailedActivity",
    "CustomerIntercomRecoveredActivity",
    "CustomerIntercomSentActivity",
    "CustomerKlaviyoFailedActivity",
    "CustomerKlaviyoRecoveredActivity",
    "CustomerKlaviyoSentActivity",
    "CustomerLoyalty",
    "CustomerLoyaltyCampaigns",
    "CustomerLoyaltyCampaignsAdditionalProperty",
    "CustomerLoyaltyTierDowngradedActivity",
    "CustomerLoyaltyTierExpirationChangedActivity",
    "CustomerLoyaltyTierJoinedActivity",
    "CustomerLoyaltyTierLeftActivity",
    "CustomerLoyaltyTierProlongedActivity",
    "CustomerLoyaltyTierUpgradedActivity",
    "CustomerLoyaltyUpdatedActivity",
    "CustomerMailchimpFailedActivity",
    "CustomerMailchimpRecoveredActivity",
    "CustomerMailchimpSentActivity",
    "CustomerMetadata",
    "CustomerOrderCanceledActivity",
    "CustomerOrderCreatedActivity",
    "CustomerOrderFulfilledActivity",
    "CustomerOrderPaidActivity",
    "CustomerOrderProcessingActivity",
    "CustomerOrderUpdatedActivity",
    "CustomerPublicationFailedActivity",
    "CustomerPublicationSucceededActivity",
    "CustomerRedemptionFailedActivity",
    "CustomerRedemptionRollbackFailedActivity",
    "CustomerRedemptionRollbackSucceededActivity",
    "CustomerRedemptionSucceededActivity",
    "CustomerReference",
    "CustomerReferrals",
    "CustomerReferralsCampaignsItem",
    "CustomerReferredActivity",
    "CustomerReferredEventData",
    "CustomerReferredEventEnvelope",
    "CustomerRewardedActivity",
    "CustomerRewardedLoyaltyPointsActivity",
    "CustomerRewardRedemptionsCompletedActivity",
    "CustomerRewardRedemptionsCreatedActivity",
    "CustomerRewardRedemptionsPendingActivity",
    "CustomerRewardRedemptionsRolledbackActivity",
    "CustomerSegmentEnteredActivity",
    "CustomerSegmentLeftActivity",
    "CustomerShopifyFailedActivity",
    "CustomerShopifyRecoveredActivity",
    "CustomerShopifySentActivity",
    "CustomerSmsFailedActivity",
    "CustomerSmsRecoveredActivity",
    "CustomerSmsSentActivity",
    "CustomerSummary",
    "CustomerSummaryOrders",
    "CustomerSummaryRedemptions",
    "CustomerSummaryRedemptionsGift",
    "CustomerSummaryRedemptionsLoyaltyCard",
    "CustomerSystemMetadata",
    "CustomerSystemMetadataConsents",
    "CustomerSystemMetadataConsentsAdditionalProperty",
    "CustomerUpdatedActivity",
    "CustomerValidationFailedActivity",
    "CustomerValidationSucceededActivity",
    "CustomerVoucherDeletedActivity",
    "CustomerVoucherGiftBalanceAddedActivity",
    "CustomerVoucherLoyaltyCardPendingPointsActivatedActivity",
    "CustomerVoucherLoyaltyCardPendingPointsAddedActivity",
    "CustomerVoucherLoyaltyCardPendingPointsCanceledActivity",
    "CustomerVoucherLoyaltyCardPendingPointsUpdatedActivity",
    "CustomerVoucherLoyaltyCardPointsActivatedActivity",
    "CustomerVoucherLoyaltyCardPointsAddedActivity",
    "CustomerVoucherLoyaltyCardPointsExpiredActivity",
    "CustomerVoucherLoyaltyCardPointsTransferredActivity",
    "CustomEvent",
    "CustomEventEventData",
    "CustomEventEventEnvelope",
    "CustomEventLoyalty",
    "CustomEventLoyaltyCredit",
    "CustomEventMetadata",
    "CustomEventReferral",
    "CustomEventReferralCredit",
    "CustomEventSchema",
    "Discount",
    "DiscountType",
    "EarningRule",
    "EarningRuleCustomEvent",
    "EarningRuleLoyalty",
    "EarningRuleLoyaltyTier",
    "EarningRuleMetadata",
    "EarningRuleSegment",
    "EarningRuleSource",
    "EarningRuleV2",
    "EarningRuleV2Metadata",
    "Error",
    "EventSource",
    "EventSourceApiKey",
    "EventSourceChannel",
    "EventSourceUser",
    "Gift",
    "GiftEffect",
    "HolderAssignmentEventData",
    "HolderAssignmentEventEnvelope",
    "LoyaltyPendingPoints",
    "LoyaltyPendingPointsDetails",
    "LoyaltyPointsBucket",
    "LoyaltyPointsBucketBucket",
    "LoyaltyTier",
    "LoyaltyTierConfig",
    "LoyaltyTierEarningRules",
    "LoyaltyTierEarningRulesAdditionalProperty",
    "LoyaltyTierEventData",
    "LoyaltyTierEventEnvelope",
    "LoyaltyTierExpiration",
    "LoyaltyTierMetadata",
    "LoyaltyTierRewards",
    "LoyaltyTierRewardsAdditionalProperty",
    "LoyaltyUpdatedEventData",
    "LoyaltyUpdatedEventDataLoyalty",
    "LoyaltyUpdatedEventEnvelope",
    "MessagingEventData",
    "MessagingEventDataDistribution",
    "MessagingEventEnvelope",
    "OpenEventEnvelope",
    "OpenEventEnvelopeData",
    "Order",
    "OrderEventData",
    "OrderEventEnvelope",
    "OrderItem",
    "OrderItemMetadata",
    "OrderItemProduct",
    "OrderItemRelatedObject",
    "OrderItemSku",
    "OrderMetadata",
    "OrderRedemptions",
    "OrderRedemptionsAdditionalProperty",
    "OrderStatus",
    "PendingPointsEventData",
    "PendingPointsEventEnvelope",
    "PointsExpiredEventData",
    "PointsExpiredEventEnvelope",
    "PointsRange",
    "Program",
    "ProgramActivatedActivity",
    "ProgramActivity",
    "ProgramActivityBase",
    "ProgramActivityDateFilter",
    "ProgramActivityDateFilterConditions",
    "ProgramActivityFilters",
    "ProgramActivityFiltersJunction",
    "ProgramActivityIdFilter",
    "ProgramActivityIdFilterConditions",
    "ProgramActivityList",
    "ProgramActivitySource",
    "ProgramActivitySourceChannel",
    "ProgramActivityType",
    "ProgramActivityTypeFilter",
    "ProgramActivityTypeFilterConditions",
    "ProgramAssignment",
    "ProgramCardDefinitionAssignedActivity",
    "ProgramCardDefinitionEventData",
    "ProgramCardDefinitionUnassignedActivity",
    "ProgramCreatedActivity",
    "ProgramDeactivatedActivity",
    "ProgramDeletedActivity",
    "ProgramEarningRuleAssignedActivity",
    "ProgramEarningRuleEventData",
    "ProgramEarningRuleUnassignedActivity",
    "ProgramEventData",
    "ProgramListCursor",
    "ProgramMetadata",
    "ProgramRewardAssignedActivity",
    "ProgramRewardEventData",
    "ProgramRewardUnassignedActivity",
    "ProgramRewardUpdatedActivity",
    "ProgramRewardUpdatedEventData",
    "ProgramTierStructureAssignedActivity",
    "ProgramTierStructureEventData",
    "ProgramTierStructureUnassignedActivity",
    "ProgramUpdatedActivity",
    "PromotionStack",
    "PromotionStackCampaign",
    "PromotionStackTiers",
    "Publication",
    "PublicationEventData",
    "PublicationEventEnvelope",
    "PublicationMetadata",
    "PublicationResult",
    "RedeemableHolder",
    "RedeemableHolderHolderRole",
    "RedeemableReference",
    "RedeemableReferenceType",
    "RedemptionEventData",
    "RedemptionEventEnvelope",
    "RedemptionRollbackEventData",
    "RedemptionRollbackEventEnvelope",
    "RedemptionStatus",
    "ReferralTier",
    "ReferralTierParameters",
    "ResourceReference",
    "Reward",
    "RewardAssignment",
    "RewardAssignmentParameters",
    "RewardAssignmentParametersLoyalty",
    "RewardedBalance",
    "RewardedCustomerEvent",
    "RewardedEventData",
    "RewardedEventEnvelope",
    "RewardedLoyaltyPointsEventData",
    "RewardedLoyaltyPointsEventEnvelope",
    "RewardMetadata",
    "RewardParameters",
    "RewardProduct",
    "RewardRedemptionEventData",
    "RewardRedemptionEventDataRewardRedemption",
    "RewardRedemptionEventEnvelope",
    "RewardRedemptionSource",
    "RewardSku",
    "RewardType",
    "RewardV2",
    "RewardV2Metadata",
    "Segment",
    "SegmentEventData",
    "SegmentEventEnvelope",
    "SimpleCampaign",
    "SimpleCampaignMetadata",
    "SimpleCampaignReferralProgram",
    "SimpleCampaignType",
    "SimpleCampaignVoucher",
    "SimpleCustomer",
    "SimpleCustomerMetadata",
    "SimpleEvent",
    "SimpleLoyaltyCard",
    "SimpleOrder",
    "SimpleOrderMetadata",
    "SimplePromotionTier",
    "SimplePromotionTierCampaign",
    "SimplePromotionTierMetadata",
    "SimpleRedemption",
    "SimpleRedemptionChannel",
    "SimpleRedemptionChannelChannelType",
    "SimpleRedemptionMetadata",
    "SimpleRedemptionObject",
    "SimpleRedemptionResult",
    "SimpleVoucher",
    "SimpleVoucherMetadata",
    "SimpleVoucherRedemption",
    "TierStructure",
    "TierStructureMetadata",
    "UnknownCustomerActivity",
    "UnknownCustomerActivityData",
    "UnknownProgramActivity",
    "UnknownProgramActivityData",
    "Validation",
    "ValidationEventData",
    "ValidationEventEnvelope",
    "ValidationStatus",
    "VoucherBalance",
    "VoucherBalanceOperationType",
    "VoucherBalanceRelatedObject",
    "VoucherBalanceType",
    "VoucherEventData",
    "VoucherEventEnvelope",
    "VoucherTransaction",
    "VoucherTransactionDetails",
    "VoucherTransactionEventData",
    "VoucherTransactionEventEnvelope",
    "VoucherType",
)
