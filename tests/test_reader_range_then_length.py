"""A range of exercise or chapter numbers, then a dash and the length (`Aufgaben 3.1–3.6 – 1
Stunde`, `Lecture chapters 2–5 — 1 hr, 10 mins`): the length is the one after the dash, never a
range that starts at the last number of the title's range."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import pinned, warnings


def test_the_number_that_ends_a_range_starts_no_length() -> None:
    result = read_plan(DATA / "range_then_length" / "numbered-range-then-length.md")
    assert pinned(result.plan, 0) == [
        ("Aufgaben 3.1–3.6", 60, None),
        ("Lecture chapters 2–5", 70, None),
        ("Exercises 4-9", 45, None),
    ]
    assert warnings(result) == []
