"""A cap before a length in brackets (`Drill (max 20 min)`, `Notes (<15 min)`, `Lesen (mindestens
30 Minuten)`) belongs to the length: the block is titled by the words before the bracket."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import day_blocks, warnings

PLANS = DATA / "cap_words"


def test_caps_leave_the_title() -> None:
    result = read_plan(PLANS / "en-caps-in-brackets.md")
    assert day_blocks(result.plan) == [
        (
            None,
            [
                ("Reading", 30, None),
                ("Drill", 20, None),
                ("Notes", 15, None),
                ("Essay", 45, None),
                ("Flashcards", 10, None),
            ],
        )
    ]
    assert warnings(result) == []


def test_caps_in_other_languages_leave_the_title() -> None:
    result = read_plan(PLANS / "de-es-fr-caps.md")
    assert day_blocks(result.plan) == [
        (
            None,
            [
                ("Vokabeln", 20, None),
                ("Lesen", 30, None),
                ("Repaso", 25, None),
                ("Lecture", 40, None),
            ],
        )
    ]


def test_a_cap_word_inside_the_title_stays() -> None:
    result = read_plan(PLANS / "cap-word-inside-the-title-stays.md")
    assert day_blocks(result.plan) == [
        (None, [("Max and Ana: pair review", 30, None), ("Up to date notes", 20, None)])
    ]
