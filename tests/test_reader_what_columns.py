"""A column headed by the word for "what" in the plan's language (`Was`, `Qué`, `Quoi`, `Cosa`,
`O quê`, `Wat`) titles the rows, as `What` does, not the part of the day beside it."""

from __future__ import annotations

import pytest

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import day_blocks, warnings

WHAT = DATA / "what_columns"


@pytest.mark.parametrize(
    ("name", "weekday", "blocks"),
    [
        (
            "de-tageszeit-was.md",
            "sat",
            [("Karteikarten Latein", 50, None), ("Übersetzung Caesar", 40, None)],
        ),
        (
            "es-periodo-que.md",
            "sun",
            [("Problemas de óptica", 60, None), ("Esquema de la Guerra Fría", 45, None)],
        ),
        (
            "fr-moment-quoi.md",
            "wed",
            [("Fiches de géographie", 40, None), ("Sujet de sciences", 55, None)],
        ),
        (
            "it-momento-cosa.md",
            "sat",
            [("Versione di greco", 70, None), ("Mappa di filosofia", 30, None)],
        ),
        (
            "pt-periodo-o-que.md",
            "sat",
            [("Redação sobre mobilidade", 60, None), ("Questões de genética", 45, None)],
        ),
        (
            "nl-dagdeel-wat.md",
            "sun",
            [("Franse woordjes", 30, None), ("Oefentoets economie", 50, None)],
        ),
    ],
)
def test_the_word_for_what_heads_the_titles_not_the_part_of_the_day(
    name: str, weekday: str, blocks: list[tuple[str, int, str | None]]
) -> None:
    result = read_plan(WHAT / name)
    assert day_blocks(result.plan) == [(weekday, blocks)]
    assert warnings(result) == []


def test_an_activity_column_before_a_column_of_what_to_bring_keeps_the_titles() -> None:
    result = read_plan(WHAT / "activity-before-what.md")
    assert day_blocks(result.plan) == [
        ("sat", [("Töpfern an der Scheibe", 90, None), ("Glasieren", 60, None)])
    ]
