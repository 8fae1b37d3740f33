"""A grid of bare 12-hour slots (`| 9-11 |`, `| 12-1 |`, `| 2-4 |`) with a column for a group of
days (`Weekend`): the afternoon rows are the afternoon in every column, the group's too, as in a
grid of single weekdays (`2-4` is 14:00-16:00, never 02:00)."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import day_blocks

GRIDS = DATA / "weekend_afternoon_grids"


def test_afternoon_slots_are_read_before_the_weekend_column_is_spread() -> None:
    plan = read_plan(GRIDS / "one-edge-case.md").plan
    weekend = [
        ("Past paper", 120, "09:00"),
        ("Marking", 60, "11:00"),
        ("Walk and lunch", 60, "12:00"),
    ]
    assert day_blocks(plan) == [
        (
            "mon",
            [
                ("Statistics", 120, "09:00"),
                ("Flashcards", 60, "11:00"),
                ("Essay plan", 120, "14:00"),
            ],
        ),
        (
            "tue",
            [("Economics", 120, "09:00"), ("Flashcards", 60, "11:00"), ("Data task", 120, "14:00")],
        ),
        ("sat", weekend),
        ("sun", weekend),
    ]
    assert [day.title for day in plan.days] == ["Monday", "Tuesday", "Weekend", "Weekend"]
