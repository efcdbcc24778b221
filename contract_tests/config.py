"""Run settings of the contract check, read from the environment and the command line.

The live API is used only when `VOUCHERIFY_BASE_URL` is set; then credentials and the ids of a known
customer and loyalty program are required. Every problem is collected so the user sees them all at
once (`ConfigError`), never a traceback.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar
from urllib.parse import urlsplit

from contract_tests.drift import known as known_drift
from contract_tests.drift.history import HistoryError, PreviousRun, load_previous
from contract_tests.drift.known import KnownDrift, KnownDriftError

ENV_BASE_URL = "VOUCHERIFY_BASE_URL"
ENV_APP_ID = "VOUCHERIFY_APP_ID"
ENV_APP_TOKEN = "VOUCHERIFY_APP_TOKEN"
ENV_BEARER_TOKEN = "VOUCHERIFY_BEARER_TOKEN"
ENV_CUSTOMER_ID = "VOUCHERIFY_CUSTOMER_ID"
ENV_PROGRAM_ID = "VOUCHERIFY_PROGRAM_ID"
LIVE_ENV = (ENV_APP_ID, ENV_APP_TOKEN, ENV_BEARER_TOKEN, ENV_CUSTOMER_ID, ENV_PROGRAM_ID)

# Optional knobs; the command line wins over these.
ENV_RATE_LIMIT = "VOUCHERIFY_CONTRACT_RATE_LIMIT"
ENV_MAX_EXAMPLES = "VOUCHERIFY_CONTRACT_MAX_EXAMPLES"
ENV_TIMEOUT = "VOUCHERIFY_CONTRACT_TIMEOUT"
ENV_REPORT_DIR = "VOUCHERIFY_CONTRACT_REPORT_DIR"
ENV_MAX_WALK_ITEMS = "VOUCHERIFY_CONTRACT_MAX_WALK_ITEMS"
ENV_KNOWN_DRIFT = "VOUCHERIFY_CONTRACT_KNOWN_DRIFT"
ENV_PREVIOUS = "VOUCHERIFY_CONTRACT_PREVIOUS"

# Polite towards the live API, generous on the local mock (the benchmark target is >= 1,000 cases).
LIVE_RATE_LIMIT = 5.0
LIVE_MAX_EXAMPLES = 60
MOCK_MAX_EXAMPLES = 320  # >= 1,000 generated cases on the mock (P4), negative cases judged
DEFAULT_TIMEOUT = 10.0
# Bodies longer than this are kept as a prefix in the cassette (marked `truncated_from`): the
# run reads thousands of pages, and the report quotes the failing part of any body anyway.
LIVE_CASSETTE_BODY_BYTES = 64 * 1024
MOCK_CASSETTE_BODY_BYTES = 4 * 1024
# Every feed is walked to its end at limit 100 on every target; this cap only bounds a feed whose
# cursors never end (200 pages). Reaching it fails `pagination_walk`: raise it for longer feeds.
DEFAULT_MAX_WALK_ITEMS = 20_000

NO_KNOWN_DRIFT = KnownDrift.none()

_Number = TypeVar("_Number", int, float)
_PROGRAM_ID = re.compile(r"^lprg_[a-f0-9]+$")


class ConfigError(Exception):
    """The settings cannot start a run; `problems` lists every reason."""

    def __init__(self, problems: list[str], hint: str) -> None:
        self.problems = problems
        self.hint = hint
        super().__init__(self.render())

    def render(self) -> str:
        lines = ["contract check: cannot start, the configuration is incomplete:"]
        lines += [f"  - {problem}" for problem in self.problems]
        lines.append(self.hint)
        return "\n".join(lines)


@dataclass(frozen=True, slots=True)
class Credentials:
    """Credential headers; each secret value maps to the environment variable shown instead."""

    headers: Mapping[str, str]
    secrets: Mapping[str, str]


@dataclass(frozen=True, slots=True)
class LiveApi:
    base_url: str
    credentials: Credentials
    customer_id: str
    program_id: str


@dataclass(frozen=True, slots=True)
class Overrides:
    """Knobs given on the command line; `None` means "not given"."""

    rate_limit: float | None = None
    max_examples: int | None = None
    request_timeout: float | None = None
    report_dir: Path | None = None
    max_walk_items: int | None = None
    seed: int | None = None
    mock_faults: frozenset[str] = frozenset()
    known_drift: Path | None = None
    previous: Path | None = None


@dataclass(frozen=True, slots=True)
class RunConfig:
    live: LiveApi | None
    """`None` runs against the embedded mock."""
    mock_faults: frozenset[str]
    rate_limit: float | None
    """Requests per second; `None` is unlimited."""
    max_examples: int
    request_timeout: float
    report_dir: Path
    max_walk_items: int
    seed: int | None
    cassette_body_bytes: int = MOCK_CASSETTE_BODY_BYTES
    known_drift: KnownDrift = NO_KNOWN_DRIFT
    """Accepted findings (contract_tests/known-drift.toml unless another file is given)."""
    previous: PreviousRun | None = None
    """The previous run's findings (`--previous DIR`), to mark findings new or still there."""

    @property
    def target_label(self) -> str:
        if self.live is None:
            faults = (
                f" with faults {', '.join(sorted(self.mock_faults))}" if self.mock_faults else ""
            )
            return f"embedded mock{faults}"
        return self.live.base_url


