"""Days headed by a month and a day in a plan that writes no year anywhere: read in order,
undated, and said once; a year anywhere in the plan dates them instead."""

from __future__ import annotations

import datetime as dt

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import warnings

PLANS = DATA / "yearless_days"


def test_month_day_headings_with_no_year_anywhere_are_undated_and_said_once() -> None:
    result = read_plan(PLANS / "en-month-day-headings.md")
    assert [(d.date, d.title) for d in result.plan.days] == [(None, "Algebra"), (None, "Geometry")]
    assert warnings(result) == [
        "3: the plan writes no year: 2 day(s) headed by a date are read in order, undated (write "
        "the year beside each date to schedule them on their dates)"
    ]


def test_a_year_in_the_title_dates_them_and_nothing_is_said() -> None:
    result = read_plan(PLANS / "en-year-in-the-title-dates-them.md")
    assert [d.date for d in result.plan.days] == [dt.date(2027, 4, 14), dt.date(2027, 4, 15)]
    assert warnings(result) == []
