"""A heading over several days that only introduces them, then each of those days on its own
(`# Day 2 & 3: Weekend Catch-up` over prose, then `# Day 2 - Saturday`, `# Day 3 - Sunday`):
the days are read from their own headings, not refused as written twice."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA

GROUP_INTROS = DATA / "group_intros"


def read(name: str) -> ReadResult:
    return read_plan(GROUP_INTROS / name)


def test_the_days_after_a_group_heading_are_the_plans_days() -> None:
    plan = read("one-edge-case.md").plan
    assert [d.number for d in plan.days] == [1, 2, 3]
    assert [d.weekday for d in plan.days] == [None, "sat", "sun"]


def test_each_day_keeps_its_own_blocks() -> None:
    plan = read("one-edge-case.md").plan
    blocks = [[(b.title, b.min_minutes) for v in d.variants for b in v.blocks] for d in plan.days]
    assert blocks == [
        [("Sounds drill", 15), ("Phrase cards", 20)],
        [("Listening", 25), ("Shadowing", 10)],
        [("Review quiz", 30)],
    ]


def test_the_group_heading_is_no_day_and_says_nothing() -> None:
    result = read("one-edge-case.md")
    assert "Weekend Catch-up" not in [d.title for d in result.plan.days]
    assert not result.warnings
