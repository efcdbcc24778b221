"""`python -m benchmarks [--only P1,P2] [--quick] [--output PATH] [--strict]`."""

from __future__ import annotations

import argparse
import sys
import time
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path

from . import machine, p1_parse, p2_paginate, p3_regenerate, p4_contract, report
from .results import Row, Section, text_table

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "benchmarks.md"
ALL = ("P1", "P2", "P3", "P4")


def _ids(text: str) -> list[str]:
    wanted = [part.strip().upper() for part in text.split(",") if part.strip()]
    unknown = [name for name in wanted if name not in ALL]
    if unknown or not wanted:
        raise argparse.ArgumentTypeError(
            f"expected a comma-separated subset of {','.join(ALL)}, got {text!r}"
        )
    return wanted


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks",
        description="Run the benchmarks with targets (P1-P4), print the table and write "
        f"{DOC.relative_to(ROOT)} (full runs only).",
    )
    parser.add_argument(
        "--only", type=_ids, default=list(ALL), metavar="P1,P2", help="run only these"
    )
    parser.add_argument(
        "--quick", action="store_true", help="fewer runs (smoke test); nothing is written"
    )
    parser.add_argument(
        "--output",
        type=Path,
        help=f"write the report here (default: {DOC.relative_to(ROOT)} after a full run)",
    )
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    return parser


class Runner:
    """Runs the chosen benchmarks, keeping their sections and the profiles of misses."""

    def __init__(self, quick: bool) -> None:
        self.quick = quick
        self.sections: list[Section] = []
        self.profiles: dict[str, str] = {}
        self.crashed = False

    def run(self, benchmark_id: str) -> None:
        jobs: dict[str, Callable[[], Section]] = {
            "P1": self._p1,
            "P2": self._p2,
            "P3": lambda: p3_regenerate.run(
                p3_regenerate.QUICK if self.quick else p3_regenerate.Settings()
            ),
            "P4": p4_contract.run,
        }
        print(f"[{benchmark_id}] running...", file=sys.stderr, flush=True)
        start = time.perf_counter()
        try:
            section = jobs[benchmark_id]()
        except Exception as error:  # one broken benchmark must not hide the others' figures
            self.crashed = True
            detail = traceback.format_exc(limit=3)
            section = Section(
                benchmark_id,
                "could not run",
                [Row(benchmark_id, "benchmark", f"failed: {type(error).__name__}: {error}")],
                [f"```text\n{detail.strip()}\n```"],
            )
        self.sections.append(section)
        print(
            f"[{benchmark_id}] done in {time.perf_counter() - start:.0f} s\n"
            f"{text_table(section.rows)}\n",
            file=sys.stderr,
            flush=True,
        )

    def _p1(self) -> Section:
        result = p1_parse.run(p1_parse.QUICK if self.quick else p1_parse.Settings())
        if not self.quick and not result.section.all_met:
            self.profiles["P1"] = p1_parse.profile(result)
        return result.section

    def _p2(self) -> Section:
        section = p2_paginate.run(p2_paginate.QUICK if self.quick else p2_paginate.Settings())
        if not self.quick and not section.all_met:
            mode = p2_paginate.missed_mode(section)
            self.profiles["P2"] = f"walk profiled: {mode}\n" + p2_paginate.profile(mode)
        return section


def _unwritable(output: Path) -> str | None:
    """Why the report could not be written to `output`, or None."""
    if output.is_dir():
        return "is a folder"
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        return f"its folder cannot be made ({exc.strerror})"
    return None


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.output is not None:  # found out now, not after minutes of measuring
        problem = _unwritable(args.output)
        if problem is not None:
            parser.error(f"--output {args.output}: {problem}")
    load_at_start = machine.load()
    runner = Runner(args.quick)
    for benchmark_id in ALL:
        if benchmark_id in args.only:
            runner.run(benchmark_id)
    rows = [row for section in runner.sections for row in section.rows]
    print(text_table(rows))
    missed = [row for row in rows if row.met is False]
    judged = [row for row in rows if row.met is not None]
    print(f"\ntargets met: {len(judged) - len(missed)} of {len(judged)}")
    output = args.output
    if output is None and not args.quick and list(args.only) == list(ALL):
        output = DOC
    if output is not None:
        settings = "quick" if args.quick else "full"
        settings += "" if list(args.only) == list(ALL) else f", only {','.join(args.only)}"
        text = report.render(
            runner.sections, runner.profiles, settings=settings, load_at_start=load_at_start
        )
        try:
            output.parent.mkdir(parents=True, exist_ok=True)
            output.write_text(text, encoding="utf-8")
        except OSError as exc:  # nothing measured is lost: the report goes to stdout instead
            print(f"cannot write {output} ({exc.strerror}); the report:\n\n{text}")
            return 2
        print(f"written: {output}")
    else:
        print("not written (partial or quick run; pass --output PATH to write it)")
    if runner.crashed:
        return 2
    return 1 if args.strict and missed else 0
