"""P1: bytes of a realistic 100-activity page -> typed page object, side by side.

Contenders, all on the same bytes in the same process, alternated run by run:

- stdlib `json.loads` alone (the floor for anything built on it);
- the official SDK, `voucherify==6.1.1`: `CustomersActivityListResponseBody.from_json(text)`
  (pydantic v2; it types the envelope and keeps each activity's `data` as an untyped dict);
- ours, lazy (the default): envelope typed and checked, each payload parsed on first access;
- ours, fully typed (`validate=True`): every payload parsed and checked as well; with the
  `fast` extra installed (msgspec) the whole page is decoded and checked in C first;
- ours without msgspec (orjson + the generated from_dict): the figures before the fast path;
  and without the `fast` extra at all (stdlib json + from_dict).

The target (ours <= 1.0x the SDK) is judged on "ours, fully typed": that is the one that types
every documented field. The SDK knows 74 customer event types and fails a whole page on any
other, so it is timed on the activities it accepts, and ours again on that same subset.
"""

from __future__ import annotations

import importlib.util
import json
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from voucherify.models.customer_activity import CustomerActivity as SdkActivity
from voucherify.models.customers_activity_list_response_body import (
    CustomersActivityListResponseBody,
)
from voucherify_activity import _fast_path, load_payloads, parse_customer_activity_page
from voucherify_activity import parse_program_activity_page as parse_program_page
from voucherify_activity.models import CustomerActivityList, ProgramActivityList
from voucherify_activity.parsing import loads

from . import census, pages, profiling
from .results import Row, Section, ms, ratio
from .timing import Timing, interleaved

Page = TypeVar("Page", CustomerActivityList, ProgramActivityList)

ID = "P1"
TARGET = 1.0  # ours, fully typed, / the official SDK
LAZY_TARGET = 0.25  # ours, lazy (default), / the official SDK
DEVIATING_TARGET = 1.5  # the default mode on a page where every activity deviates / clean
ACCEPTED = "accepts it"


@dataclass(frozen=True)
class Settings:
    activities: int = pages.PAGE_SIZE
    runs: int = 21
    loops: int = 5


QUICK = Settings(runs=2, loops=1)


@dataclass(frozen=True)
class Result:
    section: Section
    page: pages.SamplePage
    subset: pages.SamplePage  # the activities the SDK accepts
    sdk_rejected: dict[str, int]  # event type -> activities the SDK refused
    customer_census: census.Census  # of ours, fully typed, on the whole v1 page
    program_census: census.Census
    lazy_census: census.Census  # of ours, lazy, on the whole v1 page


def sdk_accepts_body(body: bytes) -> bool:
    try:
        SdkActivity.from_json(body.decode())
    except ValueError:  # pydantic.ValidationError is a ValueError
        return False
    return True


def ours_by_from_dict(
    page_type: type[Page], body: bytes, *, validate: bool, stdlib_json: bool = False
) -> Page:
    """Ours without msgspec: the generated from_dict on orjson's output (the figures before
    the fast path), or with `stdlib_json` on json's (what a user without the `fast` extra gets).
    """
    page = page_type.from_dict(json.loads(body) if stdlib_json else loads(body))
    if validate:
        load_payloads(page)
    return page


def ours_with_collector_on(body: bytes) -> CustomerActivityList | None:
    """The fast path without its pause of the garbage collector (see _collector.py)."""
    root = _fast_path._wire().PAGES[CustomerActivityList][False]
    try:
        return _fast_path._decoder(root).decode(body).to_model()  # type: ignore[no-any-return]
    except _fast_path._REFUSALS:
        return None  # a realistic page (undocumented fields) goes to from_dict as a whole