def load_config(environ: Mapping[str, str], overrides: Overrides | None = None) -> RunConfig:
    """Build the run settings, raising `ConfigError` listing every missing or inconsistent value."""
    overrides = overrides or Overrides()
    env = {name: value.strip() for name, value in environ.items() if value.strip()}
    problems: list[str] = []
    live = _live_api(env, problems)
    if live is not None and overrides.mock_faults:
        problems.append("--mock-fault only applies to the embedded mock; unset VOUCHERIFY_BASE_URL")

    rate_limit = _pick(overrides.rate_limit, env, ENV_RATE_LIMIT, float, problems)
    max_examples = _pick(overrides.max_examples, env, ENV_MAX_EXAMPLES, int, problems)
    timeout = _pick(overrides.request_timeout, env, ENV_TIMEOUT, float, problems)
    walk_items = _pick(overrides.max_walk_items, env, ENV_MAX_WALK_ITEMS, int, problems)
    for label, number in (
        ("max examples", max_examples),
        ("request timeout", timeout),
        ("max walk items", walk_items),
    ):
        if number is not None and number <= 0:
            problems.append(f"{label} must be positive, got {number}")
    if rate_limit is not None and rate_limit < 0:
        problems.append(f"rate limit must be >= 0 requests/s (0 = unlimited), got {rate_limit}")
    known = _known_drift(overrides.known_drift or _path(env, ENV_KNOWN_DRIFT), problems)
    previous = _previous(overrides.previous or _path(env, ENV_PREVIOUS), problems)

    if problems:
        hint = (
            "Set the missing VOUCHERIFY_* variables, or unset VOUCHERIFY_BASE_URL to run against "
            "the embedded mock."
            if ENV_BASE_URL in env
            else "Fix the values above; see `python -m contract_tests --help`."
        )
        raise ConfigError(problems, hint)

    report_dir = overrides.report_dir or _path(env, ENV_REPORT_DIR)
    if rate_limit is None:
        rate_limit = LIVE_RATE_LIMIT if live is not None else 0.0
    return RunConfig(
        live=live,
        mock_faults=overrides.mock_faults,
        rate_limit=rate_limit or None,
        max_examples=max_examples or (LIVE_MAX_EXAMPLES if live else MOCK_MAX_EXAMPLES),
        request_timeout=timeout or DEFAULT_TIMEOUT,
        report_dir=report_dir or default_report_dir(),
        max_walk_items=walk_items or DEFAULT_MAX_WALK_ITEMS,
        seed=overrides.seed,
        cassette_body_bytes=LIVE_CASSETTE_BODY_BYTES if live else MOCK_CASSETTE_BODY_BYTES,
        known_drift=known,
        previous=previous,
    )


