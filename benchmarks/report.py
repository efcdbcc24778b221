"""docs/benchmarks.md: the results table, the machine, the notes and profiles of any miss."""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence

from . import machine
from .results import Section, markdown_table

METHOD = """\
## Method

- Every comparison is measured side by side in one process, on the same bytes, the contenders
  alternated run by run (so a slow moment of the machine hits all of them), and reported as a
  ratio of medians. The garbage collector stays on, but each sample starts from a collected
  heap, and what the process held before timing (the mock's dataset) is frozen out of the
  collector (`gc.freeze`), as it would not exist in a client's process.
- P1 times one parse per call (several calls per sample); P2 one full walk per sample; P3 and
  P4 run subprocesses, as a user would.
- The machine is shared: the load average above tells how busy it was. Ratios move less than
  absolute times, but on a loaded two-core machine they still move by 10-20 % between runs.
- Regenerate this page with `nox -s bench` (or `python -m benchmarks`); `--only P1,P2` and
  `--quick` print without writing it.
"""


def render(
    sections: Sequence[Section],
    profiles: Mapping[str, str],
    *,
    settings: str,
    load_at_start: str,
) -> str:
    now = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
    judged = [row for section in sections for row in section.judged]
    missed = [row for row in judged if not row.met]
    lines = [
        "# Benchmarks",
        "",
        f"Written by `python -m benchmarks` ({settings}) on {now}. Do not edit by hand.",
        "",
        f"- **Machine:** {machine.describe()}",
        f"- **Load average at start (1/5/15 min):** {load_at_start}",
        f"- **Versions:** {machine.versions()}",
        f"- **Targets:** {len(judged) - len(missed)} of {len(judged)} met"
        + (": missed " + "; ".join(f"{row.id} {row.what}" for row in missed) if missed else ""),
        "",
        *markdown_table([row for section in sections for row in section.rows]),
        "",
    ]
    for section in sections:
        lines += [f"## {section.id}: {section.title}", ""]
        lines += [f"- {note}" for note in section.notes]
        lines.append("")
        if section.id in profiles:
            lines += [
                f"Profile of the missed target ({section.id}, pyinstrument, self time):",
                "",
                "```text",
                profiles[section.id],
                "```",
                "",
            ]
    lines.append(METHOD)
    return "\n".join(lines)
