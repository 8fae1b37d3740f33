"""Two activities on one line joined by a word for "then" (`Read chapter 4 (1 hour), then 20
minutes of flashcards`, `danach`, `luego`, `followed by`): two blocks, the joining word no part
of the second one's title."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import day_blocks, warnings


def test_a_word_for_then_joins_two_blocks_and_titles_neither() -> None:
    result = read_plan(DATA / "then_segments" / "activities-joined-by-then.md")
    assert day_blocks(result.plan) == [
        (
            "mon",
            [
                ("Read chapter 4", 60, None),
                ("flashcards", 20, None),
                ("Past paper section A", 45, None),
                ("marking", 15, None),
            ],
        ),
        ("tue", [("Kapitel 3 lesen", 45, None), ("Vokabeln", 15, None)]),
        ("wed", [("Repaso", 30, None), ("ejercicios", 20, None)]),
    ]
    assert warnings(result) == []
