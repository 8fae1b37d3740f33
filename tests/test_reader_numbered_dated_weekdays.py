"""A numbered day heading that writes its weekday before a date (`## Day 1 (Mon, Jan 5)`,
`## Day 3 – Wed 7 Jan`): the day falls on that weekday, and on that date when the plan's year
makes it one; without a year the weekday is kept and the warning says why there is no date."""

from __future__ import annotations

import datetime as dt

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import warnings

PLANS = DATA / "numbered_dated_weekdays"


def test_the_weekday_and_the_date_in_the_plans_year() -> None:
    result = read_plan(PLANS / "short-weekday-and-date-in-brackets.md")
    assert [(d.number, d.weekday, d.date) for d in result.plan.days] == [
        (1, "mon", dt.date(2026, 1, 5)),
        (2, "tue", dt.date(2026, 1, 6)),
        (3, "wed", dt.date(2026, 1, 7)),
    ]
    assert warnings(result) == []


def test_without_a_year_the_weekdays_stay_and_the_warning_says_so() -> None:
    result = read_plan(PLANS / "no-year-keeps-the-weekdays.md")
    assert [(d.weekday, d.date) for d in result.plan.days] == [("sat", None), ("sun", None)]
    [warning] = warnings(result)
    assert "Mar 7 is no Saturday" in warning
    assert "the days' weekdays are read, not their dates" in warning


def test_a_full_date_wins_over_the_weekday_written_beside_it_and_says_so() -> None:
    result = read_plan(PLANS / "weekday-not-the-dates.md")
    assert [(d.weekday, d.date) for d in result.plan.days] == [
        ("mon", dt.date(2026, 1, 5)),
        ("wed", dt.date(2026, 1, 7)),
    ]
    assert warnings(result) == [
        '3: "Day 1 (Tue, Jan 5, 2026)": 2026-01-05 is a Monday, not a Tuesday: '
        "read as Monday 2026-01-05"
    ]
