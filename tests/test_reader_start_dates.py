"""Numbered days under a start date written before them (`| **Start Date** | March 30, 2026 |`):
Day N falls N - 1 days after it, with that date's weekday; a placeholder dates nothing."""

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
