"""Dated class rows that write no year take the year, nearest to today, in which they fall on
the weekdays the class-time sentence names."""

from __future__ import annotations

import datetime as dt

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import warnings

PLANS = DATA / "class_years"


def classes(
    name: str,
) -> list[tuple[str | None, dt.date | None, list[tuple[str, int, str | None]]]]:
    plan = read_plan(PLANS / name).plan
    return [
        (d.weekday, d.date, [(b.title, b.min_minutes, b.at) for v in d.variants for b in v.blocks])
        for d in plan.days
    ]


def test_spanish_rows_take_the_year_they_fall_on_monday_and_friday() -> None:
    # Today is 2026-11-30 in the tests: 6 April 2026 is a Monday, the nearest such year.
    assert classes("es-lunes-y-viernes.md") == [
        ("mon", dt.date(2026, 4, 6), [("Variables y tipos", 120, "18:30")]),
        ("fri", dt.date(2026, 4, 10), [("Condicionales", 120, "18:30")]),
        ("mon", dt.date(2026, 4, 13), [("Bucles", 120, "18:30")]),
        ("fri", dt.date(2026, 4, 17), [("Funciones", 120, "18:30")]),
    ]


def test_german_rows_a_past_year_when_the_next_puts_them_on_thursdays() -> None:
    # 7.10. is next on 7 October 2027, a Thursday; 2026's is a Wednesday, as the sentence says.
    result = read_plan(PLANS / "de-mittwochs.md")
    assert [(d.weekday, d.date) for d in result.plan.days] == [
        ("wed", dt.date(2026, 10, 7)),
        ("wed", dt.date(2026, 10, 14)),
        ("wed", dt.date(2026, 10, 21)),
    ]
    assert warnings(result) == [
        "3: the class time 17:00–19:00 is read as the time of every dated class below"
    ]


def test_english_slashed_dates_on_tuesdays_and_thursdays() -> None:
    assert classes("en-tuesdays-thursdays-slashed.md") == [
        ("tue", dt.date(2026, 2, 3), [("Intro and setup", 120, "18:00")]),
        ("thu", dt.date(2026, 2, 5), [("Data types", 120, "18:00")]),
        ("tue", dt.date(2026, 2, 10), [("Control flow", 120, "18:00")]),
    ]


def test_portuguese_mondays_and_wednesdays() -> None:
    assert [(w, d) for w, d, _ in classes("pt-segundas-e-quartas.md")] == [
        ("mon", dt.date(2026, 3, 2)),
        ("wed", dt.date(2026, 3, 4)),
        ("mon", dt.date(2026, 3, 9)),
    ]


def test_no_year_puts_every_row_on_the_weekday_and_it_is_said() -> None:
    result = read_plan(PLANS / "en-no-year-fits.md")
    assert classes("en-no-year-fits.md") == [
        ("mon", dt.date(2027, 3, 8), [("Welcome", 120, "19:00")]),
        ("tue", dt.date(2027, 3, 9), []),
        ("mon", dt.date(2027, 3, 15), [("Review", 120, "19:00")]),
    ]
    assert warnings(result) == [
        "3: the dated classes below write no year, and in no year from 2020 to 2032 do they all "
        "fall on Monday: their dates are read near today",
        "3: the class time 19:00–21:00 is read as the time of every dated class below",
        '8: "9 March" is not on a weekday the class time names: no class',
    ]
