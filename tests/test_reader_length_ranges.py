"""Ranges of lengths joined by a word (`2 à 3 heures`, `zwischen 1 und 2 Stunden`, `2 or 3
hours`) are read whole, in the seven languages, and their words leave the title."""

from __future__ import annotations

import pytest

from planexport.reader import read_plan
from planexport.reader.durations import find_duration, parse_duration
from tests.paths import DATA
from tests.reader_support import blocks_of, warnings

RANGES = DATA / "length_ranges"


def ranges(name: str) -> list[tuple[str, int, int]]:
    result = read_plan(RANGES / name)
    assert warnings(result) == []
    return [(b.title, b.min_minutes, b.max_minutes) for _, b in blocks_of(result.plan)]


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("2 à 3 heures", (120, 180)),
        ("2 bis 3 Stunden", (120, 180)),
        ("de 1 a 2 horas", (60, 120)),
        ("da 2 a 3 ore", (120, 180)),
        ("2 tot 3 uur", (120, 180)),
        ("2 or 3 hours", (120, 180)),
        ("entre 1 et 2 heures", (60, 120)),
        ("zwischen 1 und 2 Stunden", (60, 120)),
        ("1,5 a 2 ore", (90, 120)),
    ],
)
def test_a_range_joined_by_a_word_is_one_range(text: str, minutes: tuple[int, int]) -> None:
    assert parse_duration(text) == minutes
    found = find_duration(f"Maths: {text}")
    assert found is not None
    assert found.text == text


def test_a_range_of_hours_past_a_working_day_is_not_widened() -> None:
    assert parse_duration("de 9 à 11 heures") == (660, 660)


def test_a_low_end_above_the_high_one_is_no_range() -> None:
    assert parse_duration("3 a 2 horas") == (120, 120)


def test_french_ranges_in_hours_and_minutes() -> None:
    assert ranges("deux-a-trois-heures.md") == [
        ("Maths", 120, 180),
        ("Chimie", 60, 120),
        ("Lecture", 30, 45),
    ]


def test_german_ranges_with_bis_zwischen_and_oder() -> None:
    assert ranges("zwei-bis-drei-stunden.md") == [
        ("Physik", 120, 180),
        ("Musik", 60, 120),
        ("Vokabeln", 20, 30),
    ]


def test_spanish_ranges_with_de_entre_and_o() -> None:
    assert ranges("de-una-a-dos-horas.md") == [
        ("Historia", 60, 120),
        ("Química", 60, 120),
        ("Inglés", 120, 180),
    ]


def test_italian_ranges_with_da_tra_and_a_decimal_comma() -> None:
    assert ranges("da-due-a-tre-ore.md") == [
        ("Storia", 120, 180),
        ("Latino", 60, 120),
        ("Ripasso", 90, 120),
    ]


def test_portuguese_ranges_with_a_entre_and_ou() -> None:
    assert ranges("duas-a-tres-horas.md") == [
        ("Química", 120, 180),
        ("Física", 60, 120),
        ("Redação", 60, 120),
    ]


def test_dutch_ranges_with_tot_tussen_and_of() -> None:
    assert ranges("twee-tot-drie-uur.md") == [
        ("Biologie", 120, 180),
        ("Wiskunde", 60, 120),
        ("Engels", 45, 60),
    ]


def test_english_ranges_with_or_from_and_between() -> None:
    assert ranges("two-or-three-hours.md") == [
        ("Writing", 120, 180),
        ("Reading", 120, 180),
        ("Problems", 60, 120),
    ]


def test_a_single_length_after_de_or_a_numbered_title_stays_one_length() -> None:
    assert ranges("one-length-is-no-range.md") == [
        ("Lectura", 120, 120),
        ("Capítulos 3 a 5", 60, 60),
    ]