def run(settings: Settings = Settings()) -> Result:
    activities = pages.customer_activities(settings.activities)
    page = pages.customer_page(activities)
    accepted = [activity for activity in activities if sdk_accepts_body(activity.body)]
    subset = pages.customer_page(accepted)
    accepted_ids = {activity.id for activity in accepted}
    rejected = Counter(activity.type for activity in activities if activity.id not in accepted_ids)
    program = pages.program_page(pages.program_activities(settings.activities))

    full_census = census.take(
        parse_customer_activity_page(page.body, validate=True), page.types, "customer"
    )
    lazy_census = census.take(parse_customer_activity_page(page.body), page.types, "customer")
    program_census = census.take(
        parse_program_page(program.body, validate=True), program.types, "program"
    )
    sdk_on_whole_page = _sdk_verdict(page.body.decode())
    sdk_on_subset = _sdk_verdict(subset.body.decode())
    if sdk_on_subset != ACCEPTED:
        raise RuntimeError(
            f"the SDK refuses the page of activities it accepts one by one: {sdk_on_subset}"
        )

    evidence, evidence_types = pages.evidence_page(sdk_accepts_body, settings.activities)
    timed = _time_v1(subset, page, settings) | _time_evidence(evidence, settings)
    timed_v2 = _time_v2(program, settings)
    timed |= _time_deviating(subset, settings)
    rows = _rows(page, subset, rejected, timed, timed_v2, full_census, program_census, program)
    rows += _evidence_rows(evidence, evidence_types, timed)
    notes = _notes(page, subset, program, rejected, sdk_on_whole_page, full_census, lazy_census)
    notes += [
        f"**evidence ({len(evidence.types)}, {evidence_types} types)**: the fixtures of "
        "contract_tests/evidence (one activity per v1 event type, shaped like Voucherify's "
        "published example payloads: `null`s, absent parts, other shapes, undocumented fields), "
        f"the {evidence_types} types the SDK accepts, repeated with ids of their own, "
        f"{evidence.size:,} bytes. The first warm-up round teaches the fast path their "
        "undocumented keys (one rebuild of its structs); the timed runs use what it learned.",
        "**every activity deviating**: the v1 page above with `data.event_source` a number in "
        "every activity (the spec has an object or null). The default mode keeps it and "
        "records a deviation; `lazy` parses the page, `every payload read` also reads every "
        "payload (`page.deviations`), against the clean page read the same way, timed last "
        "and together: the fast path widens `event_source` on first sight (any value on the "
        "wire, checked by msgspec, a failing one decided by the generated parsing of that "
        "field alone), and both pages then run on the widened structs.",
    ]
    section = Section(ID, "bytes of a 100-activity page -> typed page object", rows, notes)
    return Result(section, page, subset, rejected, full_census, program_census, lazy_census)


def deviating(page: pages.SamplePage) -> bytes:
    """`page` with one deviation in every activity's payload (`data.event_source` a number,
    where the spec has an object or null), for the default mode's cost of tolerating it."""
    body = json.loads(page.body)
    for activity in body["data"]:
        activity["data"]["event_source"] = 12
    return json.dumps(body, separators=(",", ":")).encode()


def read_every_payload(body: bytes) -> object:
    """The default mode, then every payload read (`page.deviations` reads them all)."""
    return parse_customer_activity_page(body).deviations


def _sdk_verdict(text: str) -> str:
    try:
        CustomersActivityListResponseBody.from_json(text)
    except ValueError as error:
        first_line = str(error).splitlines()[0]
        return f"raises {type(error).__name__} ({first_line})"
    return ACCEPTED


def _interleaved(
    contenders: dict[str, Callable[[], object]], settings: Settings
) -> dict[str, Timing]:
    """`interleaved` with two warm-up rounds: the first teaches the fast path the undocumented
    keys of every page (one rebuild of its structs each), the second runs on the structs that
    know them all."""
    return interleaved(contenders, runs=settings.runs, loops=settings.loops, warmup=2)


