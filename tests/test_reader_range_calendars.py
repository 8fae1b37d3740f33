"""Calendars of date ranges beside a timed daily structure: `| **Jun 1–4** | Signs |` rows with
no time or length are not read as days, and each such table is said once; a table of ranges
with lengths of their own is warned of as before."""

from __future__ import annotations

from planexport.reader import read_plan
from planexport.reader.outline import Node, outline
from planexport.reader.range_calendars import range_calendar
from tests.paths import DATA
from tests.reader_support import days, pinned, warnings

PLANS = DATA / "range_calendars"


def test_a_calendar_of_ranges_under_a_daily_routine_is_said_once() -> None:
    result = read_plan(PLANS / "ranges-under-a-daily-routine.md")
    assert days(result.plan) == [(None, None, "Driving Theory Test Plan")]
    assert pinned(result.plan, 0) == [
        ("Road signs (flashcards)", 45, "18:00"),
        ("Hazard perception clips", 30, "19:00"),
    ]
    assert warnings(result) == [
        '12: lines 12-16: a calendar of date ranges ("Jun 1–4", …) with no time or length:'
        " not read as days"
    ]


def test_ranges_that_cross_into_the_next_month_are_ranges_too() -> None:
    result = read_plan(PLANS / "ranges-across-two-months.md")
    assert pinned(result.plan, 0) == [
        ("Scales and arpeggios", 40, "17:00"),
        ("Exam pieces", 30, "17:50"),
    ]
    assert warnings(result) == [
        '10: lines 10-14: a calendar of date ranges ("Jan 27 – Feb 2", …) with no time or'
        " length: not read as days"
    ]


def test_ranges_with_hours_of_their_own_are_a_timed_table_in_no_day() -> None:
    result = read_plan(PLANS / "ranges-with-their-hours.md")
    assert pinned(result.plan, 0) == [
        ("Past paper questions", 60, "09:00"),
        ("Mark scheme review", 45, "10:15"),
    ]
    assert warnings(result) == ["10: lines 10-13: a table in no day, not read"]


def _table(text: str) -> Node:
    return next(node for node in outline(text) if node.kind == "table")


def test_one_range_row_or_single_dates_are_no_calendar() -> None:
    one = "| Dates | Topic |\n| --- | --- |\n| Jun 1–4 | Signs |\n| Later | Review |\n"
    assert range_calendar(_table(one)) is None
    single = "| Date | Topic |\n| --- | --- |\n| Jun 1 | Signs |\n| Jun 2 | Review |\n"
    assert range_calendar(_table(single)) is None
    both = "| Dates | Topic |\n| --- | --- |\n| 3–5 May | Signs |\n| 6–9 May | Review |\n"
    assert range_calendar(_table(both)) == "3–5 May"
