"""A daily routine's part named by a weekday (`### Saturday Deep Dive (4 hours)`): that day's,
not each day's, so the routine's other parts are what each untimed day holds."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import day_blocks

FOLDER = DATA / "weekday_template_parts"


def read(name: str) -> ReadResult:
    return read_plan(FOLDER / name)


def test_weekday_named_parts_are_left_out_of_each_days_routine() -> None:
    result = read("saturday-part.md")
    routine = [("Morning Flashcards", 20, None), ("Evening Session", 60, None)]
    assert day_blocks(result.plan) == [
        ("mon", routine),
        ("tue", routine),
        ("wed", routine),
        ("thu", routine),
        ("fri", routine),
        ("sat", [("Practice exam 1", 180, None)]),
        ("sun", routine),
    ]
    assert [w.line for w in result.warnings] == [21, 24]
