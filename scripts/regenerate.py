"""Regenerate the client dist in generated/ from the spec, or check that it is up to date.

    python scripts/regenerate.py           rewrite generated/voucherify-activity-client/
    python scripts/regenerate.py --check   exit 1 (listing the differences) if it is stale

Pipeline: openapi-python-client (pinned), run in this process on the spec read once (custom
templates in scripts/codegen/templates, plus shipped templates with the small edits of
scripts/codegen/template_edits.py) into a temporary folder; then the hand-written overlay
(scripts/codegen/overlay/*.py) is copied into the package, and `ruff check --fix-only` and
`ruff format` run with scripts/codegen/ruff.toml only, so the output depends on nothing but the
files in this repository and the pinned tool versions.

Nullable inline objects and enums (`type: [object, 'null']`, `oneOf: [{enum}, null]`, which the
realism policy puts everywhere) are named `…Type0` by the generator, after the union branch. The
class names are public API, so `generator_input` gives each one the name it would have without
the union (`CustomerSummaryRedemptionsType0` -> `CustomerSummaryRedemptions`), through the
generator's own `class_overrides`.
"""

from __future__ import annotations

import argparse
import contextlib
import difflib
import fnmatch
import importlib.util
import io
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
from collections.abc import Sequence
from importlib import metadata
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "voucherify-activity.yaml"
CODEGEN = ROOT / "scripts" / "codegen"
CONFIG = CODEGEN / "config.yaml"
TEMPLATES = CODEGEN / "templates"
OVERLAY = CODEGEN / "overlay"
RUFF_CONFIG = CODEGEN / "ruff.toml"
DIST = ROOT / "generated" / "voucherify-activity-client"
PACKAGE = "voucherify_activity"
WIRE_TEMPLATE = "wire.py.jinja"  # rendered by regenerate.py itself, not by the generator
WIRE_MODULE = "_wire.py"

# Both tools decide the bytes of the output, which CI compares; other versions are refused.
PINNED = {"openapi-python-client": "0.29.1", "ruff": "0.17.6"}

# Local build/cache litter that may appear in the dist folder and is never compared or removed.
IGNORED = ("__pycache__", "*.pyc", "*.egg-info", "build", "dist", ".*_cache", ".venv")
DIFFS_SHOWN = 3
DIFF_LINES = 40


class RegenerateError(Exception):
    """A step failed; the message says which and why."""


def check_tool_versions() -> None:
    for dist, wanted in PINNED.items():
        try:
            found = metadata.version(dist)
        except metadata.PackageNotFoundError:
            found = None
        if found != wanted:
            raise RegenerateError(
                f"{dist}=={wanted} is required (found {found or 'nothing'} in {sys.prefix}); "
                f"install it with: python -m pip install '{dist}=={wanted}'"
            )


