"""A bold label that a colon, semicolon or comma follows, with the length later on the line
(`**Read**: Chapter 2 (50 min)`), is read as its words are written: `Read: Chapter 2`, with no
space put before the colon."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import blocks_of

PLANS = DATA / "bold_label_colons"


def titles(name: str) -> list[tuple[str, int, str | None]]:
    plan = read_plan(PLANS / name).plan
    return [(b.title, b.min_minutes, b.session) for _, b in blocks_of(plan)]


def test_the_colon_after_a_bold_label_stays_against_it() -> None:
    assert titles("exam-week-labels.md") == [
        ("Read: Chapter 2 on agonists and antagonists", 50, "Morning Session"),
        ("Flashcards: Dose-response terms", 20, "Morning Session"),
        ("Quiz; ten questions from the question bank", 40, "Afternoon Session"),
        ("Recap, then a short summary page", 20, "Afternoon Session"),
    ]


def test_a_length_in_brackets_after_the_label_is_read_as_before() -> None:
    # Near misses: the bracket follows the label with a space, or the colon is inside the bold.
    assert titles("label-then-bracketed-length.md") == [
        ("Regression", 45, None),
        ("Tables: 3 (with breaks)", 120, None),
    ]
