"""Which synthesized values come from the activity's entities instead of being made up.

Cross-field consistency lives here: a `customer` object in any payload shows the feed's customer,
a `campaign_id` anywhere is the activity's related campaign (the one the v1 campaign filters match
on), a `program` object in a v2 payload is the feed's program. Bindings are by property name,
then by the `object` const of an object schema; a value is only used when the property's schema
accepts it, so a binding can never make the data invalid.
"""

from __future__ import annotations

# Root of every activity: the builder's own fields (id, type, created_at, group_id, program_id).
ACTIVITY = "activity"
CUSTOMER = "customer"
REFERRER = "referrer"
CAMPAIGN = "campaign"
VOUCHER = "voucher"
PROGRAM = "program"

# Object- or id-valued properties standing for a whole entity.
ENTITY_BY_PROPERTY = {
    "customer": CUSTOMER,
    "holder": CUSTOMER,
    "referee": CUSTOMER,
    "referrer": REFERRER,
    "campaign": CAMPAIGN,
    "voucher": VOUCHER,
    "program": PROGRAM,
    "loyalty_program": PROGRAM,
}

# Object schemas whose `object` const names an entity kind, whatever the property is called.
ENTITY_BY_OBJECT_CONST = {
    "customer": CUSTOMER,
    "campaign": CAMPAIGN,
    "voucher": VOUCHER,
    "loyalty_program": PROGRAM,
    "program": PROGRAM,
}

# Scalar properties copied from one field of an entity, wherever they appear.
LEAF_BINDINGS = {
    "customer_id": (CUSTOMER, "id"),
    "holder_id": (CUSTOMER, "id"),
    "referrer_id": (REFERRER, "id"),
    "campaign_id": (CAMPAIGN, "id"),
    "campaign_name": (CAMPAIGN, "name"),
    "campaign_type": (CAMPAIGN, "campaign_type"),
    "voucher_id": (VOUCHER, "id"),
    "voucher_code": (VOUCHER, "code"),
    "program_id": (PROGRAM, "id"),
}

# Entities whose presence in a payload means "this activity relates to a campaign".
CAMPAIGN_BEARING = frozenset({CAMPAIGN, VOUCHER})
