"""Every job of the project, runnable on a fresh machine with only Python, pip, Node and npm.

nox -s contract        the main job: the contract check (embedded mock unless VOUCHERIFY_* set)
nox -s tests           everything CI runs: regeneration check, spec lint, ruff, mypy, pytest
nox -s generate        regenerate generated/ from openapi/ (add `-- --check` to only compare)
nox -s mock            serve the embedded mock on 127.0.0.1
nox -s bench           the benchmarks; writes docs/benchmarks.md
"""

from __future__ import annotations

import os
import runpy
from pathlib import Path

import nox

ROOT = Path(__file__).parent
CLIENT_DIST = "generated/voucherify-activity-client"
NODE_TOOLS = "scripts/node"
# The generator and formatter versions that regenerate.py insists on (it refuses any other).
PINNED: dict[str, str] = runpy.run_path(str(ROOT / "scripts" / "regenerate.py"))["PINNED"]

nox.options.default_venv_backend = "venv"
nox.options.reuse_existing_virtualenvs = True
nox.options.sessions = ["tests"]


def _install_project(session: nox.Session, *extras: str) -> None:
    wanted = ",".join(("dev", *extras))
    session.install("-e", f".[{wanted}]")
    session.install("-e", CLIENT_DIST)


def _install_node_tools(session: nox.Session) -> None:
    # Redocly is pinned by scripts/node/package-lock.json, so `npm ci` is reproducible.
    if not (ROOT / NODE_TOOLS / "node_modules" / ".bin" / "redocly").exists():
        session.run("npm", "ci", "--prefix", NODE_TOOLS, "--no-audit", "--no-fund", external=True)


@nox.session
def generate(session: nox.Session) -> None:
    """Regenerate generated/ from the spec; `-- --check` fails if generated/ is stale."""
    # The pinned generator and formatter, and PyYAML, which regenerate.py reads the spec with.
    session.install(*(f"{dist}=={version}" for dist, version in PINNED.items()), "pyyaml>=6")
    session.run("python", "scripts/regenerate.py", *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    """Spec lint (Redocly), ruff and mypy --strict (hand-written code and the generated package)."""
    _install_project(session, "bench")
    _install_node_tools(session)
    _lint(session)


def _lint(session: nox.Session) -> None:
    session.run(
        f"{NODE_TOOLS}/node_modules/.bin/redocly",
        "lint",
        "openapi/voucherify-activity.yaml",
        "--config",
        "openapi/redocly.yaml",
        external=True,
    )
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")
    # The workflows' YAML, against the GitHub Actions schema bundled with check-jsonschema.
    workflows = sorted(str(path.relative_to(ROOT)) for path in ROOT.glob(".github/workflows/*.yml"))
    session.run("check-jsonschema", "--builtin-schema", "vendor.github-workflows", *workflows)
    session.run("mypy", "contract_tests", "scripts", "tests", "benchmarks", "noxfile.py")
    # --config-file= : the generated package is checked on its own terms, not with the root config
    # (which excludes generated/).
    session.run("mypy", "--strict", "--config-file=", f"{CLIENT_DIST}/voucherify_activity")


@nox.session
def tests(session: nox.Session) -> None:
    """What CI runs: regeneration check, lint, then the whole pytest suite."""
    # The bench extra brings the official SDK that the benchmark smoke test compares against.
    _install_project(session, "bench")
    _install_node_tools(session)
    session.run("python", "scripts/regenerate.py", "--check")
    _lint(session)
    session.run("pytest", *session.posargs)


@nox.session
def contract(session: nox.Session) -> None:
    """The nightly contract check: the embedded mock, or the live API if VOUCHERIFY_BASE_URL set."""
    _install_project(session)
    session.run("python", "-m", "contract_tests", *session.posargs)


@nox.session
def mock(session: nox.Session) -> None:
    """Serve the embedded mock on 127.0.0.1 (default port 8765)."""
    _install_project(session)
    session.run("python", "-m", "contract_tests.mock", *session.posargs)


@nox.session
def bench(session: nox.Session) -> None:
    """Run the benchmarks and write docs/benchmarks.md."""
    _install_project(session, "bench")
    env = {"PYTHONHASHSEED": os.environ.get("PYTHONHASHSEED", "0")}
    session.run("python", "-m", "benchmarks", *session.posargs, env=env)
