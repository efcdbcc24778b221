"""What a benchmark reports: rows of one table, grouped in sections, each with its notes."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Row:
    """One line of the results table.

    `met` is True / False on the rows a target is judged on, None on informative rows.
    """

    id: str
    what: str
    measured: str
    ratio: str = ""
    target: str = ""
    met: bool | None = None

    @property
    def verdict(self) -> str:
        if self.met is None:
            return ""
        return "met" if self.met else "MISSED"


@dataclass(frozen=True)
class Section:
    """One benchmark's rows, plus the facts a reader needs to trust them."""

    id: str
    title: str
    rows: list[Row]
    notes: list[str] = field(default_factory=list)

    @property
    def judged(self) -> list[Row]:
        return [row for row in self.rows if row.met is not None]

    @property
    def all_met(self) -> bool:
        return all(row.met for row in self.judged)


COLUMNS = ("id", "what", "measured (median)", "ratio / detail", "target", "verdict")


def row_cells(row: Row) -> tuple[str, ...]:
    return (row.id, row.what, row.measured, row.ratio, row.target, row.verdict)


def markdown_table(rows: list[Row]) -> list[str]:
    lines = ["| " + " | ".join(COLUMNS) + " |", "|" + "---|" * len(COLUMNS)]
    for row in rows:
        cells = (cell.replace("|", "\\|") for cell in row_cells(row))
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def text_table(rows: list[Row]) -> str:
    """Aligned plain-text table for the terminal."""
    table = [COLUMNS, *(row_cells(row) for row in rows)]
    widths = [max(len(line[i]) for line in table) for i in range(len(COLUMNS))]
    rendered = [
        "  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True))
        for line in table
    ]
    rendered.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(text.rstrip() for text in rendered)


def ms(seconds: float) -> str:
    return f"{seconds * 1e3:.2f} ms"


def ratio(value: float, baseline: float, name: str) -> str:
    return f"{value / baseline:.2f}x {name}"
