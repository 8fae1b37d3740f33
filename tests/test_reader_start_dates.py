"""Days under a start date written before them (`| **Start Date** | March 30, 2026 |`): Day N
falls N - 1 days after it, with that date's weekday, and weekday days each on the next date with
their weekday (as `--start` lays them); a placeholder dates nothing."""

from __future__ import annotations

import datetime as dt

from planexport.reader import read_plan
from tests.paths import DATA

FOLDER = DATA / "start_dates"


def test_day_n_falls_n_minus_one_days_after_the_start() -> None:
    plan = read_plan(FOLDER / "one-edge-case.md").plan
    assert [(d.number, d.weekday, d.date, d.title) for d in plan.days] == [
        (1, "mon", dt.date(2026, 3, 30), "Syntax"),
        (2, "tue", dt.date(2026, 3, 31), "Slices and Maps"),
        (3, "wed", dt.date(2026, 4, 1), "Interfaces"),
    ]


def test_a_placeholder_start_dates_nothing() -> None:
    plan = read_plan(FOLDER / "placeholder-stays-undated.md").plan
    assert [(d.weekday, d.date) for d in plan.days] == [(None, None), (None, None)]


def test_weekday_days_fall_on_their_weekdays_from_the_start() -> None:
    # As --start 2026-01-07 would lay them: each on the next date with its weekday.
    plan = read_plan(FOLDER / "weekday-days.md").plan
    assert [(d.week, d.weekday, d.date) for d in plan.days] == [
        (1, "wed", dt.date(2026, 1, 7)),
        (1, "fri", dt.date(2026, 1, 9)),
        (1, "mon", dt.date(2026, 1, 12)),
        (2, "wed", dt.date(2026, 1, 14)),
    ]


def test_a_start_date_in_the_summary_quote_dates_the_days() -> None:
    # "> **Daily time:** 1 hour | **Start date:** 2027-02-01": a plan's summary in a quote.
    plan = read_plan(FOLDER / "start-in-a-quote.md").plan
    assert [(d.number, d.weekday, d.date) for d in plan.days] == [
        (1, "mon", dt.date(2027, 2, 1)),
        (2, "tue", dt.date(2027, 2, 2)),
    ]
