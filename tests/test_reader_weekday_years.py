"""Dated weekday headings without a year (`### Monday, Mar 2`) and summary lines after them."""

from __future__ import annotations

import datetime as dt

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import days, warnings

SMALL = DATA / "weekday_years"


def read(name: str) -> ReadResult:
    return read_plan(SMALL / name)


def test_dated_weekday_headings_take_the_year_of_the_start_date() -> None:
    result = read("dated-weekday-headings-start-date.md")
    plan = result.plan
    assert days(plan) == [
        ("mon", dt.date(2026, 9, 14), "Monday, Sep 14"),
        ("tue", dt.date(2026, 9, 15), "Tuesday, Sep 15"),
        ("wed", dt.date(2026, 9, 16), "Wednesday, Sep 16"),
    ]
    # "- Saturday: +30 min (Test)" in the summary after the plan is no day: a warning says so.
    assert [line for line in warnings(result) if "Saturday" in line or "Sunday" in line] == [
        '19: "**Saturday** – + (Test) (30 min)" is in no day: not read',
        '20: "**Sunday** – + (Proyecto) (45 min)" is in no day: not read',
    ]


def test_a_year_whose_weekdays_disagree_dates_nothing() -> None:
    plan = read("dated-weekday-headings-wrong-year.md").plan
    # 2 March 2024 is a Saturday: that year is not the headings', so no day is dated.
    assert [(d.weekday, d.date) for d in plan.days] == [("mon", None), ("tue", None)]
