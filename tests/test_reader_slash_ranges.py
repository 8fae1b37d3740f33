"""Lengths written `5/10 minutes` (a range) and `(durata ~5 minuti)` (a label left in brackets)."""

from __future__ import annotations

import pytest

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import blocks_of, warnings

PLANS = DATA / "slash_ranges"


def _blocks(name: str) -> list[tuple[str, int, int, str | None]]:
    plan = read_plan(PLANS / name).plan
    return [(b.title, b.min_minutes, b.max_minutes, b.note) for _, b in blocks_of(plan)]


def test_italian_headings_lose_the_durata_label_and_read_the_slash_range() -> None:
    assert _blocks("it-durata-headings.md") == [
        ("Mobilità", 10, 10, "Spalle e anche."),
        ("Forza", 30, 30, "Tre giri."),
        ("Stretching", 5, 10, "Facoltativo."),
    ]
    assert warnings(read_plan(PLANS / "it-durata-headings.md")) == []


def test_a_slash_range_in_an_english_heading_is_five_to_ten_minutes() -> None:
    assert _blocks("en-slash-range-heading.md") == [
        ("Warm-up", 10, 10, "Easy jog."),
        ("Tempo run", 20, 20, "Steady pace."),
        ("Strides", 5, 10, "Only if the legs feel fresh."),
    ]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            "de-dauer-slash-range-list.md",
            [("Vokabeln wiederholen", 15, 15), ("Grammatik", 20, 30)],
        ),
        ("es-duracion-brackets.md", [("Lectura", 25, 25), ("Ejercicios", 10, 15)]),
        ("fr-duree-brackets.md", [("Lecture", 20, 20), ("Exercices", 15, 20)]),
        ("pt-duracao-brackets.md", [("Aquecimento", 5, 5), ("Corrida", 20, 25)]),
        ("nl-duur-brackets.md", [("Toonladders", 10, 10), ("Etude", 15, 20)]),
    ],
)
def test_a_length_label_in_brackets_leaves_the_title_in_every_language(
    name: str, expected: list[tuple[str, int, int]]
) -> None:
    assert [b[:3] for b in _blocks(name)] == expected


def test_three_numbers_joined_by_slashes_stay_a_list_not_a_range() -> None:
    assert [b[:3] for b in _blocks("en-slash-list-not-range.md")] == [
        ("Sprints (3/6/9 minutes as the week goes on)", 20, 20),
        ("Recovery jog", 10, 10),
    ]
