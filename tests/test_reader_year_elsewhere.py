"""Dates written without a year when the plan gives the year elsewhere: in a bold week line
above a day table (`**December 28, 2026 - January 3, 2027**` over `| Tue | Dec 29 |`), in a
`Start Date` row, in an introduction's sentence or quote; checked against the weekday each row
or heading writes, and warned on their line when they cannot be used."""

from __future__ import annotations

import datetime as dt

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import blocks_with_items, dated_days, days, warnings

PLANS = DATA / "year_elsewhere"


def read(name: str) -> ReadResult:
    return read_plan(PLANS / name)


def test_bold_week_lines_date_the_rows_and_run_on_into_the_new_year() -> None:
    result = read("en-week-lines-across-new-year.md")
    assert dated_days(result.plan) == [
        (1, "mon", dt.date(2026, 12, 21), "Mon", [("Greetings and introductions", 45, None)]),
        (1, "wed", dt.date(2026, 12, 23), "Wed", [("Asking for directions", 45, None)]),
        (1, "sat", dt.date(2026, 12, 26), "Sat", [("Listening: a station dialogue", 90, None)]),
        (2, "tue", dt.date(2026, 12, 29), "Tue", [("Ordering in a café", 45, None)]),
        (2, "thu", dt.date(2026, 12, 31), "Thu", [("Numbers and prices", 45, None)]),
        # "December 28, 2026 - January 3, 2027": the rows go on into 2027 after December.
        (2, "sat", dt.date(2027, 1, 2), "Sat", [("Market role play", 90, None)]),
    ]
    assert warnings(result) == []


def test_a_start_date_row_gives_the_year_of_every_week() -> None:
    result = read("en-start-date-row-only.md")
    assert [(d.week, d.weekday, d.date) for d in result.plan.days] == [
        (1, "mon", dt.date(2027, 3, 1)),
        (1, "tue", dt.date(2027, 3, 2)),
        (1, "sun", dt.date(2027, 3, 7)),
        (2, "mon", dt.date(2027, 3, 8)),
        (2, "thu", dt.date(2027, 3, 11)),
    ]
    assert warnings(result) == []


def test_a_year_in_the_introduction_dates_a_german_week_table() -> None:
    result = read("de-jahr-in-der-einleitung.md")
    assert days(result.plan) == [
        ("mon", dt.date(2026, 6, 1), "Mo"),
        ("wed", dt.date(2026, 6, 3), "Mi"),
        ("fri", dt.date(2026, 6, 5), "Fr"),
    ]
    assert warnings(result) == []


def test_a_row_whose_weekday_does_not_fit_keeps_it_and_is_warned() -> None:
    result = read("es-un-dia-no-encaja.md")
    assert days(result.plan) == [
        ("mon", dt.date(2027, 4, 12), "Lun"),
        ("tue", None, "Mar"),  # "Mar | 14 abr": 14 April 2027 is a Wednesday
        ("thu", dt.date(2027, 4, 15), "Jue"),
    ]
    assert warnings(result) == [
        '8: "Mar 14 abr": 14.04.2027 is a Wednesday, not the weekday written; the weekday is '
        "kept and the date left out"
    ]


def test_a_year_that_fits_no_weekday_is_not_used_and_the_dates_are_warned() -> None:
    # "Plan repris de l'année 2019": 12 October 2019 is a Saturday, not the Monday written.
    result = read("fr-annee-qui-ne-va-pas.md")
    assert days(result.plan) == [("mon", None, "Lun"), ("tue", None, "Mar")]
    assert warnings(result) == [
        '7: "Lun 12 Oct": 12 Oct is no Monday in a year the plan writes (2019): the rows\' '
        "weekdays are read, not their dates"
    ]


def test_a_year_in_an_introductory_quote_dates_the_day_headings() -> None:
    result = read("it-anno-nell-introduzione.md")
    assert result.plan.title == "Verso l'esame di fisica"  # the quote's date makes no day
    assert days(result.plan) == [
        ("mon", dt.date(2027, 5, 10), "cinematica"),
        ("tue", dt.date(2027, 5, 11), "dinamica"),
        # "### Mercoledì 12 (1h)": the month from the week's heading, titled by its date
        ("wed", dt.date(2027, 5, 12), "Mercoledì 12 maggio"),
    ]
    assert [b[:2] for b in blocks_with_items(result.plan)] == [
        ("cinematica", 60),
        ("dinamica", 90),
        ("Mercoledì", 60),
    ]
    assert warnings(result) == []


def test_rows_of_dates_alone_take_the_year_of_the_line_above() -> None:
    # "**Spring term 2026**": not the next 3 March from today, but the one of 2026.
    result = read("en-date-only-rows-year-above.md")
    assert days(result.plan) == [
        ("tue", dt.date(2026, 3, 3), "Mar 3"),
        ("fri", dt.date(2026, 3, 6), "Mar 6"),
        ("tue", dt.date(2026, 3, 10), "Mar 10"),
    ]
    assert warnings(result) == []


def test_dates_that_write_their_year_stay_as_written() -> None:
    # "**Season of 2026**" above is no year of rows that write their own (2027).
    result = read("en-dates-with-their-years-stay.md")
    assert days(result.plan) == [
        ("mon", dt.date(2027, 3, 1), "Mon"),
        ("tue", dt.date(2027, 3, 2), "Tue"),
    ]
    assert warnings(result) == []


def test_the_untimed_exam_day_that_ends_a_final_section_is_a_day() -> None:
    # "### Venerdì 11 - ESAME" under "## Finale (7-11 giugno)": a dated day with nothing timed,
    # not a guide; the quote's year dates every day.
    result = read("it-giorno-d-esame-nel-finale.md")
    assert dated_days(result.plan) == [
        (1, "mon", dt.date(2027, 5, 24), "alcani", [("alcani", 60, None)]),
        (1, "wed", dt.date(2027, 5, 26), "alcheni", [("alcheni", 60, None)]),
        (2, "mon", dt.date(2027, 5, 31), "aromatici", [("aromatici", 90, None)]),
        (3, "mon", dt.date(2027, 6, 7), "Lunedì 7 giugno", [("Lunedì", 120, None)]),
        (3, "fri", dt.date(2027, 6, 11), "ESAME", []),
    ]
    assert warnings(result) == []
