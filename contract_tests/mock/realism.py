"""How far the mock's data strays from the tidy shape the spec documents, the way Voucherify's does.

Real payloads leave optional parts out, send `null` for documented leaves and objects, carry
fields no schema declares, write some date-times without milliseconds, integers into number
fields and `{}` as metadata. The synthesizer draws each of those decisions from the activity's
seeded RNG at the rates below, so the variation is as deterministic as the rest of the data.

Structural rates (omit, null, extra) never touch what the mock guarantees: required properties,
the `id` / `object` of a present object and every reference to the activity's related campaign
(see `Prop.kept` in `plan`).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Realism:
    omit: float = 0.2  # an optional property is left out
    null: float = 0.15  # a nullable property (or array item) is null
    extra: float = 0.1  # an object plan's undocumented field (see `extras`) is shown
    whole_seconds: float = 0.25  # a date-time is written without milliseconds
    integral: float = 0.3  # a `number` is written as an integer when its bounds allow
    empty_metadata: float = 0.15  # a metadata object is `{}`
    empty_array: float = 0.1  # an array without `minItems` is `[]`
    # A `oneOf` picks among the branches that show the activity's entities, when some do (a
    # referral record rather than a bare campaign name): the builder's second draw of an
    # activity that would hide its related campaign.
    entity_branches: bool = False

    def values_only(self) -> Realism:
        """The same value variation, no structural one (memoized entity snapshots are drawn
        clean once, then varied per activity)."""
        return dataclasses.replace(self, omit=0.0, null=0.0, extra=0.0, empty_array=0.0)

    def showing_entities(self) -> Realism:
        """No structural variation, and entity-bound `oneOf` branches first."""
        return dataclasses.replace(self.values_only(), entity_branches=True)


DEFAULT = Realism()
# The documented shape, fully filled in: what the mock served before it was made realistic.
STRICT = Realism(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, entity_branches=False)

# Properties a present object always keeps, whatever its schema says is optional.
KEPT_NAMES = frozenset({"id", "object"})


def whole_seconds_iso(iso_with_millis: str) -> str:
    """`2023-12-22T10:13:06.487Z` -> `2023-12-22T10:13:06Z`: the instant truncated to its second."""
    return iso_with_millis[:19] + "Z"
