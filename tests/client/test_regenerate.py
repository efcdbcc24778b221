"""scripts/regenerate.py: reproducible output, a --check that catches hand edits, pinned tools."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "regenerate.py"
PACKAGE = "voucherify_activity"


def regenerate(*args: str, seed: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=300,
    )


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("regenerate") / "voucherify-activity-client"
    result = regenerate("--output", str(out), seed="1")
    assert result.returncode == 0, result.stderr
    return out


def test_the_dist_folder_is_complete(generated: Path) -> None:
    package = generated / PACKAGE
    assert (generated / "pyproject.toml").read_text().count(
        'build-backend = "hatchling.build"'
    ) == 1
    assert (generated / "README.md").is_file()
    assert (package / "py.typed").is_file()
    for overlay in (ROOT / "scripts" / "codegen" / "overlay").glob("*.py"):
        assert (package / overlay.name).is_file(), overlay.name


def test_regeneration_is_byte_identical_across_hash_seeds(generated: Path) -> None:
    result = regenerate("--check", "--output", str(generated), seed="4242")

    assert result.returncode == 0, result.stderr
    assert "is up to date" in result.stdout


def test_check_reports_a_hand_edit_and_stray_files(generated: Path, tmp_path: Path) -> None:
    copy = tmp_path / "voucherify-activity-client"
    shutil.copytree(generated, copy)
    edited = copy / PACKAGE / "models" / "customer_activity_list.py"
    edited.write_text(edited.read_text().replace("has_more", "has_mores", 1))
    (copy / PACKAGE / "stray.py").write_text("")
    (copy / PACKAGE / "errors.py").unlink()
    (copy / PACKAGE / "__pycache__").mkdir(exist_ok=True)  # local litter is ignored
    (copy / PACKAGE / "__pycache__" / "x.pyc").write_bytes(b"")

    result = regenerate("--check", "--output", str(copy), seed="7")

    assert result.returncode == 1
    assert f"differs:  {PACKAGE}/models/customer_activity_list.py" in result.stderr
    assert f"extra:    {PACKAGE}/stray.py" in result.stderr
    assert f"missing:  {PACKAGE}/errors.py" in result.stderr
    assert "__pycache__" not in result.stderr
    assert "+++ regenerated/voucherify_activity/models/customer_activity_list.py" in result.stderr
    assert f"--- {copy / PACKAGE / 'models' / 'customer_activity_list.py'}" in result.stderr
    assert generated.joinpath(PACKAGE, "errors.py").is_file()  # the original is untouched


def load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("regenerate_under_test", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_generator_warning_fails_the_regeneration(tmp_path: Path) -> None:
    # An object-typed header parameter: the generator would leave the endpoint out.
    spec = tmp_path / "spec.yaml"
    spec.write_text(
        "openapi: 3.1.0\n"
        "info: {title: t, version: '1'}\n"
        "paths:\n"
        "  /x:\n"
        "    get:\n"
        "      operationId: getX\n"
        "      parameters:\n"
        "        - {name: h, in: header, schema: {type: object}}\n"
        "      responses:\n"
        "        '200':\n"
        "          description: ok\n"
        "          content:\n"
        "            application/json:\n"
        "              schema: {type: string}\n",
        encoding="utf-8",
    )
    script = load_script()

    with pytest.raises(script.RegenerateError) as raised:
        script.build(tmp_path / "out" / "dist", spec)

    assert str(raised.value).startswith("the generator reports:\nWARNING parsing GET /x")
    assert "Endpoint will not be generated" in str(raised.value)


def test_a_wrong_generator_version_is_refused_clearly(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    script = load_script()
    versions = {"openapi-python-client": "0.30.0", "ruff": "0.17.6"}
    monkeypatch.setattr(script.metadata, "version", versions.__getitem__)

    assert script.main(["--check"]) == 2

    message = capsys.readouterr().err
    assert "openapi-python-client==0.29.1 is required (found 0.30.0" in message
    assert "pip install 'openapi-python-client==0.29.1'" in message


@pytest.mark.parametrize(("shipped", "found"), [("nothing to edit", 0), ("old; old", 2)])
def test_a_template_edit_must_find_its_old_text_exactly_once(
    tmp_path: Path, shipped: str, found: int
) -> None:
    edits = load_script().load_codegen_module("template_edits")
    fits = edits.Edit("fake.py.jinja", old="start", new="begin", why="fits")
    broken = edits.Edit("fake.py.jinja", old="old", new="new", why="the reason")

    with pytest.raises(edits.TemplateEditError) as raised:
        edits.write_edited(tmp_path, [fits, broken], read=lambda name: f"start; {shipped}")

    assert str(raised.value) == (
        f"fake.py.jinja: edit 2 of 2 (the reason) expects its old text exactly once, "
        f"found it {found} times: 'old'"
    )


def test_the_declared_template_edits_fit_the_pinned_generator(tmp_path: Path) -> None:
    templates = load_script().assemble_templates(tmp_path / "templates")

    macros = (templates / "endpoint_macros.py.jinja").read_text(encoding="utf-8")
    assert "params.update(deep_object_params(" in macros
    assert (templates / "model.py.jinja").is_file()  # our own templates are copied in


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("openapi: 3.1.0\ninfo: {title: t, version: '1'\n", "is not valid YAML:\n"),
        ("- a list\n", "is not an OpenAPI document (a YAML mapping)"),
        (None, "cannot read the spec"),
    ],
)
def test_a_spec_that_cannot_be_read_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str | None, expected: str
) -> None:
    spec = tmp_path / "spec.yaml"
    if text is not None:
        spec.write_text(text, encoding="utf-8")
    script = load_script()

    assert script.main(["--spec", str(spec), "--output", str(tmp_path / "out")]) == 2

    message = capsys.readouterr().err
    assert message.startswith("regenerate: ")
    assert expected in message
    assert "Traceback" not in message
    if text is not None and "YAML:" in expected:
        assert f'in "{spec}", line 2' in message  # where the flow mapping is left open
    assert not (tmp_path / "out").exists()


def test_an_output_that_cannot_be_written_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    taken = tmp_path / "dist"
    taken.write_text("a file where the dist folder should be", encoding="utf-8")

    assert load_script().main(["--output", str(taken)]) == 2

    assert capsys.readouterr().err == f"regenerate: cannot write {taken}: File exists\n"
    assert taken.read_text(encoding="utf-8").startswith("a file")  # left as it was


# ─── what the client needs of the spec, checked before generating ───

V1_UNION = "CustomerActivity"
SCHEMAS = "#/components/schemas/"


def _spec() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(
        (ROOT / "openapi" / "voucherify-activity.yaml").read_text()
    )
    return loaded


def _variant_type(document: dict[str, Any], name: str) -> dict[str, Any]:
    part: dict[str, Any] = document["components"]["schemas"][name]["allOf"][1]
    return part


def _duplicate_const(document: dict[str, Any]) -> None:
    _variant_type(document, "CustomerVoucherDeletedActivity")["properties"]["type"] = {
        "const": "customer.deleted"
    }


def _enum_for_const(document: dict[str, Any]) -> None:
    _variant_type(document, "CustomerVoucherDeletedActivity")["properties"]["type"] = {
        "enum": ["customer.voucher.deleted"]
    }


def _type_not_required(document: dict[str, Any]) -> None:
    _variant_type(document, "CustomerVoucherDeletedActivity")["required"] = ["data"]


def _swapped_mapping(document: dict[str, Any]) -> None:
    mapping = document["components"]["schemas"][V1_UNION]["discriminator"]["mapping"]
    mapping["customer.sms.sent"] = SCHEMAS + "CustomerEmailSentActivity"


def _member_left_out(document: dict[str, Any]) -> None:
    union = document["components"]["schemas"][V1_UNION]
    union["oneOf"].remove({"$ref": SCHEMAS + "CustomerVoucherDeletedActivity"})


def _enum_twice(document: dict[str, Any]) -> None:
    document["components"]["schemas"]["CustomerActivityType"]["enum"].append("customer.created")


def _dangling_ref(document: dict[str, Any]) -> None:
    _variant_type(document, "CustomerVoucherDeletedActivity")["properties"]["data"] = {
        "$ref": SCHEMAS + "VoucherEventEnvelop"
    }


MISTAKES = {
    # Each broke the package (it no longer imported) or parsed a documented type as Unknown.
    _duplicate_const: [
        "CustomerActivity: type 'customer.deleted' is the const of CustomerDeletedActivity and "
        "CustomerVoucherDeletedActivity",
        "CustomerActivity: mapping 'customer.voucher.deleted' -> CustomerVoucherDeletedActivity, "
        "whose type const is 'customer.deleted'",
    ],
    _enum_for_const: [
        "CustomerActivity: only one variant may go without a 'type' const (the fallback); these "
        "do: CustomerVoucherDeletedActivity, UnknownCustomerActivity",
    ],
    _type_not_required: [
        "CustomerActivity: CustomerVoucherDeletedActivity does not list 'type' in `required`"
    ],
    _swapped_mapping: [
        "CustomerActivity: mapping 'customer.sms.sent' -> CustomerEmailSentActivity, whose type "
        "const is 'customer.email.sent'",
        "CustomerActivity: CustomerSmsSentActivity (type 'customer.sms.sent') has no mapping entry",
    ],
    _member_left_out: [
        "CustomerActivity: mapping 'customer.voucher.deleted' -> "
        "'#/components/schemas/CustomerVoucherDeletedActivity' is not a member of the oneOf",
        "CustomerActivity: CustomerActivityType lists 'customer.voucher.deleted', which no "
        "variant's type const is (so UnknownCustomerActivity refuses it)",
    ],
    _enum_twice: ["CustomerActivity: CustomerActivityType lists 'customer.created' twice"],
    _dangling_ref: [
        "#/components/schemas/CustomerVoucherDeletedActivity/allOf/1/properties/data: $ref "
        "'#/components/schemas/VoucherEventEnvelop' points at nothing"
    ],
}


def test_the_spec_meets_the_rules() -> None:
    assert load_script().load_codegen_module("spec_rules").problems(_spec()) == []


@pytest.mark.parametrize("mistake", MISTAKES, ids=lambda mistake: mistake.__name__.strip("_"))
def test_a_spec_mistake_is_named_before_anything_is_generated(
    mistake: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = _spec()
    mistake(document)
    spec = tmp_path / "spec.yaml"
    spec.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    out = tmp_path / "out"

    assert load_script().main(["--spec", str(spec), "--output", str(out)]) == 2

    message = capsys.readouterr().err
    assert message.startswith(f"regenerate: the spec {spec} breaks what the generated client")
    listed = [line.removeprefix("  - ") for line in message.splitlines()[1:]]
    assert set(MISTAKES[mistake]) <= set(listed), listed
    assert not out.exists()
