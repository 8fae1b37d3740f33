"""A daily structure (`### Tagesablauf`) for days whose only timed line says how, not what
(`- Modus: 20 Minuten pro Aufgabe`): every day takes the structure, the line is a note."""

from __future__ import annotations

import pytest

from planexport.reader import read_plan
from planexport.reader.stray_lengths import stray_line
from tests.paths import DATA
from tests.reader_support import warnings

STRAY = DATA / "stray-lengths"


def test_a_rate_line_does_not_keep_the_daily_structure_from_its_day() -> None:
    result = read_plan(STRAY / "rate-line-under-daily-structure.md")
    steps = [
        ("Wiederholen: Karteikarten von gestern", 15),
        ("Üben: Drei Aufgaben rechnen", 60),
        ("Abschluss: Fehler notieren", 15),
    ]
    days = result.plan.days
    assert [d.title for d in days] == ["Folgen", "Probeklausur"]
    for day in days:
        assert [(b.title, b.min_minutes) for b in day.variants[0].blocks] == steps
    assert days[1].notes[0] == "Modus: 20 Minuten pro Aufgabe, streng gestoppt"
    assert warnings(result) == []


def test_a_day_with_a_block_of_its_own_keeps_it() -> None:
    days = read_plan(STRAY / "own-block-kept.md").plan.days
    assert [(b.title, b.min_minutes) for b in days[1].variants[0].blocks] == [("Mock exam", 90)]


@pytest.mark.parametrize(
    ("line", "stray"),
    [
        ("Format: 25 minutes per problem, timed strictly", True),
        ("Tipp: 5 Minuten Pause zwischen den Aufgaben", True),
        ("Ritmo: 10 minutos por ejercicio", True),
        ("Mock exam: 90 min, closed book", False),
        ("Reading: 30 min of chapter three", False),
        ("Review 20 min per topic", False),
    ],
)
def test_stray_lines(line: str, stray: bool) -> None:
    assert stray_line(line) is stray
