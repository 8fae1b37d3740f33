"""An outline of weekday sections with their topics (`### Monday: Traversals`) above the dated
timetable of the same days (`### Monday, 13 April 2026` over its times): one day each, dated,
its blocks from the timetable, not the outline's days and then the timetable's again."""

from __future__ import annotations

import datetime as dt

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import days, pinned

PLAN = DATA / "outline_then_dated" / "outline-then-schedule.md"


def test_each_outlined_weekday_is_the_dated_day_below_it() -> None:
    result = read_plan(PLAN)
    plan = result.plan
    assert days(plan) == [
        ("mon", dt.date(2026, 4, 13), "Traversals"),
        ("tue", dt.date(2026, 4, 14), "Shortest paths"),
    ]
    assert pinned(plan, 0) == [
        ("Lecture: traversals", 90, "09:30"),
        ("Lab: maze solver", 75, "11:15"),
    ]
    assert pinned(plan, 1) == [
        ("Lecture: shortest paths", 90, "09:30"),
        ("Lab: route planner", 90, "13:30"),
    ]
    assert "Topological order" in plan.days[0].notes
    assert sum("again: read as one day" in w.message for w in result.warnings) == 2
