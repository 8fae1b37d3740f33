"""Dated rows that write no year: each keeps its date (the plan's year, else the next such date
from the plan's start or today), so the days between the rows are kept, in date order."""

from __future__ import annotations

import datetime as dt

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import blocks_of, days, warnings

ROWS = DATA / "yearless_rows"


def read(name: str) -> ReadResult:
    return read_plan(ROWS / name)


def blocks(result: ReadResult) -> list[tuple[dt.date | None, str, int]]:
    return [(d.date, b.title, b.min_minutes) for d, b in blocks_of(result.plan)]


def test_rows_out_of_order_are_dated_from_today_and_read_in_date_order() -> None:
    result = read("nl-rows-out-of-order-keep-their-gaps.md")
    assert blocks(result) == [
        (dt.date(2027, 3, 15), "Onderzoek doen", 180),
        (dt.date(2027, 3, 22), "Schetsen maken", 120),
        (dt.date(2027, 3, 24), "Feedback verwerken", 120),
        (dt.date(2027, 3, 29), "Presentatie oefenen", 60),
    ]
    assert [d.number for d in result.plan.days] == [1, 2, 3, 4]
    assert [d.title for d in result.plan.days] == ["15 Mar", "22 Mar", "24 Mar", "29 Mar"]
    assert warnings(result) == []


def test_a_year_a_heading_of_the_plan_names_is_theirs() -> None:
    result = read("en-year-from-a-later-heading.md")
    assert days(result.plan) == [
        ("wed", dt.date(2025, 5, 14), "14 May"),
        ("mon", dt.date(2025, 5, 19), "19 May"),
    ]


def test_rows_that_cross_the_new_year_go_on_into_the_next() -> None:
    result = read("de-rows-cross-the-new-year.md")
    assert [d.date for d in result.plan.days] == [
        dt.date(2026, 12, 14),
        dt.date(2026, 12, 21),
        dt.date(2027, 1, 4),
    ]


def test_a_first_row_a_few_days_ago_is_this_years() -> None:
    result = read("es-first-row-a-few-days-ago.md")
    assert [d.date for d in result.plan.days] == [
        dt.date(2026, 11, 25),
        dt.date(2026, 12, 2),
        dt.date(2026, 12, 16),
    ]


def test_the_year_of_the_plans_period_line_is_theirs() -> None:
    result = read("fr-year-from-the-period-line.md")
    assert blocks(result) == [
        (dt.date(2025, 9, 13), "Lecture du sujet", 60),
        (dt.date(2025, 9, 27), "Plan détaillé", 120),
    ]


def test_month_names_without_a_year() -> None:
    result = read("it-month-names-without-a-year.md")
    assert days(result.plan) == [
        ("tue", dt.date(2026, 12, 15), "15 dicembre"),
        ("fri", dt.date(2026, 12, 18), "18 dicembre"),
    ]


def test_rows_that_name_their_weekday_are_dated_in_the_year_it_fits() -> None:
    # No year written: "Seg 14/12" is the next 14 December that is a Monday, from today on.
    result = read("pt-weekday-beside-the-date-is-left-to-it.md")
    assert days(result.plan) == [
        ("mon", dt.date(2026, 12, 14), "Seg"),
        ("wed", dt.date(2026, 12, 16), "Qua"),
    ]
