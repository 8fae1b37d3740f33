"""A plan with no day reads timed items under a weekend item, and rests between sets under a
rest item, as notes of its one day; a rest item over any other timed item reads as before."""

from __future__ import annotations

import pytest

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import blocks_with_items

PLANS = DATA / "aside_parents"


@pytest.mark.parametrize(
    ("name", "block", "weekend", "rests"),
    [
        (
            "trainingsplan-wochenende-pausen.md",
            ("Radfahren", 45),
            (7, "20 Minuten Schwimmen", "Wochenende", 5),
            ["Sätze: 1:30 Minuten", "Übungen: 3 Minuten"],
        ),
        (
            "weekend-and-rest-between-sets.md",
            ("jog", 30),
            (6, "Long walk 90 min", "Weekend", 5),
            ["Between sets: 2 min", "Between exercises: 3 min"],
        ),
        (
            "fin-de-semana-descanso.md",
            ("Caminar", 45),
            (5, "Bicicleta 40 minutos", "Fin de semana", 4),
            ["Entre series: 2 minutos"],
        ),
        (
            "week-end-repos.md",
            ("Marche", 60),
            (5, "Vélo 40 min", "Week-end", 4),
            ["Entre les séries : 2 min"],
        ),
        (
            "fine-settimana-riposo.md",
            ("Camminata", 60),
            (5, "Nuoto 30 minuti", "Fine settimana", 4),
            ["Tra le serie: 3 minuti"],
        ),
        (
            "weekend-rust-tussen-de-sets.md",
            ("Wandelen", 40),
            (5, "Fietsen 60 minuten", "In het weekend", 4),
            ["Tussen de sets: 2 minuten"],
        ),
    ],
)
def test_weekend_and_rest_items_are_notes_of_the_one_day(
    name: str, block: tuple[str, int], weekend: tuple[int, str, str, int], rests: list[str]
) -> None:
    read = read_plan(PLANS / name)
    assert [b[:2] for b in blocks_with_items(read.plan)] == [block]
    (day,) = read.plan.days
    line, text, parent, parent_line = weekend
    assert text in day.notes
    assert all(rest in day.notes for rest in rests)
    assert [(w.line, w.message) for w in read.warnings] == [
        (
            line,
            f'"{text}" is under "{parent}" (line {parent_line}), days this plan does not have: '
            "a note, not a block of its one day",
        )
    ]


def test_a_rest_item_over_a_block_not_between_sets_reads_as_before() -> None:
    read = read_plan(PLANS / "pausen-ohne-saetze-bleiben.md")
    assert [b[:2] for b in blocks_with_items(read.plan)] == [
        ("Mathematik", 90),
        ("Spaziergang an der Luft", 20),
        ("Englisch", 60),
    ]
    assert not read.warnings
