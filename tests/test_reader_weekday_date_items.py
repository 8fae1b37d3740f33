"""Lines that each start with a weekday and its date, then the day's activities with their clock
spans (`* Lundi 19/10 : Jeux (17h30 - 19h)`), or the weekday and date over bullets of them."""

from __future__ import annotations

import datetime as dt

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import blocks_of, dated_days, undated, warnings

FOLDER = DATA / "weekday_date_items"


def read(name: str) -> ReadResult:
    return read_plan(FOLDER / name)


def test_each_french_day_line_is_a_dated_day_and_nested_bullets_its_blocks() -> None:
    result = read("fr-day-lines-hour-spans.md")
    assert dated_days(result.plan) == [
        (None, "tue", dt.date(2026, 12, 1), "1/12", [("Théâtre", 90, "18:00")]),
        (None, "fri", dt.date(2026, 12, 4), "4/12", [("Aide aux devoirs", 90, "16:30")]),
        (
            None,
            "sat",
            dt.date(2026, 12, 5),
            "5/12",
            [("Piscine", 90, "10:00"), ("Pique-nique", 60, "12:00")],
        ),
    ]
    # "1/12" may be either order: the weekday settles it, as for a heading of that day
    assert [w.line for w in result.warnings] == [3]
    assert "1/12 can be day or month first" in result.warnings[0].message


def test_a_german_span_after_the_title_and_a_date_line_over_bullets() -> None:
    result = read("de-day-lines-span-after-title.md")
    assert dated_days(result.plan) == [
        (None, "tue", dt.date(2026, 12, 8), "8.12", [("Schach", 90, "17:00")]),
        (None, "thu", dt.date(2026, 12, 10), "10.12", [("Hausaufgabenhilfe", 60, "16:00")]),
        (
            None,
            "sat",
            dt.date(2026, 12, 12),
            "12.12",
            [("Tischtennis", 90, "10:00"), ("Grillen", 120, "12:00")],
        ),
    ]
    assert warnings(result) == []


def test_plain_spanish_lines_of_one_paragraph_are_a_day_each() -> None:
    result = read("es-plain-day-lines.md")
    assert [(d.weekday, d.date) for d in result.plan.days] == [
        ("mon", dt.date(2026, 12, 7)),
        ("wed", dt.date(2026, 12, 9)),
        ("fri", dt.date(2026, 12, 11)),
    ]
    assert [(b.title, b.min_minutes, b.at) for d, b in blocks_of(result.plan)] == [
        ("Taller de pintura", 90, "17:00"),
        ("Club de lectura", 60, "18:00"),
        ("Cine", 120, "19:30"),
    ]


def test_an_italian_date_in_words_after_a_dash() -> None:
    result = read("it-month-names-dash.md")
    assert dated_days(result.plan) == [
        (
            None,
            "mon",
            dt.date(2026, 12, 14),
            "Lunedì 14 dicembre",
            [("Laboratorio di scienze", 90, "15:00")],
        ),
        (None, "thu", dt.date(2026, 12, 17), "Giovedì 17 dicembre", [("Coro", 60, "17:00")]),
    ]
    assert warnings(result) == []


def test_a_portuguese_hyphenated_weekday_and_a_day_of_two_activities() -> None:
    result = read("pt-nested-and-timed.md")
    assert dated_days(result.plan) == [
        (None, "mon", dt.date(2026, 11, 23), "23/11", [("Xadrez", 90, "17:00")]),
        (
            None,
            "sat",
            dt.date(2026, 11, 28),
            "28/11",
            [("Futebol", 90, "09:00"), ("Almoço partilhado", 90, "12:00")],
        ),
    ]
    assert warnings(result) == []


def test_task_boxes_and_twelve_hour_spans_keep_what_is_done() -> None:
    result = read("en-task-boxes-pm-spans.md")
    blocks = [(d.weekday, d.date, b.title, b.at, b.done) for d, b in blocks_of(result.plan)]
    assert blocks == [
        ("thu", dt.date(2026, 12, 3), "Mock interview", "18:00", False),
        ("fri", dt.date(2026, 12, 4), "Code review", "17:30", True),
    ]
    assert warnings(result) == []


def test_a_weekday_that_is_not_the_dates_is_read_and_warned_as_in_a_heading() -> None:
    result = read("fr-year-unsaid-wrong-weekday.md")
    assert dated_days(result.plan) == [
        (None, "mon", None, "3/11", [("Échecs", 60, "17:00")]),
        (None, "wed", None, "5/11", [("Chorale", 60, "18:00")]),
    ]
    assert warnings(result) == [undated("Lundi 3/11", "3/11", "Monday", line=3)]


def test_one_such_line_beside_other_lines_stays_in_the_one_day() -> None:
    result = read("nl-one-line-alone-stays.md")
    assert dated_days(result.plan) == [
        (None, None, None, "Day 1", [("Maandag 30/11: Schaken", 90, "19:00")])
    ]


def test_day_lines_with_a_length_and_no_time_are_dated_days_too() -> None:
    # read by `plain_dated_lines`: a dated day a line, titled by its topic (the date is its own)
    result = read("en-untimed-day-lines-stay.md")
    assert dated_days(result.plan) == [
        (None, "mon", dt.date(2026, 12, 7), "Algebra", [("Algebra", 120, None)]),
        (None, "tue", dt.date(2026, 12, 8), "Geometry", [("Geometry", 90, None)]),
    ]


def test_a_day_line_with_a_topic_and_no_time_is_the_day_of_its_timed_bullets() -> None:
    result = read("it-topic-line-over-timed-bullets.md")
    assert dated_days(result.plan) == [
        (None, "fri", dt.date(2026, 12, 11), "11/12", [("Cinema", 120, "20:30")]),
        (
            None,
            "sat",
            dt.date(2026, 12, 12),
            "Gita in montagna",
            [("Salita al rifugio", 180, "09:00"), ("Pranzo al sacco", 60, "12:00")],
        ),
    ]
    assert [w.line for w in result.warnings] == [3]  # "11/12": either order, as above
