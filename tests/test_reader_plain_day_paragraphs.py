"""A plan written without Markdown: `Day 1 – Starter` as a plain paragraph over the day's plain
paragraphs is a day when three or more such labels count the days up in order."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA

PLAIN = DATA / "plain_day_paragraphs"


def test_numbered_days_over_paragraphs_are_days() -> None:
    plan = read_plan(PLAIN / "days-over-paragraphs.md").plan
    # was: one day holding every timed line of the four
    assert [(d.number, d.title) for d in plan.days] == [
        (1, "Starter"),
        (2, "First loaf"),
        (3, "Crumb check"),
        (4, "Rest"),
    ]
    assert [
        [(b.title, b.min_minutes) for v in d.variants for b in v.blocks] for d in plan.days
    ] == [
        [("Feed the starter", 15)],
        [("Mix and autolyse", 40)],
        [("Bake and cut the loaf", 90)],
        [],
    ]


def test_two_plain_day_lines_among_notes_stay_notes() -> None:
    plan = read_plan(PLAIN / "two-day-mentions.md").plan
    assert len(plan.days) == 1
    assert [b.min_minutes for v in plan.days[0].variants for b in v.blocks] == [30, 45]
