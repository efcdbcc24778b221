"""Running `python -m contract_tests` as a user would, and reading what it wrote."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

from contract_tests.evidence.payloads import V1_ACTIVITIES, V2_ACTIVITIES
from contract_tests.mock import create_app, dataset, serve_in_thread
from contract_tests.spec import Feed, Spec

ROOT = Path(__file__).resolve().parents[2]
# Small runs: few generated examples; walks still go to the end of every feed (the default cap).
SMALL = ("--max-examples", "5")
# A cap below the big customer's 2,400 activities: reaching it must fail, never pass silently.
WALK_CAP = ("--max-walk-items", "300", "-k", "pagination_walk and v1-customer")
MOCK_SECRETS = (dataset.APP_ID, dataset.APP_TOKEN, dataset.BEARER_TOKEN)

PAGES = "pagination_walk and not small and not empty"


def evidence_extras() -> frozenset[str]:
    """Names of the undocumented fields the mock's data (the evidence fixtures) carries."""
    spec = Spec.load()
    return frozenset(
        path.rsplit(".", 1)[-1]
        for feed, fixtures in ((Feed.CUSTOMER, V1_ACTIVITIES), (Feed.PROGRAM, V2_ACTIVITIES))
        for activity in fixtures.values()
        for path in spec.undocumented_item_fields(feed, activity)
    )


WALK = "pagination_walk and v1-customer"

# fault -> (tests to run, checks of which at least one must be named as failed)
FAULTS: dict[str, tuple[str, frozenset[str]]] = {
    # With the filter checks: they must judge around an unreadable created_at, not crash on it.
    "wrong_field_type": (
        f"{PAGES} or filters_honoured",
        frozenset({"response_schema_conformance", "parses_with_client"}),
    ),
    "malformed_known_type": (
        PAGES,
        frozenset({"response_schema_conformance", "parses_with_client"}),
    ),
    "unknown_event_type": (PAGES, frozenset({"no_undocumented_event_types"})),
    "page_overlap": (WALK, frozenset({"pagination_walk"})),
    "page_gap": (WALK, frozenset({"pagination_walk"})),
    "ignore_limit": (WALK, frozenset({"pagination_walk"})),
    "ignore_order": (WALK, frozenset({"pagination_walk"})),
    "never_ending_pages": (WALK, frozenset({"pagination_walk"})),
    # The big, small and empty feeds: the drift after the last page and on an empty feed.
    "has_more_forever": ("pagination_walk and v1", frozenset({"pagination_walk"})),
    "fresh_cursors_forever": ("pagination_walk and v2", frozenset({"pagination_walk"})),
    "overlapping_pages": (WALK, frozenset({"pagination_walk"})),
    "wrong_envelope_type": (PAGES, frozenset({"response_schema_conformance"})),
    "wrong_content_type": (PAGES, frozenset({"content_type_conformance"})),
    "server_error_at_limit_bounds": ("test_openapi", frozenset({"not_a_server_error"})),
    # A documented status (404) for a valid request: only positive_data_acceptance can tell.
    "not_found_at_limit_bounds": ("test_openapi", frozenset({"positive_data_acceptance"})),
    "ignore_type_filter": (
        "filters_honoured_v1 and type and not campaign",
        frozenset({"filters_honoured"}),
    ),
    "ignore_category_filter": ("category", frozenset({"filters_honoured"})),
    "ignore_campaign_filter": ("campaign", frozenset({"filters_honoured"})),
    "ignore_date_filter": ("date", frozenset({"filters_honoured"})),
    "ignore_v2_filters": ("filters_honoured_v2", frozenset({"filters_honoured"})),
    "auth_not_enforced": ("auth", frozenset({"auth_required", "ignored_auth"})),
    "bad_error_body": ("error_body or auth", frozenset({"error_body_shape"})),
    # Includes the Schemathesis tests: their failure output must not leak credentials either.
    "server_error": (f"test_openapi or {WALK}", frozenset({"not_a_server_error"})),
}
# What the report or JUnit must also say for a fault: the drift named, not just the check.
MESSAGES: dict[str, tuple[str, ...]] = {
    "page_overlap": ("page overlaps the previous one",),
    "overlapping_pages": ("page overlaps the previous one", "repeats 99 item(s) of page 1"),
    "never_ending_pages": ("repeating cursor",),
    "has_more_forever": ("empty page that claims more", "the first page (the feed is empty)"),
    "fresh_cursors_forever": ("empty page that claims more", "the first page (the feed is empty)"),
    "wrong_content_type": ("text/plain",),
}
# A live-API run, pointed at the mock (with a pagination fault, so the report has curl lines).
LIVE_FAULT = "page_gap"
LIVE_SELECTION = "auth or error_body or pagination_walk and v1"


