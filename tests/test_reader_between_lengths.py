"""Two lengths of their own units between `between` and `and` (`entre 15 minutes et 2 heures`,
`zwischen 30 Minuten und 2 Stunden`) are one range, its words no part of the title."""

from __future__ import annotations

import pytest

from planexport.reader import read_plan
from planexport.reader.durations import parse_duration
from tests.paths import DATA

FOLDER = DATA / "between_lengths"


def _blocks(name: str) -> list[tuple[str, int, int]]:
    plan = read_plan(FOLDER / name).plan
    return [(b.title, b.min_minutes, b.max_minutes) for b in plan.days[0].variants[0].blocks]


def test_a_french_range_of_minutes_and_hours_is_one_range() -> None:
    assert _blocks("fr-entre-minutes-et-heures.md") == [
        ("Amphi de chimie", 60, 60),
        ("Exercices de cinétique", 45, 90),
        ("Relire le cours", 10, 20),
    ]


def test_a_german_range_of_minutes_and_hours_is_one_range() -> None:
    assert _blocks("de-zwischen-minuten-und-stunden.md") == [
        ("Probeklausur", 30, 120),
        ("Karteikarten", 20, 20),
    ]


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("entre 15 minutes et 2 heures", (15, 120)),
        ("between 20 min and 1 hour", (20, 60)),
        ("zwischen 30 Minuten und 2 Stunden", (30, 120)),
        ("entre 30 minutos y 1 hora", (30, 60)),
        ("tra 40 minuti e 2 ore", (40, 120)),
        ("entre 30 minutos e 1 hora", (30, 60)),
        ("tussen 45 minuten en 2 uur", (45, 120)),
        ("entre 1 et 2 heures", (60, 120)),
    ],
)
def test_between_two_lengths_is_a_range(text: str, minutes: tuple[int, int]) -> None:
    assert parse_duration(text) == minutes


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("between 90 min and 1 hour", (90, 90)),  # the second is not longer
        ("15 minutes et 2 heures", (15, 15)),  # no "between": two lengths
        ("entre 9 heures et 11 heures", (540, 540)),  # longer than a working day
    ],
)
def test_no_range_without_its_words_or_order(text: str, minutes: tuple[int, int]) -> None:
    assert parse_duration(text) == minutes
