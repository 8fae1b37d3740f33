"""Weeks with nothing timed (`## Week 1 — Warehouses` over untimed bullets) beside what is each
day: under the day's steps (`## Daily Structure (75 min)` over timed bullets) each week is its
study days of those steps (see `study_weeks`); beside a timetable that is the plan's one day, one
warning says the weeks are not read nor scheduled."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import warnings

NOTES = DATA / "untimed_week_notes"


def test_untimed_weeks_under_each_days_steps_are_their_days() -> None:
    result = read_plan(NOTES / "en-daily-structure-over-untimed-weeks.md")
    plan = result.plan
    assert [d.number for d in plan.days] == list(range(1, 22))  # 3 weeks of 7 days
    for day in plan.days:
        assert [(b.title, b.min_minutes) for v in day.variants for b in v.blocks] == [
            ("SQL practice", 30),
            ("Pipeline reading", 30),
            ("Journal", 15),
        ]
    assert plan.days[0].notes == (
        "SQL practice: window functions",
        "Pipeline reading: star schemas",
    )
    assert plan.days[-1].title == "Week 3 — Streaming"
    assert warnings(result) == [
        "8: the plan says no number of days a week (such as '5 days/week'): each week is 7 days "
        "of study"
    ]


def test_untimed_weeks_beside_a_one_day_timetable_are_said() -> None:
    result = read_plan(NOTES / "en-timetable-over-untimed-weeks.md")
    (day,) = result.plan.days
    assert [(b.title, b.min_minutes, b.at) for v in day.variants for b in v.blocks] == [
        ("Wheel throwing", 60, "18:00"),
        ("Glazing", 30, "19:00"),
    ]
    assert day.notes == ()  # the timetable's day has no notes: the weeks' lines are not read
    assert warnings(result) == [
        '10: 2 weeks ("Week 1 — Centering", "Week 2 — Pulling walls") give nothing timed:'
        " not read, not scheduled week by week (give each week its days and blocks)",
    ]
