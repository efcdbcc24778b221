"""Spec patch proposals: the smallest edit per absorbable finding, never one to the strict part.

Proposals are made on the real spec from sample activities (the spec's own examples, changed the
way Voucherify could change them); every patch is checked with `git apply --check` in a temporary
git repository and read back as YAML.
"""

from __future__ import annotations

import copy
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from contract_tests.drift.patch import SPEC_RELATIVE, build
from contract_tests.drift.proposals import (
    AddProperty,
    DropRequired,
    Edit,
    Proposal,
    WidenType,
    propose,
)
from contract_tests.drift.records import DriftRecord
from contract_tests.drift.subject import FIELD_CHECK, Subject
from contract_tests.drift.yaml_text import Document, EditError, apply, drop_required, widen_type
from contract_tests.spec import SPEC_PATH, Feed, Spec

SCHEMAS = "/components/schemas/"


@pytest.fixture(scope="module")
def spec() -> Spec:
    return Spec.load()


@pytest.fixture(scope="module")
def text() -> str:
    return SPEC_PATH.read_text(encoding="utf-8")


def _activity(spec: Spec, example: str = "CustomerActivityPage", index: int = 0) -> Any:
    return copy.deepcopy(spec.document["components"]["examples"][example]["value"]["data"][index])


def _record(
    check: str, feed: Feed, subject: Subject, samples: list[Any], *, fails: bool = True
) -> DriftRecord:
    return DriftRecord(
        key=f"{check}|{feed.short}|{subject.key_part}",
        check=check,
        operation=feed.value,
        feed=feed.short,
        subject=subject,
        title="t",
        fails=fails,
        occurrences=1,
        samples={str(sample.get("type")): sample for sample in samples},
    )


def _git_apply(tmp_path: Path, diff: str, original: str | None = None) -> Any:
    """Apply `diff` with `git apply` (after `--check`) in a scratch git repository holding the
    spec (or `original` at the same path); the patched document."""
    repo = tmp_path / "repo"
    (repo / "openapi").mkdir(parents=True)
    if original is None:
        shutil.copyfile(SPEC_PATH, repo / SPEC_RELATIVE)
    else:
        (repo / SPEC_RELATIVE).write_text(original, encoding="utf-8")
    subprocess.run(["git", "init", "-q"], cwd=repo, check=True)
    (repo / "spec.patch").write_text(diff, encoding="utf-8")
    for args in (["--check"], []):
        result = subprocess.run(
            ["git", "apply", *args, "spec.patch"], cwd=repo, capture_output=True, text=True
        )
        assert result.returncode == 0, result.stderr
    return yaml.safe_load((repo / SPEC_RELATIVE).read_text(encoding="utf-8"))


def test_a_number_in_a_string_field_widens_its_type_list(spec: Spec) -> None:
    activity = _activity(spec)
    activity["group_id"] = 42
    subject = Subject(path="data[].group_id", problem="type")
    proposal = propose(
        spec, _record("response_schema_conformance", Feed.CUSTOMER, subject, [activity])
    )
    assert proposal == Proposal(
        edits=[
            WidenType(f"{SCHEMAS}CustomerActivityBase/properties/group_id", frozenset({"integer"}))
        ]
    )


def test_an_undocumented_field_becomes_a_nullable_property_of_the_shared_base(spec: Spec) -> None:
    samples = []
    for index in range(3):  # activities of several types carry it
        activity = _activity(spec, index=index)
        activity["risk_score"] = 7 if index else 0.5
        samples.append(activity)
    subject = Subject(path="data[].risk_score", problem="undocumented")
    proposal = propose(spec, _record(FIELD_CHECK, Feed.CUSTOMER, subject, samples, fails=False))
    assert proposal.edits == [
        AddProperty(f"{SCHEMAS}CustomerActivityBase", "risk_score", frozenset({"number", "null"}))
    ]


