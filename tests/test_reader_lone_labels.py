"""A day line with its length over one point led by an emphasised label (`* **Day 6 (Sat -
4h):**` over `* *Deep Build:* A lock-free ring buffer …`): the label titles the day's one block,
not the plan's heading above the days."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import day_blocks, warnings


def test_one_labelled_point_titles_the_days_block() -> None:
    result = read_plan(DATA / "lone_labels" / "day-lines-over-one-labelled-point.md")
    assert day_blocks(result.plan) == [
        ("mon", [("Theory", 30, None), ("Hands-on", 90, None)]),
        ("sat", [("Deep Build", 240, None)]),
        ("sun", [("Timed Drill", 180, None)]),
    ]
    items = [
        [i.text for i in b.items]
        for d in result.plan.days[1:]
        for v in d.variants
        for b in v.blocks
    ]
    assert items == [
        ["*Deep Build:* A lock-free ring buffer with its own tests."],
        ["*Timed Drill:* Four array problems against the clock."],
    ]
    assert warnings(result) == []