def _time_v1(
    subset: pages.SamplePage, page: pages.SamplePage, settings: Settings
) -> dict[str, Timing]:
    sub_body, sub_text, body = subset.body, subset.body.decode(), page.body
    contenders: dict[str, Callable[[], object]] = {
        "sub json": lambda: json.loads(sub_body),
        "sub sdk": lambda: CustomersActivityListResponseBody.from_json(sub_text),
        "sub lazy": lambda: parse_customer_activity_page(sub_body),
        "sub full": lambda: parse_customer_activity_page(sub_body, validate=True),
        "sub full pure": lambda: ours_by_from_dict(CustomerActivityList, sub_body, validate=True),
        "sub full gc": lambda: ours_with_collector_on(sub_body),
        "sub lazy stdlib": lambda: ours_by_from_dict(
            CustomerActivityList, sub_body, validate=False, stdlib_json=True
        ),
        "sub full stdlib": lambda: ours_by_from_dict(
            CustomerActivityList, sub_body, validate=True, stdlib_json=True
        ),
    }
    if page.body != subset.body:
        contenders |= {
            "all json": lambda: json.loads(body),
            "all lazy": lambda: parse_customer_activity_page(body),
            "all full": lambda: parse_customer_activity_page(body, validate=True),
        }
    return _interleaved(contenders, settings)


def _time_deviating(subset: pages.SamplePage, settings: Settings) -> dict[str, Timing]:
    """The clean and the deviating page, timed together after everything else: the fields the
    fast path widens for the deviation stay widened in this process, so clean pages are timed
    against deviating ones on the same structs, and the other rows before any widening."""
    clean, dev = subset.body, deviating(subset)
    contenders: dict[str, Callable[[], object]] = {
        "clean lazy": lambda: parse_customer_activity_page(clean),
        "clean lazy read": lambda: read_every_payload(clean),
        "dev lazy": lambda: parse_customer_activity_page(dev),
        "dev lazy read": lambda: read_every_payload(dev),
    }
    try:
        return _interleaved(contenders, settings)
    finally:
        _fast_path._widened.clear()  # later benchmarks (P2) start from plain structs again
        _fast_path.rebuild()


def _time_evidence(evidence: pages.SamplePage, settings: Settings) -> dict[str, Timing]:
    body, text = evidence.body, evidence.body.decode()
    contenders: dict[str, Callable[[], object]] = {
        "ev sdk": lambda: CustomersActivityListResponseBody.from_json(text),
        "ev lazy": lambda: parse_customer_activity_page(body),
        "ev full": lambda: parse_customer_activity_page(body, validate=True),
    }
    return _interleaved(contenders, settings)


def _time_v2(program: pages.SamplePage, settings: Settings) -> dict[str, Timing]:
    body = program.body
    contenders: dict[str, Callable[[], object]] = {
        "json": lambda: json.loads(body),
        "lazy": lambda: parse_program_page(body),
        "full": lambda: parse_program_page(body, validate=True),
        "full pure": lambda: ours_by_from_dict(ProgramActivityList, body, validate=True),
        "full stdlib": lambda: ours_by_from_dict(
            ProgramActivityList, body, validate=True, stdlib_json=True
        ),
    }
    return _interleaved(contenders, settings)


# Rows without a target, in report order: (what, after the page's name; the timing's key).
_SUBSET_BASELINES = (
    ("stdlib json.loads alone", "sub json"),
    ("official SDK from_json", "sub sdk"),
)
_SUBSET_VARIANTS = (
    ("ours, fully typed, collector not paused", "sub full gc"),
    ("ours, fully typed, orjson + from_dict (no msgspec)", "sub full pure"),
    ("ours, lazy, without the fast extra", "sub lazy stdlib"),
    ("ours, fully typed, without the fast extra", "sub full stdlib"),
)
_V2_ROWS = (
    ("stdlib json.loads alone", "json"),
    ("ours, lazy (default)", "lazy"),
    ("ours, fully typed", "full"),
    ("ours, fully typed, no msgspec", "full pure"),
    ("ours, fully typed, without the fast extra", "full stdlib"),
)


