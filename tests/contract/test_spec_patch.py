"""Spec patch proposals: the smallest edit per absorbable finding, never one to the strict part.

Proposals are made on the real spec from sample activities (the spec's own examples, changed the
way Voucherify could change them); every patch is checked with `git apply --check` in a temporary
git repository and read back as YAML. The patch for undocumented event types is also regenerated
into a temporary client, the spec tests are run against it and the client parses such activities.
"""

from __future__ import annotations

import copy
import json
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from contract_tests.drift.patch import SPEC_RELATIVE, build, variant_schema
from contract_tests.drift.proposals import (
    AddEventType,
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

from .contract_runs import run

SCHEMAS = "/components/schemas/"
ROOT = Path(__file__).resolve().parents[2]
V1_NEW, V2_NEW = "customer.loyalty.points.teleported", "vl.program.teleported"


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


def test_an_undocumented_id_field_keeps_a_seen_value_as_its_example(
    spec: Spec, text: str, tmp_path: Path
) -> None:
    # The spec gives every id field a prefixed example (tests/spec), so the patch does too.
    activity = _activity(spec)
    activity["trace_id"] = "trc_0a1b2c3d"
    subject = Subject(path="data[].trace_id", problem="undocumented")
    proposal = propose(spec, _record(FIELD_CHECK, Feed.CUSTOMER, subject, [activity], fails=False))
    (edit,) = proposal.edits
    assert edit == AddProperty(
        f"{SCHEMAS}CustomerActivityBase", "trace_id", frozenset({"string", "null"}), "trc_0a1b2c3d"
    )
    after = _git_apply(tmp_path, build(text, [edit]).diff)
    added = after["components"]["schemas"]["CustomerActivityBase"]["properties"]["trace_id"]
    assert added["example"] == "trc_0a1b2c3d"
    assert added["type"] == ["string", "null"]


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


def _event_type_record(feed: Feed, event_type: str, first_seen: date | None = None) -> DriftRecord:
    record = _record("no_undocumented_event_types", feed, Subject(event_type=event_type), [])
    record.first_seen = first_seen
    return record


def test_an_undocumented_v1_event_type_becomes_an_observed_variant(spec: Spec) -> None:
    record = _event_type_record(Feed.CUSTOMER, V1_NEW, date(2026, 11, 30))
    (edit,) = propose(spec, record).edits
    assert isinstance(edit, AddEventType)
    assert (edit.union, edit.event_type, edit.variant) == (
        "CustomerActivity",
        V1_NEW,
        "CustomerLoyaltyPointsTeleportedActivity",
    )
    assert (edit.base, edit.enum, edit.fallback, edit.payload) == (
        "CustomerActivityBase",
        "CustomerActivityType",
        "UnknownCustomerActivity",
        "OpenEventEnvelope",
    )
    assert edit.first_seen == "2026-11-30" and "not in Voucherify's documentation" in edit.reason


def test_an_undocumented_v2_event_type_gets_a_free_form_payload(spec: Spec) -> None:
    (edit,) = propose(spec, _event_type_record(Feed.PROGRAM, V2_NEW)).edits
    assert isinstance(edit, AddEventType)
    assert (edit.union, edit.variant, edit.base, edit.payload) == (
        "ProgramActivity",
        "ProgramTeleportedActivity",
        "ProgramActivityBase",
        "OpenProgramEventData",
    )


@pytest.mark.parametrize(
    ("feed", "event_type"),
    [(Feed.CUSTOMER, "loyalty.teleported"), (Feed.PROGRAM, "vl.program.Beamed Up")],
)
def test_an_event_type_outside_the_naming_rule_gets_no_proposal(
    spec: Spec, feed: Feed, event_type: str
) -> None:
    proposal = propose(spec, _event_type_record(feed, event_type))
    assert proposal.edits == [] and proposal.none is not None and "by hand" in proposal.none


def _spec_copy(target: Path, spec_text: str) -> None:
    """What the spec tests need, with `spec_text` as the spec (never the working tree)."""
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    shutil.copytree(ROOT / "openapi", target / "openapi", ignore=ignore)  # redocly.yaml too
    (target / SPEC_RELATIVE).write_text(spec_text, encoding="utf-8")
    shutil.copytree(ROOT / "tests" / "spec", target / "tests" / "spec", ignore=ignore)
    # The spec reader they import, so that it reads the copy (its SPEC_PATH is beside it).
    (target / "contract_tests").mkdir()
    for module in ("__init__.py", "spec.py"):
        shutil.copyfile(ROOT / "contract_tests" / module, target / "contract_tests" / module)
    shutil.copyfile(ROOT / "pyproject.toml", target / "pyproject.toml")
    node_modules = ROOT / "scripts" / "node" / "node_modules"
    if node_modules.exists():  # the spec tests' Redocly lint
        (target / "scripts" / "node").mkdir(parents=True)
        (target / "scripts" / "node" / "node_modules").symlink_to(node_modules)


def _python(args: list[str], cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return run([sys.executable, *args], cwd, env=env)


PARSE = """
import json, sys
from voucherify_activity import load_payloads, parse_customer_activity_page as v1
from voucherify_activity import parse_program_activity_page as v2
pages = json.loads(sys.argv[1])
for parse, page in ((v1, pages["v1"]), (v2, pages["v2"])):
    parsed = parse(json.dumps(page), validate=True)
    load_payloads(parsed)
    print(*[f"{item.type_}={type(item).__name__}" for item in parsed.data])
"""


def test_undocumented_event_types_patch_regenerate_pass_the_spec_tests_and_parse(
    spec: Spec, text: str, tmp_path: Path
) -> None:
    records = [
        _event_type_record(Feed.CUSTOMER, V1_NEW),
        _event_type_record(Feed.PROGRAM, V2_NEW),
        _event_type_record(Feed.PROGRAM, "vl.program.beamed_up"),  # two in one union
    ]
    edits = [edit for record in records for edit in propose(spec, record).edits]
    patch = build(text, edits)
    assert patch.failed == {} and len(patch.applied) == 3
    after = _git_apply(tmp_path, patch.diff)

    expected = copy.deepcopy(spec.document)
    schemas = expected["components"]["schemas"]
    schemas["OpenProgramEventData"] = {
        "type": "object",
        "description": "Payload of an event type Voucherify does not document; kept as a "
        "free-form object.",
    }
    for edit in patch.applied:  # in the order they were appended
        assert isinstance(edit, AddEventType)
        schemas[edit.variant] = variant_schema(edit)
        ref = f"#/components/schemas/{edit.variant}"
        schemas[edit.union]["oneOf"].insert(-1, {"$ref": ref})
        schemas[edit.union]["discriminator"]["mapping"][edit.event_type] = ref
        schemas[edit.enum]["enum"].append(edit.event_type)
    assert after == expected
    observed = after["components"]["schemas"]["ProgramTeleportedActivity"]["x-observed"]
    assert set(observed) == {"first_seen", "reason"}

    # Regenerated into a temporary folder, the spec tests on the patched spec, the new classes.
    patched = tmp_path / "repo" / SPEC_RELATIVE
    client = tmp_path / "client"
    regenerate = ["scripts/regenerate.py", "--spec", str(patched), "--output", str(client)]
    generated = _python(regenerate, ROOT)
    assert generated.returncode == 0, generated.stderr[-3000:]
    copy_root = tmp_path / "spec-tests"
    _spec_copy(copy_root, patched.read_text(encoding="utf-8"))
    tests = _python(["-m", "pytest", "tests/spec", "-q", "-p", "no:cacheprovider"], copy_root)
    assert tests.returncode == 0, tests.stdout[-3000:]
    assert " passed" in tests.stdout.splitlines()[-1]

    examples = spec.document["components"]["examples"]
    pages = {
        "v1": copy.deepcopy(examples["CustomerActivityPage"]["value"]),
        "v2": copy.deepcopy(examples["ProgramActivityPage"]["value"]),
    }
    pages["v1"]["data"][0]["type"] = V1_NEW
    pages["v2"]["data"][0]["type"] = V2_NEW
    pages["v2"]["data"][-1]["type"] = "vl.program.beamed_up"
    parsed = _python(["-c", PARSE, json.dumps(pages)], tmp_path, PYTHONPATH=str(client))
    assert parsed.returncode == 0, parsed.stderr[-3000:]
    v1_line, v2_line = parsed.stdout.splitlines()
    assert v1_line.split()[0] == f"{V1_NEW}=CustomerLoyaltyPointsTeleportedActivity"
    assert v2_line.split()[0] == f"{V2_NEW}=ProgramTeleportedActivity"
    assert v2_line.split()[-1] == "vl.program.beamed_up=ProgramBeamedUpActivity"


def test_an_unmarked_extra_type_still_fails_the_spec_tests(
    spec: Spec, text: str, tmp_path: Path
) -> None:
    patch = build(text, propose(spec, _event_type_record(Feed.CUSTOMER, V1_NEW)).edits)
    _git_apply(tmp_path, patch.diff)
    lines = (tmp_path / "repo" / SPEC_RELATIVE).read_text(encoding="utf-8").splitlines(True)
    at = lines.index("    CustomerLoyaltyPointsTeleportedActivity:\n") + 1
    assert lines[at] == "      x-observed:\n"
    del lines[at : at + 3]  # the marker: x-observed, first_seen, reason
    copy_root = tmp_path / "spec-tests"
    _spec_copy(copy_root, "".join(lines))
    tests = _python(
        ["-m", "pytest", "tests/spec/test_spec_event_types.py", "-q", "-p", "no:cacheprovider"],
        copy_root,
    )
    assert tests.returncode == 1, tests.stdout[-3000:]
    assert "test_union_has_no_extra_or_missing_entries[CustomerActivity]" in tests.stdout
    assert "test_no_other_variants_exist" in tests.stdout
    assert "2 failed" in tests.stdout.splitlines()[-1]


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
