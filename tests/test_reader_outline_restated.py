"""A day that opens with a table of its parts and then restates them as sections (`| Part 1 |
Flat Washes on Cold Press | 1h |`, then `## Part 1: Flat Washes (1h)`): the table's parts once,
the sections (and the studies inside a restated part) not read as more blocks."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA

CASE = DATA / "outline_restated" / "one-edge-case.md"


def test_sections_that_restate_the_outline_table_are_not_more_blocks() -> None:
    plan = read_plan(CASE).plan
    day = plan.days[0]
    assert [(b.title, b.min_minutes) for v in day.variants for b in v.blocks] == [
        ("Flat Washes on Cold Press", 60),
        ("Graded Washes", 60),
        ("Wet in Wet Skies", 45),
        ("Clean-up and Notes", 15),
    ]
    assert [v.hours for v in day.variants] == [3]
