"""Smoke test of the benchmarks: P1 on a small page, one run; its rows and its typing census.

No timing assertions: only that the benchmark runs, reports rows of the expected shape, and that
the page it timed was parsed into the right classes, every payload typed.
"""

from __future__ import annotations

import re

import pytest

# The official SDK is the P1 baseline; it comes with the `bench` extra.
pytest.importorskip("voucherify", reason="needs the bench extra: pip install -e '.[dev,bench]'")

from voucherify_activity import parse_customer_activity_page

from benchmarks import census, p1_parse
from benchmarks.results import COLUMNS, markdown_table

ACTIVITIES = 12
TIME = re.compile(r"^\d+\.\d\d ms$")
RATIO = re.compile(r"^\d+\.\d\dx (SDK|json\.loads|clean page)$")


@pytest.fixture(scope="module")
def result() -> p1_parse.Result:
    return p1_parse.run(p1_parse.Settings(activities=ACTIVITIES, runs=1, loops=1))


def test_the_page_holds_one_activity_per_type(result: p1_parse.Result) -> None:
    assert len(result.page.types) == ACTIVITIES
    assert result.page.distinct_types == ACTIVITIES  # one of each type before any repeat
    assert len(result.subset.types) + sum(result.sdk_rejected.values()) == ACTIVITIES


def test_rows_have_the_table_structure(result: p1_parse.Result) -> None:
    rows = result.section.rows
    assert {row.id for row in rows} == {"P1"}
    whats = [row.what for row in rows]
    sdk_page = f"v1 ({len(result.subset.types)})"
    for contender in ("stdlib json.loads alone", "official SDK from_json", "ours, fully typed"):
        assert f"{sdk_page}: {contender}" in whats
    timed = [row for row in rows if row.measured.endswith(" ms")]
    assert len(timed) >= 10
    for row in timed:
        assert TIME.match(row.measured), row
        assert RATIO.match(row.ratio), row
    judged = {row.what: row.met for row in rows if row.met is not None}
    (evidence,) = {row.what.split(":")[0] for row in rows if row.what.startswith("evidence (")}
    assert set(judged) == {
        f"{sdk_page}: ours, fully typed",
        f"{sdk_page}: ours, lazy (default)",
        f"{sdk_page}, every activity deviating: ours, lazy (default)",
        f"{sdk_page}, every activity deviating: ours, default, every payload read",
        "objects typed per v1 / v2 page, fully typed",
        *(f"{evidence}: ours, {mode}" for mode in ("lazy (default)", "fully typed")),
    }
    table = markdown_table(rows)
    assert len(table) == len(rows) + 2
    assert all(line.count("|") == len(COLUMNS) + 1 for line in table)


def test_ours_typed_every_activity_into_its_class(result: p1_parse.Result) -> None:
    expected = census.expected_classes("customer")
    page = parse_customer_activity_page(result.page.body, validate=True)
    classes = [type(activity).__name__ for activity in page.data]
    assert classes == [expected[event_type] for event_type in result.page.types]
    assert result.customer_census.mismatches == ()
    assert result.program_census.mismatches == ()
    assert result.customer_census.fully_typed and result.program_census.fully_typed
    # Fully typed builds far more objects than the envelopes alone; lazy leaves every payload.
    assert result.customer_census.typed_objects > 1 + 2 * ACTIVITIES
    assert result.lazy_census.deferred == ACTIVITIES
