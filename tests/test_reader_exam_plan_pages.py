"""A table of dated exams cut into pages, each page repeating the header: one set of days, a day
per date in date order, a date's exams from every page on it in time order. Tables under
headings of their own (`## Track A`, `## Track B`) stay days of their own."""

from __future__ import annotations

import datetime as dt

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import dated_days

PAGES = DATA / "exam_plan_pages" / "one-edge-case.md"
TRACKS = DATA / "dated_label_lines" / "en-two-tracks-same-dates.md"


def test_the_pages_are_one_table_of_days_in_date_order() -> None:
    plan = read_plan(PAGES).plan
    assert dated_days(plan) == [
        (None, "tue", dt.date(2027, 2, 16), "16.02.2027", [("Klimatologie", 90, "09:00")]),
        (
            None,
            "thu",
            dt.date(2027, 2, 18),
            "18.02.2027",
            [("Stadtgeographie", 60, "10:00"), ("Kartographie", 90, "14:00")],
        ),
        (None, "mon", dt.date(2027, 2, 22), "22.02.2027", [("Bodenkunde", 90, "08:30")]),
    ]
    assert [day.number for day in plan.days] == [1, 2, 3]


def test_tables_under_headings_of_their_own_are_not_joined() -> None:
    plan = read_plan(TRACKS).plan
    assert [day.date for day in plan.days] == [
        dt.date(2025, 7, 15),
        dt.date(2025, 7, 16),
        dt.date(2025, 7, 15),
        dt.date(2025, 7, 16),
    ]
