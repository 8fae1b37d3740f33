"""A Day cell that writes a weekday before a March date (`Sat Mar 27`) is that dated day: `Mar`
is the month there, never the Spanish abbreviation of Tuesday."""

from __future__ import annotations

import datetime as dt

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import days, pinned

CELLS = DATA / "march_day_cells"


def test_weekday_and_march_date_rows_are_dated_days() -> None:
    result = read_plan(CELLS / "weekday-month-rows.md")
    assert days(result.plan) == [
        ("sat", dt.date(2027, 3, 27), "Sat Mar 27"),
        ("sun", dt.date(2027, 3, 28), "Sun Mar 28"),
        ("tue", dt.date(2027, 3, 30), "Tue Mar 30"),
        ("thu", dt.date(2027, 4, 1), "Thu Apr 1"),
    ]
    assert pinned(result.plan, 1) == [("Matrices", 180, None)]
    assert pinned(result.plan, 3) == [("Mock paper", 60, None)]
    assert [w.message for w in result.warnings] == ['row "**Total**" skipped: no date read in it']


def test_two_rows_of_one_march_day_gather_into_it() -> None:
    result = read_plan(CELLS / "two-rows-a-march-day.md")
    assert days(result.plan) == [
        ("mon", dt.date(2027, 3, 8), "Mon Mar 8"),
        ("wed", dt.date(2027, 3, 10), "Wed, Mar 10"),
    ]
    assert pinned(result.plan, 0) == [("Organic chemistry", 120, None), ("Flashcards", 60, None)]
    assert result.warnings == ()


def test_mar_between_spanish_weekdays_is_still_tuesday() -> None:
    result = read_plan(CELLS / "spanish-lun-y-mar.md")
    assert days(result.plan) == [
        ("mon", None, "Lunes"),
        ("tue", None, "Martes"),
        ("wed", None, "Miércoles"),
    ]
    assert pinned(result.plan, 1) == [("Gramática", 60, None)]


def test_a_range_of_numbered_weekdays_is_still_warned_and_left_out() -> None:
    result = read_plan(CELLS / "numbered-range-cell.md")
    assert days(result.plan) == [("mon", None, "Monday")]
    assert [(w.line, w.message) for w in result.warnings] == [
        (
            6,
            'the Day cell "Mon 3 – Fri 7" names weekdays the reader cannot place: '
            "its row (Daily kata) is not read",
        )
    ]
