"""Weekday columns that write their dates (`| | Monday 2026-03-02 |`, `| | Friday 1/1 |`): a day
per column, dated, in the order of their dates."""

from __future__ import annotations

import datetime as dt

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import DatedDay, dated_days

FOLDER = DATA / "dated_weekday_columns"


def read(name: str) -> ReadResult:
    return read_plan(FOLDER / name)


def test_iso_dated_weekday_columns_are_a_dated_day_each() -> None:
    result = read("iso-dated-columns.md")
    expected: list[DatedDay] = [
        (
            None,
            "mon",
            dt.date(2026, 3, 2),
            "Monday 2026-03-02",
            [("Graph theory recap", 120, None), ("Error log", 45, None)],
        ),
        (
            None,
            "tue",
            dt.date(2026, 3, 3),
            "Tuesday 2026-03-03",
            [("Full mock test", 180, None), ("Mock analysis", 60, None)],
        ),
        (
            None,
            "wed",
            dt.date(2026, 3, 4),
            "Wednesday 2026-03-04",
            [("Compiler design PYQs", 90, None)],
        ),
    ]
    assert dated_days(result.plan) == expected
    sessions = [b.session for v in result.plan.days[0].variants for b in v.blocks]
    assert sessions == ["Morning", "Evening"]


def test_month_and_day_heads_take_the_year_that_gives_their_weekday_in_date_order() -> None:
    result = read("year-end-columns.md")
    assert [(d.weekday, d.date) for d in result.plan.days] == [
        ("sat", dt.date(2026, 12, 26)),
        ("mon", dt.date(2026, 12, 28)),
        ("thu", dt.date(2026, 12, 31)),
        ("fri", dt.date(2027, 1, 1)),
    ]
    first = result.plan.days[0].variants[0].blocks
    assert [(b.title, b.min_minutes, b.session) for b in first] == [
        ("Contracts lecture", 120, "Morn"),
        ("Review", 20, "Afternoon"),
    ]
    assert result.plan.days[3].variants == ()
