"""Hours of the day in words inside a line (`Cours : de 14 à 16 heures`, `van 9 tot 11 uur`,
`von 9 bis 11 Uhr`): a clock span, not a length of 16 or 11 hours; `de 1 à 2 heures` stays a
range of lengths."""

from __future__ import annotations

import pytest

from planexport.reader import read_plan
from planexport.reader.hour_phrases import hour_phrases
from tests.paths import DATA
from tests.reader_support import blocks_of, warnings

HOURS = DATA / "hour_phrases"


def timed(name: str) -> list[tuple[str, int, int, str | None]]:
    result = read_plan(HOURS / name)
    assert warnings(result) == []
    return [(b.title, b.min_minutes, b.max_minutes, b.at) for _, b in blocks_of(result.plan)]


def test_french_hours_of_the_day_are_a_span_and_short_hours_a_range() -> None:
    assert timed("fr-de-14-a-16-heures.md") == [
        ("Cours de chimie", 120, 120, "14:00"),
        ("Relecture des fiches", 60, 120, "16:00"),
    ]


def test_dutch_hours_with_uur_are_spans() -> None:
    assert timed("nl-van-9-tot-11-uur.md") == [
        ("Hoorcollege statistiek", 120, 120, "09:00"),
        ("Werkgroep", 120, 120, "13:00"),
    ]


def test_uhr_is_always_a_time_of_day() -> None:
    assert timed("de-von-9-bis-11-uhr.md") == [
        ("Kurs Mathematik", 120, 120, "09:00"),
        ("Vokabeln", 30, 30, "11:00"),
    ]


def test_spanish_hours_after_the_title_are_a_span() -> None:
    assert timed("es-de-9-a-11-horas.md") == [
        ("Clase de inglés", 120, 120, "09:00"),
        ("Estudio", 120, 180, "11:00"),
    ]


@pytest.mark.parametrize(
    ("line", "read"),
    [
        ("- Cours : de 14 à 16 heures", "- Cours : 14:00-16:00"),
        ("- Kurs: von 2 bis 3 Uhr", "- Kurs: 02:00-03:00"),
        ("- Lezen: van 1 tot 2 uur", "- Lezen: van 1 tot 2 uur"),  # one to two hours
        ("- Studio dalle 9 alle 12 ore", "- Studio 09:00-12:00"),
        ("- Leitura das 9 às 11 horas", "- Leitura 09:00-11:00"),
        ("- Backwards: de 16 à 14 heures", "- Backwards: de 16 à 14 heures"),
        ("- Day long: de 9 à 30 heures", "- Day long: de 9 à 30 heures"),
        ("- Pages 10 to 12 hours", "- Pages 10 to 12 hours"),  # no word before the first hour
    ],
)
def test_phrases_of_hours(line: str, read: str) -> None:
    assert hour_phrases(line) == read


def test_code_blocks_are_left_as_written() -> None:
    text = "```\nde 14 à 16 heures\n```\nde 14 à 16 heures"
    assert hour_phrases(text) == "```\nde 14 à 16 heures\n```\n14:00-16:00"
