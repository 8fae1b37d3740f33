"""A year that ends a document's number (`Regulation No. 041/2019`) does not date a table's rows
written without a year (`| 12/03 | 2h |`); a plan that writes many years (a reading list's) dates
them by the one its opening lines write (`* SEM-204 … (2026.1)`)."""

from __future__ import annotations

import datetime as dt

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import dated_days, warnings

FOLDER = DATA / "document_number_years"


def test_rows_take_the_opening_lines_year_not_a_regulation_numbers() -> None:
    result = read_plan(FOLDER / "regulation-number-above-dated-rows.md")
    assert dated_days(result.plan) == [
        (
            None,
            "thu",
            dt.date(2026, 3, 12),
            "12 Mar",
            [("Choosing a supervisor and a topic", 120, None)],
        ),
        (None, "thu", dt.date(2026, 3, 19), "19 Mar", [("Project outline", 120, None)]),
        (None, "thu", dt.date(2026, 3, 26), "26 Mar", [("Progress check", 60, None)]),
    ]
    assert warnings(result) == []


def test_a_date_beside_a_document_number_gives_the_year() -> None:
    result = read_plan(FOLDER / "number-and-date-on-one-line.md")
    assert [(d.weekday, d.date) for d in result.plan.days] == [
        ("mon", dt.date(2026, 9, 14)),
        ("mon", dt.date(2026, 9, 21)),
    ]
    assert warnings(result) == []