def _rows(
    page: pages.SamplePage,
    subset: pages.SamplePage,
    rejected: dict[str, int],
    t: dict[str, Timing],
    t2: dict[str, Timing],
    full_census: census.Census,
    program_census: census.Census,
    program: pages.SamplePage,
) -> list[Row]:
    sdk = t["sub sdk"].median_s
    on_subset = f"v1 ({len(subset.types)})"
    rows = [
        *_untargeted(on_subset, _SUBSET_BASELINES, t, sdk, "SDK"),
        _timed(f"{on_subset}: ours, lazy (default)", t["sub lazy"], sdk, "SDK", LAZY_TARGET),
        _timed(f"{on_subset}: ours, fully typed", t["sub full"], sdk, "SDK", TARGET),
        _timed(
            f"{on_subset}, every activity deviating: ours, lazy (default)",
            t["dev lazy"],
            t["clean lazy"].median_s,
            "clean page",
            DEVIATING_TARGET,
        ),
        _timed(
            f"{on_subset}, every activity deviating: ours, default, every payload read",
            t["dev lazy read"],
            t["clean lazy read"].median_s,
            "clean page",
            DEVIATING_TARGET,
        ),
        *_untargeted(on_subset, _SUBSET_VARIANTS, t, sdk, "SDK"),
    ]
    if rejected:
        whole, base = f"v1 ({len(page.types)})", t["all json"].median_s
        rows += [
            _timed(f"{whole}: stdlib json.loads alone", t["all json"], base, "json.loads"),
            Row(ID, f"{whole}: official SDK from_json", "fails the page", "-"),
            _timed(f"{whole}: ours, lazy (default)", t["all lazy"], base, "json.loads"),
            _timed(f"{whole}: ours, fully typed", t["all full"], base, "json.loads"),
        ]
    v2 = f"v2 ({len(program.types)})"
    rows += [
        *_untargeted(v2, _V2_ROWS, t2, t2["json"].median_s, "json.loads"),
        Row(
            ID,
            "objects typed per v1 / v2 page, fully typed",
            f"{full_census.typed_objects:,} / {program_census.typed_objects:,}",
            "",
            "every payload typed",
            all(
                counted.fully_typed and not counted.mismatches
                for counted in (full_census, program_census)
            ),
        ),
    ]
    return rows


def _evidence_rows(evidence: pages.SamplePage, types: int, t: dict[str, Timing]) -> list[Row]:
    sdk = t["ev sdk"].median_s
    what = f"evidence ({len(evidence.types)}, {types} types)"
    return [
        _timed(f"{what}: official SDK from_json", t["ev sdk"], sdk, "SDK"),
        _timed(f"{what}: ours, lazy (default)", t["ev lazy"], sdk, "SDK", LAZY_TARGET),
        _timed(f"{what}: ours, fully typed", t["ev full"], sdk, "SDK", TARGET),
    ]


def _untargeted(
    page: str,
    table: Sequence[tuple[str, str]],
    t: dict[str, Timing],
    base: float,
    base_name: str,
) -> list[Row]:
    """One row per (what, key) of `table`: `t[key]` against `base`, no target."""
    return [_timed(f"{page}: {what}", t[key], base, base_name) for what, key in table]


def _timed(
    what: str, timing: Timing, base: float, base_name: str, target: float | None = None
) -> Row:
    """`timing` against `base`; judged on the ratio being at most `target`, when one is given."""
    measured, against = ms(timing.median_s), ratio(timing.median_s, base, base_name)
    if target is None:
        return Row(ID, what, measured, against)
    # str() of a float is its shortest repr: the targets read as written (0.25, 1.0, 1.5).
    judged = f"<= {target}x {base_name}"
    return Row(ID, what, measured, against, judged, timing.median_s / base <= target)


