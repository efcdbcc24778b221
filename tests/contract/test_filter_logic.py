"""`filters_honoured`'s logic: wrong and missing items, bounded samples, the query form."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from contract_tests.checks.filter_scenarios import (
    V1_SCENARIOS,
    V2_SCENARIOS,
    NoData,
    campaign_type_index,
    category_split_problems,
    v1_scenario,
    v2_scenario,
)
from contract_tests.checks.filters import (
    Activity,
    Listing,
    campaign_ids,
    created_at,
    deep_object,
    format_instant,
    mismatches,
)

START = datetime(2024, 1, 1, tzinfo=UTC)
TYPES = ("customer.confirmed", "customer.redemption.succeeded", "customer.sms.sent")
CAMPAIGNS = (("camp_a", "PROMOTION"), ("camp_b", "LOYALTY_PROGRAM"))


def _activity(n: int) -> dict[str, Any]:
    campaign_id, campaign_type = CAMPAIGNS[n % 2]
    payload: dict[str, Any] = {"customer": {"id": "cust_1"}}
    if n % 3 == 1:
        payload["campaign"] = {
            "id": campaign_id,
            "campaign_type": campaign_type,
            "object": "campaign",
        }
    elif n % 3 == 2:
        payload["voucher"] = {"campaign_id": campaign_id}
    return {
        "id": f"evcus_{n:04d}",
        "type": TYPES[n % 3],
        "created_at": format_instant(START + timedelta(minutes=n)),
        "data": {"data": payload},
    }


UNIVERSE = [_activity(n) for n in reversed(range(60))]  # newest first, like the API


def _answer(query: dict[str, Any], judge: Any) -> Listing:
    """What a correct API returns for a scenario: exactly the matching activities."""
    return Listing([a for a in UNIVERSE if judge(a) is True], complete=True)


def test_a_correct_answer_has_no_mismatch() -> None:
    for name in V1_SCENARIOS:
        scenario = v1_scenario(name, UNIVERSE)
        answer = _answer(dict(scenario.query), scenario.judge)
        assert answer.activities, name
        assert mismatches(Listing(UNIVERSE, True), answer, scenario.judge, description=name) == []


def test_an_ignored_filter_returns_wrong_items() -> None:
    scenario = v1_scenario("type", UNIVERSE)
    problems = mismatches(
        Listing(UNIVERSE, True), Listing(UNIVERSE, True), scenario.judge, description="t"
    )
    assert len(problems) == 1
    assert "returned activities do not match t" in problems[0]


def test_a_missing_match_is_reported() -> None:
    scenario = v1_scenario("type", UNIVERSE)
    answer = _answer({}, scenario.judge)
    short = Listing(answer.activities[1:], complete=True)
    problems = mismatches(Listing(UNIVERSE, True), short, scenario.judge, description="t")
    assert problems == [
        f"1 matching activities of the unfiltered listing are missing, e.g. "
        f"{answer.activities[0]['id']} ({answer.activities[0]['type']}, "
        f"{answer.activities[0]['created_at']})"
    ]


def test_bounded_listings_are_compared_only_where_both_reach() -> None:
    scenario = v1_scenario("type", UNIVERSE)
    answer = _answer({}, scenario.judge)
    # The filtered sample stops early: older matches are not "missing".
    sample = Listing(answer.activities[:5], complete=False)
    assert mismatches(Listing(UNIVERSE, True), sample, scenario.judge, description="t") == []
    # ... but a match inside the covered window is.
    holed = Listing([*answer.activities[:2], *answer.activities[3:6]], complete=False)
    assert len(mismatches(Listing(UNIVERSE, True), holed, scenario.judge, description="t")) == 1


def test_activities_not_showing_a_campaign_are_undecided() -> None:
    scenario = v1_scenario("campaign_id", UNIVERSE)
    undecided = [a for a in UNIVERSE if not campaign_ids(a)]
    assert undecided
    assert all(scenario.judge(a) is None for a in undecided)
    # Undecided activities are neither wrong when returned nor missing when not.
    returned = Listing([a for a in UNIVERSE if scenario.judge(a) is not False], True)
    assert mismatches(Listing(UNIVERSE, True), returned, scenario.judge, description="c") == []


def test_campaign_types_are_learned_from_activities_showing_both() -> None:
    types_of = campaign_type_index(UNIVERSE)
    voucher_only = next(a for a in UNIVERSE if "voucher" in a["data"]["data"])
    campaign_id = voucher_only["data"]["data"]["voucher"]["campaign_id"]
    assert types_of(voucher_only) == {dict(CAMPAIGNS)[campaign_id]}


def test_date_bounds_are_inclusive_and_exact() -> None:
    scenario = v1_scenario("date_range", UNIVERSE)
    start, end = scenario.query["start_date"], scenario.query["end_date"]
    assert {a["created_at"] for a in UNIVERSE} >= {start, end}
    matching = [a for a in UNIVERSE if scenario.judge(a)]
    assert {matching[0]["created_at"], matching[-1]["created_at"]} == {start, end}


@pytest.mark.parametrize("name", V2_SCENARIOS)
def test_v2_scenarios_select_a_proper_part(name: str) -> None:
    universe = [
        {**a, "id": f"laprg_{n:04x}", "type": f"vl.program.t{n % 3}"}
        for n, a in enumerate(UNIVERSE)
    ]
    scenario = v2_scenario(name, universe)
    chosen = [a for a in universe if scenario.judge(a)]
    assert 0 < len(chosen) < len(universe)
    assert all(key.startswith("filters[") for key in scenario.query)


def test_v2_time_bound_lies_strictly_between_activities() -> None:
    scenario = v2_scenario("created_before", UNIVERSE)
    (bound,) = scenario.query.values()
    instants = {created_at(a) for a in UNIVERSE}
    assert created_at({"created_at": bound}) not in instants


def test_deep_object_uses_the_documented_bracket_form() -> None:
    query = deep_object(
        "filters",
        {
            "junction": "OR",
            "type": {"conditions": {"$in": ["vl.a", "vl.b"]}},
            "id": {"conditions": {"$is": "x"}},
        },
    )
    assert query == {
        "filters[junction]": "OR",
        "filters[type][conditions][$in][0]": "vl.a",
        "filters[type][conditions][$in][1]": "vl.b",
        "filters[id][conditions][$is]": "x",
    }


def test_category_split() -> None:
    action = [a for a in UNIVERSE if a["type"] != TYPES[2]]
    effect = [a for a in UNIVERSE if a["type"] == TYPES[2]]
    assert category_split_problems(UNIVERSE, True, action, effect, True) == []
    ignored = category_split_problems(UNIVERSE, True, UNIVERSE, UNIVERSE, True)
    assert any("under both category=ACTION and category=EFFECT" in p for p in ignored)
    partial = category_split_problems(UNIVERSE, True, action[1:], effect, True)
    assert any("leaves out 1 such activities" in p for p in partial)


def _created_at(activity: Activity) -> datetime:
    instant = created_at(activity)
    assert instant is not None
    return instant


# What a drifting feed may put in `created_at`: other checks report these; here they only
# mean "cannot be placed in time", never a crash or a finding of `filters_honoured`.
UNREADABLE_INSTANTS = (1700000000000, None, "yesterday", "2024-01-01T00:00:00", "2024-13-01")


def _unreadable(activity: Activity, value: Any) -> dict[str, Any]:
    return {**activity, "created_at": value}


@pytest.mark.parametrize("value", UNREADABLE_INSTANTS)
def test_an_unreadable_created_at_is_undecided_for_date_filters(value: Any) -> None:
    universe = [_unreadable(a, value) if n % 4 == 0 else a for n, a in enumerate(UNIVERSE)]
    unreadable = universe[::4]
    readable = {a["created_at"] for a in universe if created_at(a)}
    scenarios = [v1_scenario(name, universe) for name in ("start_date", "end_date", "date_range")]
    scenarios += [v2_scenario(name, universe) for name in V2_SCENARIOS if "created" in name]
    for scenario in scenarios:
        # The bounds are readable instants (v1: as the feed wrote them).
        assert all(created_at({"created_at": bound}) for bound in scenario.query.values())
        if "start_date" in scenario.query or "end_date" in scenario.query:
            assert set(scenario.query.values()) <= readable
        assert all(scenario.judge(a) is None for a in unreadable)
        matching = [a for a in universe if scenario.judge(a) is True]
        assert 0 < len(matching) < len(universe) - len(unreadable)
        # A server that leaves the unreadable ones out, or returns them, is judged the same.
        for returned in (matching, [*matching, *unreadable]):
            assert (
                mismatches(
                    Listing(universe, True),
                    Listing(returned, True),
                    scenario.judge,
                    description="d",
                )
                == []
            )


def test_an_unreadable_created_at_is_not_missing_and_does_not_hide_a_missing_one() -> None:
    scenario = v1_scenario("type", UNIVERSE)
    answer = _answer({}, scenario.judge).activities
    # The fault of `wrong_field_type`: the first item of each page breaks, so the same activity is
    # readable in one listing and not in the other.
    universe = [_unreadable(a, 1700000000000) if n % 10 == 0 else a for n, a in enumerate(UNIVERSE)]
    # The filtered sample is bounded and ends in an unreadable item: the window starts at its
    # oldest readable one, and no older match counts as missing.
    sample = [*answer[:5], _unreadable(answer[5], "yesterday")]
    assert (
        mismatches(Listing(universe, True), Listing(sample, False), scenario.judge, description="t")
        == []
    )
    holed = [*sample[:2], *sample[3:]]
    (problem,) = mismatches(
        Listing(universe, True), Listing(holed, False), scenario.judge, description="t"
    )
    assert "1 matching activities of the unfiltered listing are missing" in problem
    assert answer[2]["id"] in problem


def test_a_listing_without_a_readable_instant_has_no_date_scenario() -> None:
    broken = [_unreadable(a, None) for a in UNIVERSE]
    with pytest.raises(NoData, match="readable created_at"):
        v1_scenario("start_date", broken)
    with pytest.raises(NoData, match="readable created_at"):
        v2_scenario("created_after", broken)
    # A bounded listing none of whose instants can be read covers no window: nothing is missing.
    scenario = v1_scenario("type", UNIVERSE)
    assert (
        mismatches(
            Listing(UNIVERSE, True), Listing(broken[:1], False), scenario.judge, description="t"
        )
        == []
    )


def test_an_empty_feed_has_no_scenario() -> None:
    with pytest.raises(NoData):
        v1_scenario("type", [])


def _custom_event(n: int, campaign_id: str, campaign_type: str) -> dict[str, Any]:
    """A custom event whose only campaign is the one of its loyalty section."""
    section = {"campaign": {"id": campaign_id, "campaign_type": campaign_type}}
    return {
        "id": f"evcus_c{n:03d}",
        "type": "customer.custom_event",
        "created_at": format_instant(START + timedelta(minutes=n, seconds=30)),
        "data": {"data": {"event": {"name": "signed"}, "loyalty": section}},
    }


@pytest.mark.parametrize("name", ["campaign_id", "campaign_type"])
def test_campaign_filters_promise_only_the_activitys_own_campaign(name: str) -> None:
    wanted = str(v1_scenario(name, UNIVERSE).query[name])
    campaign_id, campaign_type = next(pair for pair in CAMPAIGNS if wanted in pair)
    embedded = [_custom_event(n, campaign_id, campaign_type) for n in range(4)]
    universe = Listing(sorted([*UNIVERSE, *embedded], key=_created_at, reverse=True), True)
    scenario = v1_scenario(name, universe.activities)
    assert scenario.query[name] == wanted  # embedded campaigns do not pick the filter value
    own = [
        a
        for a in universe.activities
        if scenario.expected is not None and scenario.expected(a) is True
    ]
    assert own and not any(a in own for a in embedded)

    # A server returning the activities whose own campaign it is: nothing is missing...
    assert (
        mismatches(
            universe,
            Listing(own, True),
            scenario.judge,
            description=name,
            expected=scenario.expected,
        )
        == []
    )
    # ... and returning the custom events as well is fine: they do relate to the campaign.
    assert (
        mismatches(
            universe,
            Listing(sorted([*own, *embedded], key=_created_at, reverse=True), True),
            scenario.judge,
            description=name,
            expected=scenario.expected,
        )
        == []
    )
    # Leaving out an activity of its own campaign is missing one.
    missing = mismatches(
        universe,
        Listing(own[1:], True),
        scenario.judge,
        description=name,
        expected=scenario.expected,
    )
    assert len(missing) == 1 and own[0]["id"] in missing[0]
    # Membership stays strict: an activity of the other campaign must not be returned.
    other = next(
        a for a in UNIVERSE if "campaign" in a["data"]["data"] and scenario.judge(a) is False
    )
    wrong = mismatches(
        universe,
        Listing([other, *own], True),
        scenario.judge,
        description=name,
        expected=scenario.expected,
    )
    assert len(wrong) == 1 and "do not match" in wrong[0]