def test_a_nested_undocumented_field_goes_to_the_component_that_holds_it(spec: Spec) -> None:
    activity = _activity(spec)
    activity["data"]["data"]["customer"]["shoe_size"] = "44"
    subject = Subject(path="data[].data.data.customer.shoe_size", problem="undocumented")
    proposal = propose(spec, _record(FIELD_CHECK, Feed.CUSTOMER, subject, [activity], fails=False))
    (edit,) = proposal.edits
    assert isinstance(edit, AddProperty)
    assert edit.name == "shoe_size"
    assert edit.types == frozenset({"string", "null"})
    holder = spec.resolve({"$ref": "#" + edit.holder})
    assert "email" in holder["properties"]  # the customer's own schema


@pytest.mark.parametrize(
    ("path", "problem", "reason"),
    [
        ("data[].created_at", "type", "every activity's `created_at`"),
        ("data[].id", "pattern", "every activity's `id`"),
        ("data[].type", "type", "every activity's `type`"),
        ("data[].data.data.redemption.id", "type", "the `id` of an embedded object"),
        ("has_more", "type", "the list envelope"),
        ("next_page_url", "undocumented", "the list envelope"),
    ],
)
def test_the_strict_part_is_reported_not_patched(
    spec: Spec, path: str, problem: str, reason: str
) -> None:
    activity = _activity(spec)
    subject = Subject(path=path, problem=problem)
    proposal = propose(
        spec, _record("response_schema_conformance", Feed.CUSTOMER, subject, [activity])
    )
    assert proposal.edits == []
    assert proposal.strict is not None and reason in proposal.strict


def test_the_object_an_event_is_about_stays_required(spec: Spec) -> None:
    activity = _activity(spec)  # customer.redemption.succeeded: about its redemption
    del activity["data"]["data"]["redemption"]
    subject = Subject(path="data[].data.data.redemption", problem="required")
    proposal = propose(
        spec, _record("response_schema_conformance", Feed.CUSTOMER, subject, [activity])
    )
    assert proposal.edits == []
    assert proposal.strict is not None and "RedemptionEventData" in proposal.strict


def test_a_subject_object_of_another_type_is_strict_too(spec: Spec) -> None:
    activity = _activity(spec)
    activity["data"]["data"]["redemption"] = "r_0c1"
    subject = Subject(path="data[].data.data.redemption", problem="type")
    proposal = propose(
        spec, _record("response_schema_conformance", Feed.CUSTOMER, subject, [activity])
    )
    assert proposal.strict is not None and "what the event is about" in proposal.strict


def test_an_undocumented_event_type_is_reported_not_patched(spec: Spec) -> None:
    activity = _activity(spec)
    activity["type"] = "customer.loyalty.points.teleported"
    subject = Subject(event_type="customer.loyalty.points.teleported")
    proposal = propose(spec, _record("no_undocumented_event_types", Feed.CUSTOMER, subject, []))
    assert proposal.edits == [] and proposal.strict is not None
    assert "Unknown" in proposal.strict


def test_a_value_breaking_its_format_gets_no_proposal(spec: Spec) -> None:
    activity = _activity(spec)
    activity["group_id"] = "v-1"
    subject = Subject(path="data[].group_id", problem="pattern")
    proposal = propose(
        spec, _record("response_schema_conformance", Feed.CUSTOMER, subject, [activity])
    )
    assert proposal.edits == [] and proposal.none is not None and "`pattern`" in proposal.none


def test_a_behaviour_finding_gets_no_proposal(spec: Spec) -> None:
    subject = Subject(title="page overlaps the previous one")
    proposal = propose(spec, _record("pagination_walk", Feed.CUSTOMER, subject, []))
    assert proposal.edits == [] and proposal.strict is None and proposal.none is not None


