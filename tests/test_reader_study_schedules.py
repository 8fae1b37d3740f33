"""Exam and certification study schedules: week date ranges that cross a month over day tables,
and plain lines of 12-hour clock spans with `AM`/`PM` in capitals."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import dated_days, warnings

PLANS = DATA / "study_schedules"


def test_week_ranges_across_months_are_no_days_and_the_day_tables_are_read() -> None:
    # "**October 26 - November 1, 2026**" under "## Week 1" is the week's range, not a day of
    # November 1 that takes every table after it.
    result = read_plan(PLANS / "en-week-ranges-across-months-over-day-tables.md")
    assert dated_days(result.plan) == [
        (1, "mon", None, "Mon", [("OSI layers and encapsulation", 60, None)]),
        (1, "wed", None, "Wed", [("Copper and fibre standards", 60, None)]),
        (1, "sat", None, "Sat", [("Build a small lab network", 180, None)]),
        (2, "tue", None, "Tue", [("Subnetting drills", 60, None)]),
        (2, "sun", None, "Sun", [("Practice quiz on addressing", 120, None)]),
        (3, "mon", None, "Mon", [("Static and default routes", 60, None)]),
        (3, "fri", None, "Fri", []),
        (3, "sat", None, "Sat", [("Full mock exam", 90, None)]),
    ]
    assert warnings(result) == []


def test_a_week_range_across_the_new_year_is_no_day_either() -> None:
    # "**December 28, 2026 - January 3, 2027**": two full dates, one week.
    result = read_plan(PLANS / "en-week-range-across-new-year-over-day-table.md")
    assert dated_days(result.plan) == [
        (1, "mon", None, "Monday", [("Offer and acceptance outline", 120, None)]),
        (1, "thu", None, "Thursday", [("Remedies practice essay", 90, None)]),
        (2, "tue", None, "Tuesday", [("Negligence flashcards", 45, None)]),
        (2, "sat", None, "Saturday", [("Timed torts essay", 120, None)]),
    ]
    assert warnings(result) == []


def test_plain_lines_of_capital_am_pm_spans_are_blocks() -> None:
    # "07:00 AM - 09:00 AM: Chemistry past paper" reads as "07:00 - 09:00: …" does; breakfast is
    # a gap; the title's "Saturday" makes the day a Saturday.
    result = read_plan(PLANS / "en-twelve-hour-lines-upper-case.md")
    assert dated_days(result.plan) == [
        (
            None,
            "sat",
            None,
            "Day 1",
            [
                ("Wake up and stretch", 30, "06:30"),
                ("Chemistry past paper", 120, "07:00"),
                ("Physics derivations", 120, "09:30"),
                ("Flashcards for organic reactions", 45, "11:45"),
            ],
        )
    ]
    assert warnings(result) == []


def test_capital_pm_spans_in_one_paragraph_are_a_block_a_line() -> None:
    result = read_plan(PLANS / "en-twelve-hour-lines-one-paragraph.md")
    assert dated_days(result.plan) == [
        (
            None,
            None,
            None,
            "Day 1",
            [
                ("History essay plan", 90, "17:00"),
                ("Maths problem set", 90, "19:15"),
                ("Vocabulary review", 30, "20:45"),
            ],
        )
    ]
    assert warnings(result) == []
