"""Spans whose hours a word joins (`9 to 11am: maths`, `De 10 a 12: programación`, `11 bis 12 Uhr:
Vokabeln`), read as spans wherever the lines stand; lines that start with a time are never
kept as notes unsaid."""

from __future__ import annotations

import pytest

from planexport.reader import read_plan
from planexport.reader.durations import find_duration
from planexport.reader.worded_spans import worded_span
from tests.paths import DATA
from tests.reader_support import days, pinned, warnings

PLANS = DATA / "worded_spans"


def test_am_or_pm_on_the_end_gives_the_start_its_half_of_the_day() -> None:
    result = read_plan(PLANS / "en-half-on-the-end.md")
    assert pinned(result.plan, 0) == [
        ("linear algebra problems", 120, "09:00"),
        ("physics past paper", 120, "11:00"),  # "11 to 1pm": from 11 in the morning
        ("group revision", 90, "14:00"),
    ]
    assert warnings(result) == []


def test_am_or_pm_on_the_start_puts_the_end_after_it() -> None:
    result = read_plan(PLANS / "en-half-on-the-start.md")
    assert pinned(result.plan, 0) == [("flashcards", 120, "08:00"), ("mock exam", 120, "11:00")]
    assert warnings(result) == []


def test_a_span_from_pm_to_am_runs_past_midnight() -> None:
    result = read_plan(PLANS / "en-past-midnight.md")
    assert pinned(result.plan, 0) == [
        ("reading notes", 60, "19:00"),
        ("thesis writing", 240, "21:00"),
    ]
    assert warnings(result) == []


def test_hasta_las_and_desde_las_join_a_spanish_span() -> None:
    result = read_plan(PLANS / "es-hasta-las.md")
    assert days(result.plan) == [("mon", None, "Lunes")]
    assert pinned(result.plan, 0) == [
        ("inglés", 90, "08:00"),
        ("lectura", 90, "16:00"),
        ("repaso", 60, "18:00"),
    ]
    assert warnings(result) == []


def test_bare_hours_with_words_read_in_a_plan_without_day_headings() -> None:
    result = read_plan(PLANS / "es-no-day-headings.md")
    assert pinned(result.plan, 0) == [
        ("vocabulario", 90, "07:30"),
        ("proyecto final", 120, "10:00"),
        ("estadística", 120, "15:00"),
    ]
    assert warnings(result) == []


def test_uhr_hours_read_in_a_plan_without_day_headings() -> None:
    result = read_plan(PLANS / "de-uhr-without-day.md")
    assert pinned(result.plan, 0) == [
        ("Statistik", 90, "08:00"),
        ("Vokabeln", 120, "10:00"),
        ("Programmieren", 90, "13:30"),
    ]
    assert warnings(result) == []


def test_jusqu_a_and_a_french_h_on_the_end_make_a_span() -> None:
    result = read_plan(PLANS / "fr-jusqu-a.md")
    assert pinned(result.plan, 0) == [("Histoire", 120, "09:00"), ("Mathématiques", 120, "14:00")]
    assert warnings(result) == []  # no more "14 à" lasting 16 hours


def test_fino_alle_and_alle_ore_join_an_italian_span() -> None:
    result = read_plan(PLANS / "it-fino-alle.md")
    assert pinned(result.plan, 0) == [("Storia", 120, "09:00"), ("Fisica", 120, "15:00")]
    assert warnings(result) == []


def test_ate_as_joins_a_portuguese_span() -> None:
    result = read_plan(PLANS / "pt-ate-as.md")
    assert pinned(result.plan, 0) == [("Matemática", 120, "08:00"), ("Português", 90, "10:30")]
    assert warnings(result) == []


def test_the_lines_of_a_paragraph_read_as_a_list_of_them_would() -> None:
    result = read_plan(PLANS / "nl-paragraph-lines.md")
    assert pinned(result.plan, 0) == [("wiskunde", 120, "09:00"), ("Engels", 90, "13:00")]
    assert warnings(result) == []  # no more "van 9 tot" lasting 11 hours


def test_lines_that_start_with_a_time_and_are_not_read_are_said() -> None:
    result = read_plan(PLANS / "en-unread-starts-warn.md")
    assert pinned(result.plan, 0) == [("warm-up quiz", 60, "07:00"), ("essay plan", 60, "10:00")]
    assert result.plan.days[0].notes == ("2 to 4: chemistry", "12 o'clock: call study group")
    assert warnings(result) == [
        '6: "2 to 4: chemistry" starts with hours that are not read as a time: kept as a note',
        '8: "12 o\'clock: call study group" starts with a time of day but gives no end or '
        "length: kept as a note",
    ]


def test_counts_and_lengths_of_hours_stay_as_they_were() -> None:
    result = read_plan(PLANS / "en-counts-and-lengths-stay.md")
    day = result.plan.days[0]
    assert [(b.title, b.min_minutes, b.max_minutes, b.at) for b in day.variants[0].blocks] == [
        ("reading", 60, 60, "10:00"),
        ("sleep", 360, 480, None),  # "6 to 8h: sleep": six to eight hours of it
    ]
    assert day.notes == ("3 to 5 problems from chapter 2",)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("9 to 11am: maths", "09:00 - 11:00: maths"),
        ("11 to 1pm: physics", "11:00 - 13:00: physics"),
        ("9pm to 1am: night", "21:00 - 01:00: night"),
        ("9pm to 1: night", "21:00 - 01:00: night"),
        ("10 to 12am: review", "10:00 - 12:00: review"),
        ("De 10 a 12: programación", "10:00 - 12:00: programación"),
        ("de las 9 a las 11: química", "09:00 - 11:00: química"),
        ("11 bis 12 Uhr Englisch", "11:00 - 12:00 Englisch"),
        ("van 9 tot 11 uur wiskunde", "09:00 - 11:00 wiskunde"),
        ("**De 10 a 12:** programación", "**10:00 - 12:00:** programación"),
        ("22 to 6: sleep", "22:00 - 06:00: sleep"),
    ],
)
def test_a_span_in_words_as_a_clock_span(line: str, expected: str) -> None:
    assert worded_span(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "3 to 5 problems",  # a count
        "from 9 to 11 maths",  # nothing says hours: left to the lines around it
        "2 to 4: chemistry",  # the night, or the afternoon of the hours around it
        "6 to 8h: sleep",  # a length of hours
        "6 à 8h de sommeil",  # a length and what it is of
        "9 - 11: maths",  # a dash, not a word: the timetable's to read
    ],
)
def test_no_span_in_words(line: str) -> None:
    assert worded_span(line) is None


def test_a_word_joins_a_bare_hour_to_one_with_am_or_pm_anywhere_in_a_line() -> None:
    found = find_duration("Maths from 9 to 11am")
    assert found is not None
    assert (found.at, found.hi, found.text) == (540, 120, "from 9 to 11am")
    found = find_duration("Lectura de 16:00 hasta las 17:30")
    assert found is not None
    assert (found.at, found.hi) == (960, 90)
