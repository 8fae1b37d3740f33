"""Noon and midnight as the start or the end of a clock span: midnight that ends a span is the
day's end (`9:00 bis Mitternacht` lasts 900 minutes), one that starts it the day's start, and a
12-hour end after noon is the afternoon (`noon - 2:00` is 12:00-14:00)."""

from __future__ import annotations

import pytest

from planexport.reader.durations import find_duration
from tests.paths import DATA
from tests.reader_support import quiet_blocks

SPANS = DATA / "noon_spans"


def timed(name: str) -> list[tuple[str, int, str | None]]:
    return quiet_blocks(SPANS / name)


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("midnight-ends-the-day-en.md", "Hackathon"),
        ("midnight-ends-the-day-de.md", "Hackathon"),
        ("midnight-ends-the-day-es.md", "Maratón de código"),
        ("midnight-ends-the-day-fr.md", "Marathon de code"),
        ("midnight-ends-the-day-it.md", "Maratona di codice"),
        ("midnight-ends-the-day-pt.md", "Maratona de código"),
        ("midnight-ends-the-day-nl.md", "Hackathon"),
    ],
)
def test_midnight_that_ends_a_span_is_the_end_of_the_day(name: str, title: str) -> None:
    assert timed(name) == [(title, 900, "09:00")]


@pytest.mark.parametrize(
    ("name", "read"),
    [
        ("noon-then-twelve-hour-end-en.md", [("Guest talk", 120), ("Problem set", 90)]),
        ("noon-then-twelve-hour-end-de.md", [("Gastvortrag", 120), ("Übungsblatt", 90)]),
        ("noon-then-twelve-hour-end-es.md", [("Seminario", 210), ("Ejercicios", 60)]),
        ("noon-then-twelve-hour-end-fr.md", [("Conférence", 120), ("Exercices", 90)]),
    ],
)
def test_a_twelve_hour_end_after_noon_is_the_afternoon(
    name: str, read: list[tuple[str, int]]
) -> None:
    (first, minutes), (second, after) = read
    blocks = timed(name)
    assert blocks[0] == (first, minutes, "12:00")
    assert blocks[1][:2] == (second, after)


@pytest.mark.parametrize(
    ("name", "titles"),
    [
        ("midnight-starts-the-day-en.md", ("Server migration", "Smoke tests")),
        ("midnight-starts-the-day-de.md", ("Servermigration", "Tests")),
        ("midnight-starts-the-day-es.md", ("Migración", "Pruebas")),
        ("midnight-starts-the-day-fr.md", ("Migration", "Tests")),
    ],
)
def test_midnight_that_starts_a_span_is_pinned_at_midnight(
    name: str, titles: tuple[str, str]
) -> None:
    # Written in words, midnight is the clock's: no count of minutes from a session's start.
    first, second = titles
    assert timed(name) == [(first, 120, "00:00"), (second, 60, "02:00")]


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("noon-to-midnight-en.md", "Game jam"),
        ("noon-to-midnight-de.md", "Game Jam"),
        ("noon-to-midnight-es.md", "Game jam"),
        ("noon-to-midnight-fr.md", "Game jam"),
    ],
)
def test_noon_to_midnight_with_no_digit(name: str, title: str) -> None:
    assert timed(name) == [(title, 720, "12:00")]


@pytest.mark.parametrize(
    ("name", "first", "second"),
    [
        ("articles-before-noon-words.md", "Clase de historia", "Biblioteca"),
        ("from-words-before-noon-words.md", "Storia", "Biblioteca"),
        ("ate-o-meio-dia.md", "História", "Biblioteca"),
    ],
)
def test_the_words_around_a_noon_word_belong_to_the_span(
    name: str, first: str, second: str
) -> None:
    assert timed(name) == [(first, 180, "09:00"), (second, 180, "12:00")]


def test_twelve_uhr_mittags_starts_and_ends_a_span() -> None:
    assert timed("von-12-uhr-mittags.md") == [("Mathe", 180, "09:00"), ("Physik", 120, "12:00")]
    assert timed("bis-12-uhr-mittags.md") == [("Mathe", 180, "09:00")]


def test_twelve_uur_s_middags_is_noon() -> None:
    assert timed("twaalf-uur-s-middags.md") == [
        ("Wiskunde", 180, "09:00"),
        ("Herhaling", 240, "20:00"),
    ]