def test_one_patch_for_every_kind_of_edit_applies_with_git(
    spec: Spec, text: str, tmp_path: Path
) -> None:
    edits: list[Edit] = [
        WidenType(f"{SCHEMAS}CustomerActivityBase/properties/group_id", frozenset({"integer"})),
        WidenType(f"{SCHEMAS}ProgramActivityBase/properties/group_id", frozenset({"integer"})),
        AddProperty(f"{SCHEMAS}CustomerActivityBase", "risk_score", frozenset({"number", "null"})),
        AddProperty(f"{SCHEMAS}CustomerActivityBase", "tags", frozenset({"array", "null"})),
        AddProperty(f"{SCHEMAS}ProgramActivityBase", "risk_score", frozenset({"number", "null"})),
        # A nullable reference gains a branch; a plain one is wrapped in a oneOf.
        WidenType(f"{SCHEMAS}RedemptionEventData/properties/order", frozenset({"string"})),
        WidenType(f"{SCHEMAS}RedemptionEventData/properties/customer", frozenset({"string"})),
        DropRequired(f"{SCHEMAS}RewardRedemptionSource", "id"),
    ]
    patch = build(text, edits)
    assert patch.failed == {}
    assert patch.diff.startswith(
        f"diff --git a/{SPEC_RELATIVE} b/{SPEC_RELATIVE}\n--- a/{SPEC_RELATIVE}\n"
        f"+++ b/{SPEC_RELATIVE}\n@@ "
    )
    after = _git_apply(tmp_path, patch.diff)

    expected = copy.deepcopy(spec.document)
    schemas = expected["components"]["schemas"]
    description = "Not in Voucherify's documentation; added from responses the contract check saw."
    for base in ("CustomerActivityBase", "ProgramActivityBase"):
        schemas[base]["properties"]["group_id"]["type"] = ["string", "integer", "null"]
        schemas[base]["properties"]["risk_score"] = {
            "type": ["number", "null"],
            "description": description,
        }
    schemas["CustomerActivityBase"]["properties"]["tags"] = {
        "type": ["array", "null"],
        "items": {},
        "description": description,
    }
    redemption = schemas["RedemptionEventData"]["properties"]
    redemption["order"]["oneOf"].append({"type": "string"})
    redemption["customer"] = {"oneOf": [redemption["customer"], {"type": "string"}]}
    del schemas["RewardRedemptionSource"]["required"]
    assert after == expected


def test_edits_nothing_can_place_are_reported(spec: Spec, text: str, tmp_path: Path) -> None:
    edits: list[Edit] = [
        # An enum gets no new type silently.
        WidenType(f"{SCHEMAS}CustomerActivityType", frozenset({"integer"})),
        WidenType(f"{SCHEMAS}CustomerActivityBase/properties/group_id", frozenset({"integer"})),
    ]
    patch = build(text, edits)
    assert list(patch.failed) == [(f"{SCHEMAS}CustomerActivityType", "")]
    assert "enum" in patch.failed[(f"{SCHEMAS}CustomerActivityType", "")]
    expected = copy.deepcopy(spec.document)
    base = expected["components"]["schemas"]["CustomerActivityBase"]
    base["properties"]["group_id"]["type"] = ["string", "integer", "null"]
    assert _git_apply(tmp_path, patch.diff) == expected


def test_no_edit_no_patch(text: str) -> None:
    assert build(text, []).diff == ""


SMALL = """\
components:
  schemas:
    Thing:
      type: object
      required:
        - id
        - name
      properties:
        id:
          type: string
        name:
          type: string   # a scalar type
        size: {type: integer}
    Bare:
      type: object
      required: [id]
"""


def test_small_documents_scalar_types_block_lists_and_missing_properties(
    tmp_path: Path,
) -> None:
    doc = Document(SMALL)
    widened = apply(SMALL, [widen_type(doc, "/components/schemas/Thing/properties/name", ["null"])])
    assert "          type: [string, 'null']   # a scalar type\n" in widened
    dropped = apply(SMALL, [drop_required(doc, "/components/schemas/Thing", "name")])
    assert "        - id\n      properties:" in dropped
    with pytest.raises(EditError, match="block mapping"):
        widen_type(doc, "/components/schemas/Thing/properties/size", ["null"])
    with pytest.raises(EditError, match="not required"):
        drop_required(doc, "/components/schemas/Bare", "name")
    patch = build(
        SMALL, [AddProperty("/components/schemas/Bare", "note", frozenset({"string", "null"}))]
    )
    assert patch.failed == {}
    after = _git_apply(tmp_path, patch.diff, original=SMALL)
    assert after["components"]["schemas"]["Bare"]["properties"] == {
        "note": {
            "type": ["string", "null"],
            "description": "Not in Voucherify's documentation; added from responses the "
            "contract check saw.",
        }
    }
