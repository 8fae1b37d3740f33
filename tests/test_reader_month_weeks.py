"""Weeks numbered from 1 again in each month (`### Month 2` over `**Week 1-2: Scales**`): the
month's weeks follow the weeks already read."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA

MONTHS = DATA / "month_weeks"


def read(name: str) -> ReadResult:
    return read_plan(MONTHS / name)


def weeks_and_days(result: ReadResult) -> list[tuple[int | None, int, str, int]]:
    return [
        (d.week, d.number, d.title, sum(b.min_minutes for v in d.variants for b in v.blocks))
        for d in result.plan.days
    ]


def test_a_months_weeks_follow_the_last_weeks_range() -> None:
    # was: "day 1 appears twice", the second month's Week 1-2 read as the first month's
    assert weeks_and_days(read("weeks-again-each-month.md")) == [
        (1, 1, "Treble clef drills", 60),
        (1, 2, "Treble clef drills", 60),
        (1, 3, "Rhythm counting", 45),
        (3, 1, "Open chords", 60),
        (3, 2, "Open chords", 60),
        (5, 1, "Major scale shapes", 60),
        (5, 2, "Major scale shapes", 60),
        (5, 3, "Modes overview", 45),
        (7, 1, "Learn a full song", 90),
    ]


def test_headed_days_of_a_second_month_are_kept() -> None:
    # was: the second month's "### Week 1" / "#### Day 1" left out without a word
    assert weeks_and_days(read("headed-days-each-month.md")) == [
        (1, 1, "Day 1", 20),
        (2, 1, "Day 1", 25),
        (3, 1, "Day 1", 30),
    ]


def test_weeks_that_go_on_counting_keep_their_numbers() -> None:
    result = read("weeks-go-on-counting.md")
    assert [(d.week, d.number) for d in result.plan.days] == [
        (1, 1),
        (1, 2),
        (2, 1),
        (2, 2),
        (3, 1),
        (3, 2),
    ]