def test_a_hyphen_joins_a_noon_word_to_a_time() -> None:
    assert timed("dash-without-spaces.md") == [
        ("Algebra", 180, "09:00"),
        ("Geometry", 120, "12:00"),
        ("Review", 120, "22:00"),
    ]


def test_french_midi_after_a_hyphen_but_not_apres_midi() -> None:
    assert timed("tirets-sans-espaces.md") == [
        ("Français", 180, "09:00"),
        ("Révision", 120, "22:00"),
        ("après-midi : Lecture", 60, None),
    ]


def test_mittag_after_a_time_is_lunch_not_noon() -> None:
    # lunch at 12:30, so a gap between the blocks, as `12:30 - Mittagessen` is
    assert timed("mittag-alone-is-lunch.md") == [("Mathe", 210, "09:00"), ("Physik", 90, "13:30")]


@pytest.mark.parametrize(
    ("text", "at", "minutes"),
    [
        ("9:00 bis Mitternacht", 9 * 60, 900),
        ("9:00 to midnight", 9 * 60, 900),
        ("9:00 a medianoche", 9 * 60, 900),
        ("9:00 - minuit", 9 * 60, 900),
        ("20h jusqu'à minuit", 20 * 60, 240),
        ("21:00 fino a mezzanotte", 21 * 60, 180),
        ("20:00 até a meia-noite", 20 * 60, 240),
        ("das 9:00 ao meio-dia", 9 * 60, 180),
        ("9:00 hasta el mediodía", 9 * 60, 180),
        ("noon - 2:00", 12 * 60, 120),
        ("12 noon - 2:00", 12 * 60, 120),
        ("mediodía - 3:30", 12 * 60, 210),
        ("midi - 2:00", 12 * 60, 120),
        ("noon - 14:00", 12 * 60, 120),
        ("from noon to 3:00", 12 * 60, 180),
        ("1 pm - 3:00", 13 * 60, 120),
        ("midnight - 2:00", 0, 120),
        ("minuit - 2h", 0, 120),
        ("noon to midnight", 12 * 60, 720),
        ("von Mittag bis 14:00", 12 * 60, 120),
        ("Mittag bis 14:00", 12 * 60, 120),
        ("12 Uhr mittags bis 14:00", 12 * 60, 120),
    ],
)
def test_noon_and_midnight_spans(text: str, at: int, minutes: int) -> None:
    found = find_duration(f"{text}: Study")
    assert found is not None
    assert (found.at, found.lo, found.text) == (at, minutes, text)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("10 pm - 1:00", (22 * 60, 180)),  # past midnight, as before
        ("22:00 - 01:00", (22 * 60, 180)),
        ("12:30 - Mittag", None),  # lunch at 12:30, no span to noon
        ("Mittag - 13:30", None),
        ("Mittagessen bis 14:00", None),
        ("après-midi - 2h", (None, 120)),
    ],
)
def test_lines_that_hold_no_noon_span(text: str, read: tuple[int | None, int] | None) -> None:
    found = find_duration(text)
    assert (None if found is None else (found.at, found.lo)) == read


def test_half_past_noon_and_midnight_in_french() -> None:
    assert timed("midi-et-demi.md") == [("Français", 210, "09:00"), ("Marathon", 630, "14:00")]


def test_half_past_noon_and_midnight_in_spanish() -> None:
    assert timed("mediodia-y-media.md") == [("Historia", 90, "12:30"), ("Repaso", 150, "22:00")]


def test_a_noon_word_beside_a_length_is_no_length_of_its_own() -> None:
    assert timed("noon-word-beside-a-length.md") == [
        ("Après minuit : lecture", 60, None),
        ("Avant midi : exercices", 120, None),
    ]


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("Noon - Lunch (1h)", 60),
        ("Ab Mittag: 3h Mathe", 180),
        ("Nach Mitternacht nicht mehr lernen (8h Schlaf)", 480),
        ("a medianoche: dormir 8 h", 480),
    ],
)
def test_noon_written_as_a_french_hour_is_no_length(text: str, minutes: int) -> None:
    found = find_duration(text)
    assert found is not None
    assert (found.at, found.lo) == (None, minutes)


def test_twelve_del_mediodia_is_noon() -> None:
    assert timed("doce-del-mediodia.md") == [
        ("Historia", 180, "09:00"),
        ("Biblioteca", 120, "12:00"),
        ("Repaso", 120, "22:00"),
    ]
