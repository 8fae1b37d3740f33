"""A timetable table under a heading that says it is for every day (`## Daily Timetable`) gives
its hours to each `### Day N` heading that has no time of its own."""

from __future__ import annotations

import pytest

from planexport.errors import PlanError
from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import days, pinned

DAILY = DATA / "daily_timetable_days"


def test_each_untimed_day_takes_the_daily_timetable_at_its_clock_times() -> None:
    result = read_plan(DAILY / "timetable-over-day-headings.md")
    assert days(result.plan) == [
        (None, None, "Load the data"),
        (None, None, "Clean the data"),
        (None, None, "Chart it"),
    ]
    timetable = [
        ("Warm-up reading", 60, "08:30"),
        ("Build block", 150, "10:00"),
        ("Testing", 90, "13:30"),
        ("Write-up", 45, "15:15"),
    ]
    assert [pinned(result.plan, i) for i in range(3)] == [timetable] * 3
    assert result.plan.days[0].notes == ("Read the CSV files.",)
    assert result.warnings == ()


def test_a_day_with_a_block_of_its_own_keeps_it() -> None:
    result = read_plan(DAILY / "one-day-with-its-own-block.md")
    assert [title for _, _, title in days(result.plan)] == [
        "Chapter 1",
        "Chapter 2",
        "Chapter 3",
        "Quiz",
    ]
    assert pinned(result.plan, 2) == [("Reading", 90, "09:00"), ("Summaries", 60, "11:00")]
    assert pinned(result.plan, 3) == [("Chapter quiz", 45, None)]


def test_a_daily_table_with_an_untimed_row_is_no_timetable_for_the_days() -> None:
    with pytest.raises(PlanError, match="no timed blocks found"):
        read_plan(DAILY / "untimed-row-in-daily-table.md")
