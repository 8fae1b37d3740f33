"""Dates written day-hyphen-month (`15-July`, `16-Jul`, `17-Jul-2025`) in a table's date column:
a dated day per row, as `15 July` gives."""

from __future__ import annotations

import datetime as dt

from planexport.reader import ReadResult, read_plan
from planexport.reader.table_dates import cell_date
from tests.paths import DATA

FOLDER = DATA / "hyphen_dates"


def read(name: str) -> ReadResult:
    return read_plan(FOLDER / name)


def test_day_hyphen_month_rows_are_a_dated_day_each() -> None:
    result = read("day-month-rows.md")
    assert [
        (d.date, [(b.title, b.min_minutes) for v in d.variants for b in v.blocks])
        for d in result.plan.days
    ] == [
        (dt.date(2025, 7, 14), [("Polity: fundamental rights", 180)]),
        (dt.date(2025, 7, 15), [("Economy: monetary policy", 150)]),
        (dt.date(2025, 7, 16), [("Mock test 4", 120)]),
        (dt.date(2025, 7, 17), [("Revision of mock errors", 90)]),
    ]
    assert result.warnings == ()


def test_a_cell_of_day_hyphen_month_is_a_date() -> None:
    found = cell_date("17-Jul-2025", None)
    assert found is not None
    assert (found.day, found.month, found.year) == (17, 7, 2025)
    assert cell_date("1-3 March", None) is None  # a range of days, no one date
