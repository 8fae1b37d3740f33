"""A day heading that ends with its length in square brackets or after a tilde
(`### Day 1 — Ownership [1.5 hrs]`, `### Day 2: Lifetimes ~1h`) gives the day that length, as
`(1.5 hrs)` does, and is titled without it."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import blocks_with_items, warnings

MARKS = DATA / "heading_length_marks"


def read(name: str) -> ReadResult:
    return read_plan(MARKS / name)


def test_bracketed_and_approximate_lengths_end_a_day_heading() -> None:
    result = read("en-bracket-and-tilde-lengths.md")
    assert [d.title for d in result.plan.days] == ["Ownership", "Lifetimes", "Traits", "Review"]
    assert blocks_with_items(result.plan) == [
        ("Ownership", 90, None, ["Moves and borrows", "The borrow checker's messages"]),
        ("Lifetimes", 60, None, ["Annotating a longest() function"]),
        ("Traits", 45, None, ["Write a Summary trait"]),
        ("Review", 120, None, ["Redo the week's exercises"]),
    ]
    assert warnings(result) == []