def _notes(
    page: pages.SamplePage,
    subset: pages.SamplePage,
    program: pages.SamplePage,
    rejected: dict[str, int],
    sdk_on_whole_page: str,
    full_census: census.Census,
    lazy_census: census.Census,
) -> list[str]:
    decoder = "orjson" if importlib.util.find_spec("orjson") else "the stdlib json module"
    took = [
        _fast_path.decode_page(page_type, sample.body, lazy=False) is not None
        for page_type, sample in (
            (CustomerActivityList, subset),
            (CustomerActivityList, page),
            (ProgramActivityList, program),
        )
    ]
    fast_path = (
        "takes the msgspec fast path on all three pages (decoded and checked in C, then built "
        "into the models)"
        if all(took)
        else f"fast path taken on {sum(took)} of 3 pages (msgspec installed: "
        f"{_fast_path.available()}); the others by the generated from_dict"
    )
    refused = ", ".join(f"`{name}` ({count})" for name, count in sorted(rejected.items()))
    notes = [
        f"**v1 ({len(page.types)})**: {len(page.types)} activities of the mock's big customer "
        f"covering all {page.distinct_types} customer event types, {page.size:,} bytes. "
        f"**v2 ({len(program.types)})**: {len(program.types)} activities of the big loyalty "
        f"program covering all {program.distinct_types} program event types, "
        f"{program.size:,} bytes. Both are rendered exactly as the embedded mock serves them.",
        f"The official SDK on v1 ({len(page.types)}): {sdk_on_whole_page}. "
        + (
            f"It refuses {sum(rejected.values())} of {len(page.types)} activities ({refused}), "
            f"event types outside its 74-value enum, so the SDK is compared on "
            f"**v1 ({len(subset.types)})**: the {len(subset.types)} activities / "
            f"{subset.distinct_types} types it accepts, {subset.size:,} bytes, ours on the same."
            if rejected
            else "It accepts every activity."
        ),
        f"The SDK types {len(subset.types) + 1} objects per page (the list and each activity's "
        "envelope); ours, fully typed, types every documented field, see the census row.",
        "The target is judged on **ours, fully typed** (`validate=True`: every payload parsed "
        "and checked, "
        f"{full_census.typed_objects:,} model objects, {full_census.deferred} payloads left). "
        f"Ours by default (lazy) types the envelope of every activity and leaves "
        f"{lazy_census.deferred} payloads to be parsed on first access (with msgspec, as raw "
        "JSON text not even decoded yet); the SDK never types `data` at all.",
        f"Ours decodes with msgspec and {decoder} (the `fast` extra); the `without the fast "
        "extra` rows show the stdlib json module and the generated `from_dict` alone. The SDK "
        "gets a `str` decoded ahead of timing (its `from_json` wants text); "
        "everything else gets the response bytes.",
        "The fast path pauses the garbage collector while it builds the models from the "
        "checked structs (the page is a tree without cycles: the passes it saves would only "
        "walk the unfinished page, see _collector.py); the `collector not paused` row is the "
        "same parse without that pause. In this benchmark each page is dropped at once, so the "
        "collection the pause defers never comes for it; a program that keeps its pages pays "
        "it once per page, later, so it saves less than the difference between those rows.",
        f"Ours, fully typed, {fast_path}; the `no msgspec` rows parse the same bytes with "
        "orjson and the generated `from_dict` (the figures before the fast path; every path "
        "gives equal pages, see tests/client/test_fast_path.py).",
    ]
    if full_census.mismatches:
        notes.append("Activities typed as the wrong class: " + "; ".join(full_census.mismatches))
    return notes


def profile(result: Result) -> str:
    """Where ours, fully typed, spends its time on the page the target is judged on."""
    body = result.subset.body
    return profiling.flat_profile(lambda: parse_customer_activity_page(body, validate=True), 50)
