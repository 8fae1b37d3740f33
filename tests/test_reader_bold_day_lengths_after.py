"""A bold day label followed by its length alone (`1. **Day 1 – Arrays** (2h)`, `**Day 2 –
Strings** [90 min]`): the day is that long, its bullets the block's items, as with the length
inside the bold."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import warnings


def test_the_length_after_a_bold_day_label_is_the_days() -> None:
    result = read_plan(DATA / "bold_day_lengths_after" / "numbered-list-days.md")
    days = [
        (
            d.number,
            d.title,
            [(b.title, b.min_minutes, len(b.items)) for v in d.variants for b in v.blocks],
        )
        for d in result.plan.days
    ]
    assert days == [
        (1, "Arrays", [("Arrays", 120, 2)]),
        (2, "Strings", [("Strings", 90, 1)]),
        (3, "Rest", []),
        (4, "Linked lists", [("Linked lists", 120, 0)]),
    ]
    assert warnings(result) == []
