"""A week in a code block whose weekday lines stand over lengths drawn as a tree
(`Monday-Thursday: 2 hours/day` over `├── 50 minutes: Read the chapter`): the week's days and
blocks, the closing weekly total left out, a range's days titled by the range."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA

PLAN = DATA / "code_week_lengths" / "one-edge-case.md"
WEEKDAY = [("Read the chapter", 50), ("Implement the pass", 50), ("Write tests", 20)]


def test_the_code_block_is_the_week() -> None:
    result = read_plan(PLAN)
    plan = result.plan
    assert [(d.weekday, d.title) for d in plan.days] == [
        ("mon", "Monday-Thursday"),
        ("tue", "Monday-Thursday"),
        ("wed", "Monday-Thursday"),
        ("thu", "Monday-Thursday"),
        ("fri", "Friday"),
        ("sat", "Saturday"),
    ]
    blocks = [[(b.title, b.min_minutes) for v in d.variants for b in v.blocks] for d in plan.days]
    assert blocks == [
        *[WEEKDAY] * 4,
        [("Review the week's bugs", 60)],
        [("Mini project", 120), ("Blog notes", 60)],
    ]
    assert not any(b.at for d in plan.days for v in d.variants for b in v.blocks)  # no tip
