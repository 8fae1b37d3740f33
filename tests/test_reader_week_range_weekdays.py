"""A week of weekdays written once for a range of weeks (`**Weeks 1-3: Open chords:**` over
`* **Monday:** …`): its weekdays are given again for each week of the range, numbered on."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA

PLAN = DATA / "week_range_weekdays" / "one-edge-case.md"


def test_each_week_of_a_range_holds_its_weekdays() -> None:
    days = read_plan(PLAN).plan.days
    assert [(d.number, d.week, d.weekday) for d in days] == [
        (1, 1, "mon"),
        (2, 1, "wed"),
        (3, 1, "fri"),
        (4, 2, "mon"),
        (5, 2, "wed"),
        (6, 2, "fri"),
        (7, 3, "mon"),
        (8, 3, "wed"),
        (9, 3, "fri"),
        (10, 4, "mon"),
        (11, 4, "thu"),
        (12, 5, "mon"),
        (13, 5, "thu"),
    ]


def test_the_repeated_days_keep_their_blocks() -> None:
    days = read_plan(PLAN).plan.days
    blocks = [[(b.title, b.min_minutes) for v in d.variants for b in v.blocks] for d in days]
    monday = [("Scales – slow", 30), ("Songs – strum along", 30)]
    assert blocks[0] == blocks[3] == blocks[6] == monday
    assert blocks[9] == blocks[11] == [("Barre drills", 40)]
    assert len(days) == 13


def test_the_repeated_blocks_point_at_their_lines() -> None:
    result = read_plan(PLAN)
    assert result.block_lines[(0, 0, 0)] == result.block_lines[(6, 0, 0)] == 5
    assert result.block_lines[(11, 0, 0)] == result.block_lines[(9, 0, 0)] == 11