def default_report_dir(now: datetime | None = None) -> Path:
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
    return Path("reports") / stamp


def _path(env: Mapping[str, str], name: str) -> Path | None:
    return Path(env[name]) if name in env else None


def _known_drift(path: Path | None, problems: list[str]) -> KnownDrift:
    try:
        return known_drift.load(path)
    except KnownDriftError as exc:
        problems += [f"known drift: {problem}" for problem in exc.problems]
        return KnownDrift.none()


def _previous(folder: Path | None, problems: list[str]) -> PreviousRun | None:
    if folder is None:
        return None
    try:
        return load_previous(folder)
    except HistoryError as exc:
        problems.append(str(exc))
        return None


def _live_api(env: Mapping[str, str], problems: list[str]) -> LiveApi | None:
    base_url = env.get(ENV_BASE_URL)
    if base_url is None:
        stray = [name for name in LIVE_ENV if name in env]
        if stray:
            problems.append(
                f"{', '.join(stray)} {'is' if len(stray) == 1 else 'are'} set but {ENV_BASE_URL} "
                "is not: set it to test the live API, or unset them to use the embedded mock"
            )
        return None

    parts = urlsplit(base_url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        problems.append(
            f"{ENV_BASE_URL} must be an http(s) URL such as https://api.voucherify.io, "
            f"got {base_url!r}"
        )
    credentials = _credentials(env, problems)
    customer_id = env.get(ENV_CUSTOMER_ID)
    program_id = env.get(ENV_PROGRAM_ID)
    if customer_id is None:
        problems.append(f"{ENV_CUSTOMER_ID} is not set (a customer id or source_id with activity)")
    if program_id is None:
        problems.append(f"{ENV_PROGRAM_ID} is not set (a loyalty program id, lprg_...)")
    elif not _PROGRAM_ID.match(program_id):
        problems.append(f"{ENV_PROGRAM_ID} must look like lprg_<hex> (the spec's pattern)")
    if credentials is None or customer_id is None or program_id is None:
        return None
    return LiveApi(
        base_url=base_url.rstrip("/"),
        credentials=credentials,
        customer_id=customer_id,
        program_id=program_id,
    )


def _credentials(env: Mapping[str, str], problems: list[str]) -> Credentials | None:
    app_id, app_token = env.get(ENV_APP_ID), env.get(ENV_APP_TOKEN)
    bearer = env.get(ENV_BEARER_TOKEN)
    if app_id is not None and app_token is not None:
        # Both kinds given: the application keys win; the bearer token stays unused (and unprinted).
        return Credentials(
            headers={"X-App-Id": app_id, "X-App-Token": app_token},
            secrets={app_id: ENV_APP_ID, app_token: ENV_APP_TOKEN},
        )
    if app_id is not None or app_token is not None:
        missing = ENV_APP_TOKEN if app_token is None else ENV_APP_ID
        present = ENV_APP_ID if app_token is None else ENV_APP_TOKEN
        problems.append(f"{missing} is not set ({present} is; they are used together)")
        return None
    if bearer is not None:
        return Credentials(
            headers={"Authorization": f"Bearer {bearer}"},
            secrets={bearer: ENV_BEARER_TOKEN},
        )
    problems.append(f"no credentials: set {ENV_APP_ID} and {ENV_APP_TOKEN}, or {ENV_BEARER_TOKEN}")
    return None


def _pick(
    given: _Number | None,
    env: Mapping[str, str],
    name: str,
    kind: type[_Number],
    problems: list[str],
) -> _Number | None:
    if given is not None:
        return given
    raw = env.get(name)
    if raw is None:
        return None
    try:
        return kind(raw)
    except ValueError:
        what = "a whole number" if kind is int else "a number"
        problems.append(f"{name} must be {what}, got {raw!r}")
        return None
