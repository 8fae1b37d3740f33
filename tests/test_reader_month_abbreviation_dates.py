"""Dates written `14/Oct/2013`, `14-Okt-2013` or `14.Okt.2013`, with a month's abbreviation in
any of the seven languages, are dates as `14/10/2013` is: in a table's date column and in a
day heading."""

from __future__ import annotations

import datetime as dt

from planexport.reader import read_plan
from planexport.reader.dates import date_in
from planexport.reader.month_cells import month_cells
from planexport.reader.outline import Node
from tests.paths import DATA
from tests.reader_support import day_blocks, days, warnings

PLANS = DATA / "month_abbreviation_dates"


def test_slashes_in_an_italian_date_column_make_dated_days() -> None:
    result = read_plan(PLANS / "it-slashes-in-date-column.md")
    assert [d.date for d in result.plan.days] == [
        dt.date(2024, 11, 7),
        dt.date(2024, 11, 14),
        dt.date(2024, 12, 5),
    ]
    assert [at for _, blocks in day_blocks(result.plan) for _, _, at in blocks] == [
        "14:00",
        "14:00",
        "10:30",
    ]
    assert warnings(result) == []


def test_dots_and_an_umlaut_in_a_german_date_column() -> None:
    result = read_plan(PLANS / "de-dots-in-date-column.md")
    assert days(result.plan) == [
        ("wed", dt.date(2025, 3, 5), "2025-03-05"),
        ("wed", dt.date(2025, 3, 12), "2025-03-12"),
        ("wed", dt.date(2025, 4, 2), "2025-04-02"),
    ]
    assert day_blocks(result.plan)[2] == ("wed", [("Wiederholung", 60, "16:00")])
    assert warnings(result) == []


def test_dashes_in_a_spanish_date_column() -> None:
    result = read_plan(PLANS / "es-dashes-in-date-column.md")
    assert day_blocks(result.plan) == [
        ("thu", [("Soluciones", 120, "09:00")]),
        ("thu", [("Titulación", 180, "09:00")]),
    ]
    assert [d.date for d in result.plan.days] == [dt.date(2025, 1, 9), dt.date(2025, 1, 16)]


def test_a_french_abbreviation_with_its_dot_after_a_weekday() -> None:
    result = read_plan(PLANS / "fr-weekday-and-abbreviation-with-dot.md")
    assert days(result.plan) == [
        ("mon", dt.date(2025, 2, 3), "Lun 2025-02-03"),
        ("mon", dt.date(2025, 2, 10), "Lun 2025-02-10"),
    ]
    assert warnings(result) == []


def test_day_headings_with_slashes_and_with_dots() -> None:
    portuguese = read_plan(PLANS / "pt-dated-headings.md")
    assert days(portuguese.plan) == [
        ("mon", dt.date(2024, 10, 14), "14/Out/2024"),
        ("mon", dt.date(2024, 10, 21), "21/Out/2024"),
    ]
    dutch = read_plan(PLANS / "nl-dotted-headings.md")
    assert days(dutch.plan) == [
        ("mon", dt.date(2025, 3, 3), "3.mrt.2025"),
        ("wed", dt.date(2025, 3, 5), "5.mrt.2025"),
    ]
    assert warnings(dutch) == []


def test_a_word_that_is_no_month_leaves_its_row_unread_and_said() -> None:
    result = read_plan(PLANS / "en-unknown-month-word-stays.md")
    assert days(result.plan) == [("mon", dt.date(2013, 10, 14), "2013-10-14")]
    assert warnings(result) == ['6: row "21/Xyz/2013" skipped: no date read in it']


def test_month_cells_and_date_in() -> None:
    table = Node("table", 1, rows=[["Data"], ["14/Oct/2013"], ["31/Feb/2013"], ["1/2/2013"]])
    assert [row[0] for row in month_cells([table])[0].rows] == [
        "Data",
        "2013-10-14",
        "31/Feb/2013",
        "1/2/2013",
    ]
    assert date_in("14.Okt.2013", None)[0] == dt.date(2013, 10, 14)
    assert date_in("14.févr.2013", None)[0] == dt.date(2013, 2, 14)
    assert date_in("Punkt 1.Mai", None)[0] is None