@dataclass(frozen=True)
class FinishedRun:
    returncode: int
    stdout: str
    stderr: str
    report_dir: Path

    @property
    def report(self) -> str:
        return (self.report_dir / "drift-report.md").read_text(encoding="utf-8")

    def fact(self, name: str) -> str:
        """A value of the report's facts table."""
        prefix = f"| {name} | "
        line = next(line for line in self.report.splitlines() if line.startswith(prefix))
        return line[len(prefix) : -len(" |")]

    def failed_checks(self) -> set[str]:
        """Checks the drift report's summary table marks as failed."""
        return {
            line.split("`")[1]
            for line in self.report.splitlines()
            if line.startswith("| `") and "❌ fail" in line
        }

    def junit_failure_text(self) -> str:
        """Everything JUnit says about failed tests: messages and `failed_checks` properties."""
        tree = ET.parse(self.report_dir / "junit.xml")
        parts = []
        for case in tree.iter("testcase"):
            for failure in [*case.iter("failure"), *case.iter("error")]:
                parts += [failure.get("message", ""), failure.text or ""]
            for prop in case.iter("property"):
                if prop.get("name") == "failed_checks":
                    parts.append(prop.get("value", ""))
        return "\n".join(parts)

    def artifacts_text(self) -> str:
        return "\n".join(
            path.read_text(encoding="utf-8", errors="replace")
            for path in sorted(self.report_dir.iterdir())
        )


def run(
    command: list[str],
    cwd: Path = ROOT,
    *,
    timeout: float = 600,
    env: Mapping[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    """`command` as a user would run it: the caller's VOUCHERIFY_* and PYTEST_* never leak in
    (every run states its own target, and a nested pytest is not this one)."""
    environ = {k: v for k, v in os.environ.items() if not k.startswith(("VOUCHERIFY_", "PYTEST"))}
    environ.update(env or {})
    return subprocess.run(
        command, cwd=cwd, env=environ, capture_output=True, text=True, timeout=timeout, check=False
    )


def run_contract(
    report_dir: Path,
    *args: str,
    env: dict[str, str] | None = None,
    timeout: float = 300,
) -> FinishedRun:
    command = [sys.executable, "-m", "contract_tests", "--report-dir", str(report_dir), "-q", *args]
    result = run(command, timeout=timeout, env=env)
    return FinishedRun(result.returncode, result.stdout, result.stderr, report_dir)


@contextmanager
def all_runs(base: Path) -> Iterator[Mapping[str, Future[FinishedRun]]]:
    """Start every run of this folder at once (one per CPU); each test waits for its own.

    Names: each fault, `undocumented_field`, `clean` (the whole suite, embedded mock), `walk_cap`
    (the clean mock with a walk cap below its biggest feed), `live` (the live-API mode against
    a mock this process serves, with a bearer token) and `live_defaults` (the live-API mode with
    all its defaults but the rate limit, against a clean served mock).
    """
    with (
        serve_in_thread(create_app(faults=frozenset({LIVE_FAULT}))) as live_url,
        serve_in_thread(create_app()) as clean_url,
        serve_in_thread(echoing_credentials(create_app())) as echo_url,
        ThreadPoolExecutor(max_workers=max(2, os.cpu_count() or 2)) as pool,
    ):
        jobs: dict[str, Callable[[], FinishedRun]] = {
            "clean": lambda: run_contract(base / "clean", *SMALL),
            "walk_cap": lambda: run_contract(base / "walk_cap", *SMALL, *WALK_CAP),
            # Every default of a live run, only the rate limit lifted: the request budget.
            "live_defaults": lambda: run_contract(
                base / "live_defaults", "--rate-limit", "0", env=live_env(clean_url)
            ),
            # A server that quotes the credential in its 500s, as it came and URL-encoded: the
            # failures printed and stored must not.
            "live_echo": lambda: run_contract(
                base / "live_echo",
                *SMALL,
                "--rate-limit",
                "0",
                "-k",
                "test_openapi",
                env=live_env(echo_url),
            ),
            "live": lambda: run_contract(
                base / "live",
                *SMALL,
                "--rate-limit",
                "0",
                "-k",
                LIVE_SELECTION,
                env=live_env(live_url),
            ),
        }
        for fault, (selection, _) in {**FAULTS, "undocumented_field": (PAGES, None)}.items():
            jobs[fault] = _fault_job(base / fault, fault, selection)
        yield {name: pool.submit(job) for name, job in jobs.items()}


def live_env(base_url: str) -> dict[str, str]:
    return {
        "VOUCHERIFY_BASE_URL": base_url,
        "VOUCHERIFY_BEARER_TOKEN": dataset.BEARER_TOKEN,
        "VOUCHERIFY_CUSTOMER_ID": dataset.BIG_CUSTOMER_ID,
        "VOUCHERIFY_PROGRAM_ID": dataset.BIG_PROGRAM_ID,
    }


def echoing_credentials(app: Any) -> Any:
    """`app`, but `limit=1` answers a 500 whose message quotes the request's credential."""

    async def echoing(scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http" or b"limit=1&" not in scope["query_string"] + b"&":
            await app(scope, receive, send)
            return
        sent = dict(scope["headers"]).get(b"authorization", b"").decode()
        body = {"code": 500, "key": "upstream", "message": f"failed for {sent} ({quote(sent)})"}
        await send(
            {
                "type": "http.response.start",
                "status": 500,
                "headers": [(b"content-type", b"application/json")],
            }
        )
        await send({"type": "http.response.body", "body": json.dumps(body).encode()})

    return echoing


def _fault_job(report_dir: Path, fault: str, selection: str) -> Callable[[], FinishedRun]:
    return lambda: run_contract(report_dir, *SMALL, "--mock-fault", fault, "-k", selection)
