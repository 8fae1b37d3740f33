"""Labelled lines whose bold part is a date with a clock span (`Check-in: **March 9,
10:00–10:45**`, `- Lab — **Apr 16, 13:00-15:00**`, `- Treffen: **3. November, 15:15–17:00**`):
a dated day per date, a block per line pinned to its span and titled by its label; with no year
in the plan the day keeps its date as its title. A bold date with no span, or such a line under
a weekday heading, reads as before."""

from __future__ import annotations

import datetime as dt

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import blocks_of, blocks_with_items, dated_days, days, pinned, warnings

PLANS = DATA / "bold_dated_labels"
D = dt.date


def test_paragraph_lines_are_dated_days_in_the_plans_year() -> None:
    result = read_plan(PLANS / "en-meetings-with-year.md")
    assert dated_days(result.plan) == [
        (None, "mon", D(2026, 3, 9), "Check-in", [("Check-in", 45, "10:00")]),
        (
            None,
            "mon",
            D(2026, 3, 23),
            "Draft review, Rehearsal",
            [("Draft review", 90, "14:30"), ("Rehearsal", 30, "17:00")],
        ),
    ]
    # what follows the span is the block's item, as for a labelled line with a weekday
    assert blocks_with_items(result.plan)[1][3] == ["office 2.17"]
    assert warnings(result) == []


def test_bulleted_lines_with_short_months_dashes_and_a_ticked_box() -> None:
    result = read_plan(PLANS / "en-bulleted-short-months.md")
    assert dated_days(result.plan) == [
        (None, "tue", D(2026, 4, 14), "Lecture", [("Lecture", 90, "09:00")]),
        (
            None,
            "thu",
            D(2026, 4, 16),
            "Lab, Quiz",
            [("Lab", 120, "13:00"), ("Quiz", 30, "15:30")],
        ),
    ]
    assert [b.done for _, b in blocks_of(result.plan)] == [False, False, True]
    assert warnings(result) == []


def test_with_no_year_each_day_is_titled_by_its_date() -> None:
    result = read_plan(PLANS / "en-no-year-day-first.md")
    assert days(result.plan) == [(None, None, "12 October"), (None, None, "19 October")]
    assert pinned(result.plan, 0) == [("Sectionals", 90, "18:00")]
    assert pinned(result.plan, 1) == [("Full choir", 120, "18:00")]
    assert warnings(result) == [
        "5: the plan writes no year: 2 day(s) headed by a date are read in order, undated (write "
        "the year beside each date to schedule them on their dates)"
    ]


def test_german_dotted_days() -> None:
    result = read_plan(PLANS / "de-treffen-dotted-day.md")
    assert dated_days(result.plan) == [
        (None, "tue", D(2026, 11, 3), "Treffen", [("Treffen", 105, "15:15")]),
        (None, "tue", D(2026, 11, 10), "Abgabe", [("Abgabe", 30, "12:00")]),
    ]
    assert warnings(result) == []


def test_a_bold_date_without_a_span_is_no_day() -> None:
    result = read_plan(PLANS / "en-bold-date-without-span.md")
    assert days(result.plan) == [(None, None, "Essay plan 2026")]
    assert pinned(result.plan, 0) == [("Research notes", 90, None), ("First draft", 120, None)]


def test_under_a_weekday_heading_the_line_stays_a_block_of_that_day() -> None:
    result = read_plan(PLANS / "en-inside-weekday-heading.md")
    assert days(result.plan) == [("mon", None, "Monday"), ("tue", None, "Tuesday")]
    assert pinned(result.plan, 0) == [
        ("Statistics problems", 60, None),
        ("Office hours: June 8", 30, "16:00"),
    ]


def test_beside_a_timetable_a_bold_date_is_no_day_of_its_own() -> None:
    result = read_plan(PLANS / "en-beside-a-timetable.md")
    assert days(result.plan) == [("sat", None, "Saturday revision")]
    assert pinned(result.plan, 0) == [
        ("Organic chemistry", 90, "08:30"),
        ("Thermodynamics", 90, "10:15"),
    ]


def test_french_lines_with_a_spaced_colon_and_hour_marks() -> None:
    result = read_plan(PLANS / "fr-spaced-colon-hour-marks.md")
    assert dated_days(result.plan) == [
        (None, "wed", D(2026, 1, 14), "Rencontre", [("Rencontre", 90, "18:30")]),
        (
            None,
            "wed",
            D(2026, 1, 21),
            "Atelier d'écriture",
            [("Atelier d'écriture", 90, "18:00")],
        ),
    ]
    assert blocks_with_items(result.plan)[1][3] == ["salle Verte"]
    assert warnings(result) == []
