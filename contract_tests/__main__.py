"""`python -m contract_tests`: run the contract suite and write the report folder.

Exit status: 0 when every check passed, 1 when a contract check failed, 2 when the run could not
start (missing or inconsistent settings) or was interrupted (Ctrl-C, SIGTERM: the report says so
and no findings are written), other values as pytest defines them.
"""

from __future__ import annotations

import argparse
import os
import shlex
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from contract_tests.config import (
    ENV_APP_ID,
    ENV_APP_TOKEN,
    ENV_BASE_URL,
    ENV_BEARER_TOKEN,
    ENV_CUSTOMER_ID,
    ENV_KNOWN_DRIFT,
    ENV_MAX_EXAMPLES,
    ENV_MAX_WALK_ITEMS,
    ENV_PREVIOUS,
    ENV_PROGRAM_ID,
    ENV_RATE_LIMIT,
    ENV_REPORT_DIR,
    ENV_TIMEOUT,
    ConfigError,
    Overrides,
    load_config,
)
from contract_tests.spec import startup_problem

SUITE_DIR = Path(__file__).resolve().parent / "suite"

_EPILOG = f"""\
target:
  the embedded mock, unless {ENV_BASE_URL} is set; then also {ENV_APP_ID} + {ENV_APP_TOKEN}
  (or {ENV_BEARER_TOKEN}), {ENV_CUSTOMER_ID} and {ENV_PROGRAM_ID}.
knobs (the options above win): {ENV_RATE_LIMIT}, {ENV_MAX_EXAMPLES}, {ENV_TIMEOUT},
  {ENV_REPORT_DIR}, {ENV_MAX_WALK_ITEMS}, {ENV_KNOWN_DRIFT}, {ENV_PREVIOUS}.
report folder: junit.xml, cassette.yaml, drift-report.md, findings.json and, when the spec could
  absorb a finding, spec.patch (`git apply` it, then `nox -s generate`).
exit status: 0 all checks passed (or every failure is known drift), 1 a contract check failed or
  a known-drift entry expired, 2 the run could not start (a malformed known-drift file, a
  setting missing, a spec that does not parse; live: credentials refused, a feed path the API
  does not know, no answer at all) or was interrupted (Ctrl-C, SIGTERM), 5 -k selected nothing;
  those write a report without a verdict, and no findings.
"""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m contract_tests",
        description="Check the Voucherify activity feeds against openapi/voucherify-activity.yaml.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--max-examples", type=int, help="generated examples per operation and phase"
    )
    parser.add_argument(
        "--rate-limit", type=float, help="requests per second (0: unlimited; live default 5)"
    )
    parser.add_argument("--timeout", type=float, help="request timeout in seconds (default 10)")
    parser.add_argument(
        "--report-dir", type=Path, help="report folder (default reports/<UTC time>)"
    )
    parser.add_argument(
        "--max-walk-items",
        type=int,
        help="cap on the items a walk to the end of a feed reads (20000; reaching it fails)",
    )
    parser.add_argument("--seed", type=int, help="Schemathesis seed, to repeat a run")
    parser.add_argument(
        "--known-drift",
        type=Path,
        metavar="FILE",
        help="accepted findings with their expiry (default contract_tests/known-drift.toml)",
    )
    parser.add_argument(
        "--previous",
        type=Path,
        metavar="DIR",
        help="the previous run's report folder: mark findings new, still there or resolved",
    )
    parser.add_argument(
        "--mock-fault",
        action="append",
        default=[],
        metavar="NAME",
        help="inject a fault into the embedded mock (repeatable), to see a check fail",
    )
    parser.add_argument("-k", dest="keyword", help="only run tests matching this pytest expression")
    parser.add_argument("-q", "--quiet", action="store_true", help="less output")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    started = time.monotonic()
    args = _parser().parse_args(argv)
    overrides = Overrides(
        rate_limit=args.rate_limit,
        max_examples=args.max_examples,
        request_timeout=args.timeout,
        report_dir=args.report_dir,
        max_walk_items=args.max_walk_items,
        seed=args.seed,
        mock_faults=frozenset(args.mock_fault),
        known_drift=args.known_drift,
        previous=args.previous,
    )
    try:
        config = load_config(os.environ, overrides)
    except ConfigError as exc:
        print(exc.render(), file=sys.stderr)
        return 2

    problem = startup_problem()
    if problem is not None:
        print(f"contract check: cannot start, the spec is broken: {problem}", file=sys.stderr)
        return 2
    try:
        config.report_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:  # a file of that name, a read-only place...
        print(
            f"contract check: cannot start, no report folder {config.report_dir}: {exc.strerror}",
            file=sys.stderr,
        )
        return 2

    if config.live is not None:
        from contract_tests import preflight

        unreachable = preflight.problem(config.live, config.request_timeout)
        if unreachable is not None:  # an operator's mistake, not drift: no findings are written
            print(f"contract check: cannot start, {unreachable}", file=sys.stderr)
            return 2

    import pytest

    from contract_tests.redaction import Redactor, redacted_output
    from contract_tests.stop_signals import StopOnSignal
    from contract_tests.suite.plugin import ContractPlugin
    from contract_tests.suite.runtime import JUNIT_NAME

    print(f"contract check: target {config.target_label}; report folder {config.report_dir}")
    pytest_args = [
        str(SUITE_DIR),
        f"--junitxml={config.report_dir / JUNIT_NAME}",
        "-o",
        "junit_suite_name=contract-check",
        "-o",
        "junit_logging=no",
        # The project's own pytest options (testpaths, -ra...) are not the suite's.
        "-o",
        "addopts=",
        "-p",
        "no:cacheprovider",
        # Its JUnit statistics are noise here; Schemathesis runs Hypothesis on its own.
        "-p",
        "no:hypothesispytest",
        "--tb=short",
        # Schemathesis is imported before pytest starts (the plugin needs it): nothing to rewrite.
        "-W",
        "ignore::pytest.PytestAssertRewriteWarning",
        "-q" if args.quiet else "-v",
    ]
    if args.keyword:
        pytest_args += ["-k", args.keyword]
    arguments = list(argv if argv is not None else sys.argv[1:])
    command = "python -m contract_tests " + shlex.join(arguments)
    plugin = ContractPlugin(config, command, started=started)
    stop = StopOnSignal()
    secrets = config.live.credentials.secrets if config.live is not None else {}
    with stop.installed(), redacted_output(Redactor(secrets)):
        exit_code = int(pytest.main(pytest_args, plugins=[plugin, stop]))
    if plugin.run is not None:
        print(f"contract check report: {config.report_dir}")
    return exit_code


if __name__ == "__main__":
    sys.exit(main())
