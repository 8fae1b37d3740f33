"""A bold `Day 0` line over nothing timed (`- **Day 0: Setup (Sunday evening)**` over a line of
prose) is a setup note before the days, as `### Day 0` over prose is: the days from 1 read; a
timed bold `Day 0` is the plan's first day, as a timed `### Day 0` is."""

from __future__ import annotations

import datetime as dt

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import pinned, warnings

ZERO = DATA / "bold_day_zero"


def test_an_untimed_bold_day_zero_is_no_day_and_the_days_take_the_daily_blocks() -> None:
    result = read_plan(ZERO / "setup-line-before-days.md")
    plan = result.plan
    assert [(d.number, d.weekday, d.date) for d in plan.days] == [
        (1, "mon", dt.date(2026, 3, 2)),
        (2, "tue", dt.date(2026, 3, 3)),
    ]
    assert plan.days[0].title.startswith("Ownership")
    for index in range(2):
        assert pinned(plan, index) == [("Morning", 60, "06:30"), ("Evening", 45, "21:00")]
    assert plan.days[1].notes == ("Focus: annotations",)
    assert warnings(result) == []


def test_a_timed_bold_day_zero_is_the_plans_first_day() -> None:
    result = read_plan(ZERO / "timed-bold-day-zero.md")
    assert [(d.number, d.title) for d in result.plan.days] == [(1, "Setup"), (2, "Basics")]
    assert [w.line for w in result.warnings] == [3]
