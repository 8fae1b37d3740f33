"""Numeric dates (`02/10/2023`, `2/9/24`, `9/9`) in a table's date column or a component's
`date` attribute: one order for the plan, each date one day, weeks from the headings above."""

from __future__ import annotations

import datetime as dt

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import DatedDay, dated_days, warnings

PLANS = DATA / "numeric-dates"


def _days(name: str) -> list[DatedDay]:
    return dated_days(read_plan(PLANS / name).plan)


def test_component_rows_under_week_headings_are_one_day_per_date() -> None:
    result = read_plan(PLANS / "de-component-rows-weeks.md")
    assert _days("de-component-rows-weeks.md") == [
        (1, "mon", dt.date(2024, 11, 4), "2024-11-04", [("Einführung und Überblick", 90, "18:00")]),
        (1, "wed", dt.date(2024, 11, 6), "2024-11-06", [("Lagemaße", 90, "18:00")]),
        (2, "mon", dt.date(2024, 11, 11), "2024-11-11", [("Streuungsmaße", 90, "18:00")]),
        (
            2,
            "wed",
            dt.date(2024, 11, 13),
            "2024-11-13",
            [("Übung: Boxplots", 60, "17:00"), ("Korrelation", 90, "18:00")],
        ),
    ]
    # 13/11/2024 shows the plan writes the day first: no warning about the order.
    assert warnings(result) == ['12: row "Lesestoff: Kapitel 1" skipped: no time']


def test_a_day_over_twelve_decides_day_first_for_every_date() -> None:
    result = read_plan(PLANS / "en-week-table-day-over-twelve.md")
    assert [(w, wd, d) for w, wd, d, _, _ in _days("en-week-table-day-over-twelve.md")] == [
        (1, "mon", dt.date(2023, 10, 2)),
        (1, "wed", dt.date(2023, 10, 4)),
        (2, "mon", dt.date(2023, 10, 9)),
        (2, "fri", dt.date(2023, 10, 13)),
    ]
    assert warnings(result) == []


def test_us_english_with_am_pm_reads_month_first_and_says_so() -> None:
    result = read_plan(PLANS / "en-us-week-table-ampm.md")
    assert _days("en-us-week-table-ampm.md") == [
        (1, "mon", dt.date(2023, 10, 2), "2023-10-02", [("Linear equations", 90, "17:30")]),
        (
            1,
            "wed",
            dt.date(2023, 10, 4),
            "2023-10-04",
            [("Inequalities", 90, "17:30"), ("Quiz 1", 45, "19:15")],
        ),
        (2, "mon", dt.date(2023, 10, 9), "2023-10-09", [("Functions", 90, "17:30")]),
        # An all-day or TBD row is no block: its date is a day with nothing timed.
        (2, "wed", dt.date(2023, 10, 11), "2023-10-11", []),
        (2, "thu", dt.date(2023, 10, 12), "2023-10-12", []),
    ]
    assert warnings(result) == [
        '7: dates such as "10/02/2023" can be day or month first: read month first, '
        "as in US English; write 2023-10-02 to be sure",
        '16: row "Make-up day" skipped: no time',
        '17: row "Office hours" skipped: no time',
    ]


def test_english_without_a_us_cue_reads_day_first_and_says_so() -> None:
    result = read_plan(PLANS / "en-ambiguous-without-us-cue.md")
    assert [d for _, _, d, _, _ in _days("en-ambiguous-without-us-cue.md")] == [
        dt.date(2023, 10, 2),
        dt.date(2023, 10, 4),
        dt.date(2023, 10, 9),
    ]
    assert warnings(result) == [
        '7: dates such as "02/10/2023" can be day or month first: read day first; '
        "write 2023-10-02 to be sure",
    ]


def test_two_digit_years_weekday_names_and_dates_without_a_year() -> None:
    result = read_plan(PLANS / "es-short-year-and-yearless.md")
    assert [(w, wd, d, t) for w, wd, d, t, _ in _days("es-short-year-and-yearless.md")] == [
        (1, "mon", dt.date(2024, 9, 2), "Lun 2024-09-02"),
        (1, "wed", dt.date(2024, 9, 4), "Mié 2024-09-04"),
        # "9/9" under the "Fecha" header: the year is the title's.
        (2, "mon", dt.date(2024, 9, 9), "9 Sep"),
        (2, "wed", dt.date(2024, 9, 11), "11 Sep"),
        (2, "mon", dt.date(2024, 9, 23), "23 Sep"),
    ]
    assert warnings(result) == []


def test_a_day_heading_whose_date_reads_either_way_is_warned_about_once() -> None:
    result = read_plan(PLANS / "en-day-headings-ambiguous.md")
    assert [d for _, _, d, _, _ in _days("en-day-headings-ambiguous.md")] == [
        dt.date(2023, 10, 2),
        dt.date(2023, 10, 4),
    ]
    assert warnings(result) == [
        '3: dates such as "02/10/2023" can be day or month first: read day first; '
        "write 2023-10-02 to be sure",
    ]


def test_a_weekday_in_the_heading_settles_the_order_without_a_warning() -> None:
    result = read_plan(PLANS / "fr-day-headings-weekday.md")
    assert [(wd, d) for _, wd, d, _, _ in _days("fr-day-headings-weekday.md")] == [
        ("mon", dt.date(2023, 10, 2)),
        ("wed", dt.date(2023, 10, 4)),
    ]
    assert warnings(result) == []
