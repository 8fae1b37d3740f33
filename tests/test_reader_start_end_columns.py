"""Start and End columns beside a Day or Date column: each row a block of its day, start to end."""

from __future__ import annotations

import datetime as dt

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import dated_days, day_blocks

COLUMNS = DATA / "start_end_columns"


def read(name: str) -> ReadResult:
    return read_plan(COLUMNS / name)


def test_a_weekday_column_beside_start_and_end_columns() -> None:
    result = read("weekday-day-column.md")
    assert day_blocks(result.plan) == [
        ("fri", [("Check-in and soup", 60, "18:00"), ("Reading circle", 90, "19:30")]),
        ("sat", [("Walk by the lake", 45, "08:00"), ("Drafting", 180, "09:30")]),
        ("sun", [("Revision and farewell", 120, "09:00")]),
    ]
    assert not result.warnings


def test_a_date_column_beside_start_and_end_columns() -> None:
    result = read("dated-rows.md")
    assert dated_days(result.plan) == [
        (None, "wed", dt.date(2027, 2, 10), "Wed 10 Feb 2027", [("Seminar 1", 105, "13:45")]),
        (None, "fri", dt.date(2027, 2, 12), "Fri 12 Feb 2027", [("Seminar 2", 105, "08:45")]),
        (None, "wed", dt.date(2027, 2, 17), "Wed 17 Feb 2027", [("Seminar 3", 105, "13:45")]),
    ]
    assert not result.warnings


def test_numbered_days_beside_start_and_end_columns_stay_apart() -> None:
    result = read("numbered-days.md")
    assert [d.number for d in result.plan.days] == [1, 2]
    assert day_blocks(result.plan) == [
        (None, [("Laptop setup", 90, "09:00"), ("Spreadsheet basics", 75, "10:45")]),
        (None, [("SQL queries", 180, "09:00")]),
    ]
