"""Plans of weeks that say a day's length once (`2 hours/day, 5 days/week` over `## Week 1 —
Queries` and untimed topics): each week is its study days, one block a day titled by the week,
the week's points its items; the week's other days are rest days."""

from __future__ import annotations

import datetime as dt

import pytest

from planexport.errors import PlanError
from planexport.reader import read_plan
from planexport.scheduling import ScheduleOptions, schedule
from tests.paths import DATA
from tests.reader_support import blocks_with_items, warnings

FOLDER = DATA / "study_weeks"


def test_days_a_week_number_each_weeks_study_days() -> None:
    result = read_plan(FOLDER / "days-per-week.md")
    plan = result.plan
    assert [d.number for d in plan.days] == [1, 2, 3, 4, 5, 8, 9, 10, 11, 12, 15, 16, 17, 18, 19]
    assert [d.title for d in plan.days[4:6]] == ["Week 1 — Queries", "Week 2 — Aggregates"]
    blocks = blocks_with_items(plan)
    assert blocks[0] == ("Week 1 — Queries", 120, None, ["SELECT and WHERE", "Joins"])
    assert blocks[5] == ("Week 2 — Aggregates", 120, None, ["GROUP BY and HAVING"])
    assert len(blocks) == 15
    assert all(minutes == 120 for _, minutes, _, _ in blocks)
    assert warnings(result) == [
        '3: "2 hours" a day: no day gives a time of its own, so each of the 15 days is one '
        "block that long, titled by the day",
        '5: each week is 5 days of study ("5 days/week"), its other days rest days',
    ]


def test_the_weeks_other_days_are_rest_days_on_the_calendar() -> None:
    plan = read_plan(FOLDER / "days-per-week.md").plan
    days = schedule(plan, ScheduleOptions(start=dt.date(2027, 3, 1), tz="Europe/Berlin")).days
    dates = [d.date for d in days if d.blocks]
    assert dates[:6] == [
        dt.date(2027, 3, 1),
        dt.date(2027, 3, 2),
        dt.date(2027, 3, 3),
        dt.date(2027, 3, 4),
        dt.date(2027, 3, 5),
        dt.date(2027, 3, 8),  # week 2 starts a week after week 1
    ]
    assert dates[-1] == dt.date(2027, 3, 19)


def test_no_days_a_week_said_is_every_day_with_a_warning() -> None:
    result = read_plan(FOLDER / "every-day.md")
    assert [d.number for d in result.plan.days] == list(range(1, 15))
    assert {b[1] for b in blocks_with_items(result.plan)} == {45}
    assert (
        "5: the plan says no number of days a week (such as '5 days/week'): "
        "each week is 7 days of study"
    ) in warnings(result)


def test_a_range_of_weeks_is_that_many_weeks_of_days() -> None:
    result = read_plan(FOLDER / "week-ranges.md")  # "three days a week", "## Weeks 1-2: …"
    assert [d.number for d in result.plan.days] == [1, 2, 3, 8, 9, 10, 15, 16, 17]
    assert [d.title for d in result.plan.days][5:7] == [
        "Weeks 1-2: Accounts and networking",
        "Week 3: Storage",
    ]
    assert {b[1] for b in blocks_with_items(result.plan)} == {60}


def test_days_a_week_in_german() -> None:
    result = read_plan(FOLDER / "german-days.md")  # "90 Minuten pro Tag, 4 Tage pro Woche"
    assert [d.number for d in result.plan.days] == [1, 2, 3, 4, 8, 9, 10, 11]
    assert blocks_with_items(result.plan)[4] == (
        "Woche 2 – Verteilungen",
        90,
        None,
        ["Normalverteilung"],
    )


def test_a_daily_schedule_list_is_each_study_days_steps() -> None:
    result = read_plan(FOLDER / "daily-schedule-list.md")  # "Four days a week."
    plan = result.plan
    assert [d.number for d in plan.days] == [1, 2, 3, 4, 8, 9, 10, 11]
    steps = [("Warm-up sketches", 15), ("Main study", 45), ("Critique", 10)]
    for day in plan.days:
        assert [(b.title, b.min_minutes) for v in day.variants for b in v.blocks] == steps
    assert plan.days[0].notes == ("Cubes and cylinders", "Light and shadow")
    assert plan.days[4].title == "Week 2 — Figures"
    assert warnings(result) == [
        '10: each week is 4 days of study ("Four days a week"), its other days rest days'
    ]


def test_each_days_steps_in_a_sentence_before_the_weeks() -> None:
    result = read_plan(FOLDER / "each-day-sentence.md")
    plan = result.plan
    assert [d.number for d in plan.days] == [1, 2, 3, 4, 5, 8, 9, 10, 11, 12]
    steps = [("Tactics", 30), ("Openings", 25), ("Endgames", 20)]
    for day in plan.days:
        assert [(b.title, b.min_minutes) for v in day.variants for b in v.blocks] == steps
    # a pace in a week's point stays a note of its days, no block
    assert plan.days[-1].notes == ("Tactics: skewers. Time yourself at 2m per puzzle.",)
    assert warnings(result) == [
        '5: each week is 5 days of study ("5 days/week"), its other days rest days'
    ]


def test_each_days_steps_in_a_sentence_over_untimed_days() -> None:
    result = read_plan(FOLDER / "each-day-over-days.md")
    assert [(d.number, d.title) for d in result.plan.days] == [(1, "Sets"), (2, "Relations")]
    for day in result.plan.days:
        assert [(b.title, b.min_minutes) for v in day.variants for b in v.blocks] == [
            ("Reading", 30),
            ("Exercises", 20),
        ]
    assert warnings(result) == []


def test_weeks_with_no_daily_length_stay_refused() -> None:
    with pytest.raises(PlanError, match="no timed blocks found"):
        read_plan(FOLDER / "no-daily-length.md")


def test_weeks_that_time_their_own_lines_stay_one_day_each() -> None:
    result = read_plan(FOLDER / "timed-weeks.md")
    assert [d.number for d in result.plan.days] == [1, 2]
    assert [b[:2] for b in blocks_with_items(result.plan)] == [
        ("Open chords", 40),
        ("Strumming", 20),
        ("Major scale", 30),
        ("Pentatonic", 30),
    ]
