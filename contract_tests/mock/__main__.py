"""`python -m contract_tests.mock [--host H] [--port P] [--fault NAME ...]`: serve the mock."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from ..spec import startup_problem
from .app import create_app
from .faults import FAULTS
from .population import APP_ID, APP_TOKEN, BEARER_TOKEN, BIG_CUSTOMER_ID, BIG_PROGRAM_ID
from .server import serve_forever


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m contract_tests.mock",
        description="Serve the embedded Voucherify activity mock (deterministic data).",
    )
    parser.add_argument(
        "--host", default="127.0.0.1", help="interface to bind (default: %(default)s)"
    )
    parser.add_argument(
        "--port", type=_port, default=8765, help="0 picks a free port (default: %(default)s)"
    )
    parser.add_argument(
        "--fault",
        action="append",
        default=[],
        choices=sorted(FAULTS),
        metavar="NAME",
        help=f"break one behaviour on purpose; repeatable. One of: {', '.join(sorted(FAULTS))}",
    )
    return parser


def _port(text: str) -> int:
    try:
        port = int(text)
    except ValueError:
        port = -1
    if not 0 <= port <= 65535:  # else bind() would fail with a traceback
        raise argparse.ArgumentTypeError(f"a port is 0 to 65535, got {text!r}")
    return port


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    problem = startup_problem()
    if problem is not None:
        print(f"cannot serve the mock, the spec is broken: {problem}", file=sys.stderr)
        return 2
    app = create_app(faults=frozenset(args.fault))

    def announce(url: str) -> None:
        faults = ", ".join(sorted(args.fault)) or "none"
        print(
            f"Voucherify activity mock on {url}  (faults: {faults})\n"
            f"  credentials: X-App-Id: {APP_ID}  X-App-Token: {APP_TOKEN}\n"
            f"           or: Authorization: Bearer {BEARER_TOKEN}\n"
            f"  try: curl -H 'X-App-Id: {APP_ID}' -H 'X-App-Token: {APP_TOKEN}' "
            f"'{url}/v1/customers/{BIG_CUSTOMER_ID}/activity?limit=2'\n"
            f"       curl -H 'Authorization: Bearer {BEARER_TOKEN}' "
            f"'{url}/v2/loyalties/programs/{BIG_PROGRAM_ID}/activities?limit=2'",
            flush=True,
        )

    try:
        serve_forever(app, args.host, args.port, announce)
    except OSError as exc:
        print(f"cannot serve on {args.host}:{args.port}: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
