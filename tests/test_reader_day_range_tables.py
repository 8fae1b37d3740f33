"""Day tables under week labels whose rows give ranges of days (`| Day 4-6 | … | 2 hours per
day |`), down to a table of one such row: each day of the range takes the row."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA

PLAN = DATA / "day_range_tables" / "one-edge-case.md"


def test_every_table_gives_its_days_ranges_included() -> None:
    result = read_plan(PLAN)
    plan = result.plan
    assert [(d.number, d.week) for d in plan.days] == [
        (1, 1),
        (2, 1),
        (3, 2),
        (4, 2),
        (5, 2),
        (6, 2),
        (7, 3),
        (8, 3),
        (9, 3),
    ]
    blocks = [(b.title, b.min_minutes) for d in plan.days for v in d.variants for b in v.blocks]
    assert blocks == [
        ("Installing the toolchain", 60),
        ("Ownership basics", 120),
        ("Structs and enums", 90),
        *[("Error handling drills", 120)] * 3,
        *[("Command-line tool", 180)] * 3,
    ]
    assert not [w for w in result.warnings if "not read" in w.message]