def run(cmd: Sequence[str], cwd: Path) -> None:
    result = subprocess.run(list(cmd), cwd=cwd, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        output = (result.stdout + result.stderr).strip()
        raise RegenerateError(f"command failed ({result.returncode}): {' '.join(cmd)}\n{output}")


# A branch-number suffix that the generator adds to a union member's name.
_BRANCH = re.compile(r"Type0(?=[A-Z]|$)")
NAMING_PASSES = 4  # nested nullable objects need one pass per level


def generator_input(spec: Path, out: Path) -> tuple[Any, Any]:
    """The generator's config and its parse of the spec, with `class_overrides` that drop the
    `Type0` it puts in a nullable object's name. One reading of the spec serves the generator
    and the fast path's plan (`parsed.models`), so the two cannot see different models."""
    # Imported here: only the regeneration needs the generator's parser, not `--help`.
    import yaml
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser import GeneratorData
    from openapi_python_client.strings import snake_case

    document = read_spec(spec)
    broken = load_codegen_module("spec_rules").problems(document)
    if broken:
        raise RegenerateError(
            f"the spec {spec} breaks what the generated client needs of it:\n"
            + "\n".join(f"  - {problem}" for problem in broken)
        )
    base = yaml.safe_load(CONFIG.read_text(encoding="utf-8"))
    base["package_version_override"] = project_version()
    overrides: dict[str, dict[str, str]] = {}
    for _ in range(NAMING_PASSES):
        config_file = ConfigFile.model_validate({**base, "class_overrides": overrides})
        # Any packaging meta: pyproject.toml.jinja is replaced by our own template.
        config = Config.from_sources(config_file, MetaType.UV, spec, "utf-8", True, out)
        parsed = GeneratorData.from_dict(document, config=config)
        if not isinstance(parsed, GeneratorData):
            raise RegenerateError(f"the generator cannot parse {spec}: {parsed.detail}")
        names = {str(item.class_info.name) for item in [*parsed.models, *parsed.enums]}
        found = {}
        for name in sorted(names):
            plain = _BRANCH.sub("", name)
            if plain != name and plain not in names:
                found[name] = {"class_name": plain, "module_name": snake_case(plain)}
        if not found:
            return config, parsed
        overrides.update(found)
    raise RegenerateError("nullable objects nested deeper than the naming passes reach")


def read_spec(spec: Path) -> dict[str, Any]:
    """The spec as data, or a RegenerateError saying what is wrong with the file (and where)."""
    import yaml

    try:
        with spec.open(encoding="utf-8") as text:  # a stream: the error marks name the file
            document = yaml.safe_load(text)
    except OSError as error:
        raise RegenerateError(f"cannot read the spec {spec}: {error.strerror}") from error
    except UnicodeDecodeError as error:
        raise RegenerateError(f"the spec {spec} is not UTF-8 text ({error.reason})") from error
    except yaml.YAMLError as error:  # its text says what and where (line, column)
        raise RegenerateError(f"the spec {spec} is not valid YAML:\n{error}") from error
    if not isinstance(document, dict):
        raise RegenerateError(f"the spec {spec} is not an OpenAPI document (a YAML mapping)")
    return document


def project_version() -> str:
    """The one version string: the repository's pyproject.toml (the client's `__version__`)."""
    with (ROOT / "pyproject.toml").open("rb") as file:
        version: str = tomllib.load(file)["project"]["version"]
    return version


def load_codegen_module(name: str) -> ModuleType:
    """scripts/codegen/<name>.py, loaded by path: scripts/codegen is a folder of generator
    inputs, not a package."""
    spec = importlib.util.spec_from_file_location(name, CODEGEN / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = sys.modules[name] = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def assemble_templates(folder: Path) -> Path:
    """`folder` (which must not exist) with our templates and the edited shipped ones: what the
    generator gets as `--custom-template-path`."""
    template_edits = load_codegen_module("template_edits")
    shutil.copytree(TEMPLATES, folder)
    try:
        template_edits.write_edited(folder)
    except template_edits.TemplateEditError as error:
        raise RegenerateError(f"scripts/codegen/template_edits.py: {error}") from None
    return folder


def write_wire_module(package: Path, parsed: Any) -> None:
    """The fast path's msgspec structs and converters (templates/wire.py.jinja), planned from
    the models the generator parsed: `_wire.py` in the package."""
    import jinja2

    planned = load_codegen_module("wire_plan").plan(parsed.models)
    for skipped in planned.skipped:
        print(f"regenerate: no fast path for {skipped} (from_dict parses it)", file=sys.stderr)
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )
    source = environment.get_template(WIRE_TEMPLATE).render(plan=planned)
    (package / WIRE_MODULE).write_text(source, encoding="utf-8")


def build(out: Path, spec: Path = SPEC) -> None:
    """Write a complete, formatted dist folder at `out` (which must not exist)."""
    from openapi_python_client import Project

    config, parsed = generator_input(spec, out)
    templates = assemble_templates(out.parent / "templates")
    with contextlib.redirect_stdout(io.StringIO()):  # its "Generating ..." line
        errors = Project(openapi=parsed, config=config, custom_template_path=templates).build()
    if errors:  # warnings too (the CLI's --fail-on-warning): the output would lack what they name
        found = (f"{error.header}: {error.detail or ''}".rstrip(": ") for error in errors)
        raise RegenerateError("the generator reports:\n" + "\n".join(found))
    package = out / PACKAGE
    for module in sorted(OVERLAY.glob("*.py")):
        shutil.copyfile(module, package / module.name)
    write_wire_module(package, parsed)
    ruff = [sys.executable, "-m", "ruff"]
    # --config points at a file: ruff then ignores every pyproject/ruff.toml around `out`.
    run([*ruff, "check", "--fix-only", "--config", str(RUFF_CONFIG), "--quiet", "."], cwd=out)
    run([*ruff, "format", "--config", str(RUFF_CONFIG), "--quiet", "."], cwd=out)


def is_ignored(relative: Path) -> bool:
    return any(fnmatch.fnmatch(part, pattern) for part in relative.parts for pattern in IGNORED)


def list_files(folder: Path) -> dict[str, Path]:
    if not folder.is_dir():
        return {}
    files = {}
    for path in folder.rglob("*"):
        relative = path.relative_to(folder)
        if path.is_file() and not is_ignored(relative):
            files[relative.as_posix()] = path
    return dict(sorted(files.items()))


def compare(expected: Path, actual: Path) -> list[str]:
    """Human-readable differences between a fresh build and the checked-in dist."""
    fresh, current = list_files(expected), list_files(actual)
    problems: list[str] = []
    diffs: list[str] = []
    for name in sorted(fresh.keys() | current.keys()):
        if name not in current:
            problems.append(f"missing:  {name}")
        elif name not in fresh:
            problems.append(f"extra:    {name}")
        elif fresh[name].read_bytes() != current[name].read_bytes():
            problems.append(f"differs:  {name}")
            if len(diffs) < DIFFS_SHOWN:
                diff = difflib.unified_diff(
                    current[name].read_text(encoding="utf-8", errors="replace").splitlines(),
                    fresh[name].read_text(encoding="utf-8", errors="replace").splitlines(),
                    str(current[name]),
                    f"regenerated/{name}",
                    lineterm="",
                )
                lines = list(diff)
                if len(lines) > DIFF_LINES:
                    lines = [*lines[:DIFF_LINES], f"... ({len(lines) - DIFF_LINES} more lines)"]
                diffs.append("\n".join(lines))
    return problems + ([""] if diffs else []) + diffs


def sync(fresh: Path, target: Path) -> None:
    """Make `target` hold exactly the files of `fresh`, keeping ignored litter (e.g. caches)."""
    new, old = list_files(fresh), list_files(target)
    for name, path in old.items():
        if name not in new:
            path.unlink()
    for name, path in new.items():
        destination = target / name
        if name in old and old[name].read_bytes() == path.read_bytes():
            continue
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, destination)
    # Drop folders emptied by removed files (but never ones holding ignored litter only).
    for folder in sorted((p for p in target.rglob("*") if p.is_dir()), reverse=True):
        if not is_ignored(folder.relative_to(target)) and not any(folder.iterdir()):
            folder.rmdir()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--check", action="store_true", help="only compare; exit 1 if generated/ is stale"
    )
    parser.add_argument(
        "--output",
        type=Path,
        default=DIST,
        help="dist folder to write or check (default: %(default)s)",
    )
    parser.add_argument(
        "--spec", type=Path, default=SPEC, help="OpenAPI document (default: %(default)s)"
    )
    args = parser.parse_args(argv)
    target: Path = args.output.resolve()
    try:
        check_tool_versions()
        with tempfile.TemporaryDirectory(prefix="regenerate-") as tmp:
            fresh = Path(tmp) / DIST.name
            build(fresh, args.spec.resolve())
            if args.check:
                problems = compare(fresh, target)
                if problems:
                    print(
                        f"{target} is not what scripts/regenerate.py produces "
                        "(run `python scripts/regenerate.py` and commit the result):",
                        file=sys.stderr,
                    )
                    print("\n".join(problems), file=sys.stderr)
                    return 1
                print(f"{target} is up to date.")
                return 0
            try:
                target.mkdir(parents=True, exist_ok=True)
                sync(fresh, target)
            except OSError as error:  # e.g. a file where the folder should be
                raise RegenerateError(f"cannot write {target}: {error.strerror}") from error
    except RegenerateError as error:
        print(f"regenerate: {error}", file=sys.stderr)
        return 2
    print(f"Regenerated {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
