"""Hours in brackets after the date of a weekday heading, and whatever follows them: the day's
length or its note, never its title, which stays the weekday's date."""

from __future__ import annotations

import datetime as dt

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import pinned, warnings

TAILS = DATA / "heading_tails"


def read(name: str) -> ReadResult:
    return read_plan(TAILS / name)


def titles_and_notes(result: ReadResult) -> list[tuple[str, str | None, list[str]]]:
    return [(d.title, d.weekday, list(d.notes)) for d in result.plan.days]


def test_hours_and_an_emoji_after_the_date_are_a_note() -> None:
    result = read("fr-hours-and-an-emoji-after-the-date.md")
    assert titles_and_notes(result) == [
        ("MARDI 8 DÉCEMBRE", "tue", ["(8h - pause 13h) ❄️"]),
        ("JEUDI 10 DÉCEMBRE", "thu", []),
    ]
    assert pinned(result.plan, 0) == [("Chimie", 120, "09:00")]
    assert warnings(result) == []


def test_a_date_in_brackets_then_hours_keeps_the_date_as_title() -> None:
    result = read("de-date-in-brackets-then-hours.md")
    assert titles_and_notes(result) == [
        ("Samstag (5. Dezember 2026)", "sat", ["(10h - Ende 20h) 🎄"]),
        ("Sonntag (6. Dezember 2026)", "sun", []),
    ]
    assert [d.date for d in result.plan.days] == [dt.date(2026, 12, 5), dt.date(2026, 12, 6)]
    assert pinned(result.plan, 0) == [
        ("Ideen sammeln", 120, "10:00"),
        ("Prototyp bauen", 240, "13:00"),
    ]


def test_a_length_in_brackets_then_words_is_a_length_and_a_note() -> None:
    result = read("es-length-then-a-note.md")
    assert titles_and_notes(result) == [
        ("Lunes 7 de diciembre", "mon", ["primer día"]),
        ("Miércoles 9 de diciembre", "wed", ["último día"]),
    ]
    assert pinned(result.plan, 1) == [("Simulacro", 120, "09:00")]


def test_a_bracket_without_hours_stays_the_title() -> None:
    result = read("en-bracket-without-hours-stays-the-title.md")
    assert titles_and_notes(result) == [
        ("(optional) catch-up", "mon", []),
        ("Tuesday 8 December", "tue", ["final push"]),
    ]


def test_a_clock_span_in_brackets_is_a_note_too() -> None:
    result = read("it-clock-span-in-brackets-is-a-note.md")
    assert titles_and_notes(result) == [
        ("Lunedì 7 dicembre", "mon", ["(09:00 - 13:00) ultimo ripasso"]),
    ]
    assert pinned(result.plan, 0) == [("Analisi", 120, None), ("Algebra", 60, None)]


def test_a_dated_heading_with_its_year_is_titled_without_the_tail() -> None:
    result = read("fr-dated-heading-with-its-year.md")
    assert titles_and_notes(result) == [
        ("Mercredi 23 décembre 2026", "wed", ["(9h - stop 19h) 🎄"]),
        ("Jeudi 24 décembre 2026", "thu", []),
    ]
    assert result.plan.days[0].date == dt.date(2026, 12, 23)


def test_dutch_hours_then_words() -> None:
    result = read("nl-hours-in-u-then-words.md")
    assert titles_and_notes(result) == [("Maandag 7 december", "mon", ["eerste dag"])]
    assert pinned(result.plan, 0) == [("Statistiek", 120, "09:00"), ("Economie", 120, "13:00")]


def test_a_span_with_a_stop_time_is_a_note() -> None:
    result = read("pt-span-with-a-stop-time.md")
    assert titles_and_notes(result) == [
        ("Segunda-feira, 7 de dezembro", "mon", ["(6h - parar às 18h) 🎯"])
    ]
