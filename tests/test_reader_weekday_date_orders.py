"""A numeric date column whose weekdays settle the order: `Mon 12/7/2026` is December 7."""

from __future__ import annotations

import datetime as dt

from planexport.reader import read_plan
from tests.paths import DATA

ORDERS = DATA / "weekday_date_orders"


def test_weekdays_make_a_date_column_month_first() -> None:
    result = read_plan(ORDERS / "month-first-by-weekday.md")
    assert [(d.weekday, d.date) for d in result.plan.days] == [
        ("mon", dt.date(2026, 12, 7)),
        ("tue", dt.date(2026, 12, 8)),
    ]
    assert not result.warnings


def test_weekdays_make_a_date_column_day_first_with_no_warning() -> None:
    result = read_plan(ORDERS / "day-first-by-weekday.md")
    assert [(d.weekday, d.date) for d in result.plan.days] == [
        ("fri", dt.date(2026, 3, 6)),
        ("mon", dt.date(2026, 3, 9)),
    ]
    assert not result.warnings
