"""A day's own length that happens to repeat a weekly budget the plan states elsewhere
(`**Steady (4-6 hrs/week)**` in the preamble, `### Sunday: 4-6 hours` as a day): the day's
line keeps its length, and the day its name."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import day_blocks, warnings

PLANS = DATA / "day_budget_lengths"


def test_a_weekday_heading_keeps_a_length_that_repeats_a_budget() -> None:
    result = read_plan(PLANS / "weekday-heading-length.md")
    assert [(d.weekday, d.title) for d in result.plan.days] == [
        ("thu", "Thursday"),
        ("sun", "Sunday"),
    ]
    assert day_blocks(result.plan)[1] == (
        "sun",
        [("Throwing cylinders", 120, "10:00"), ("Trimming", 120, "14:00")],
    )
    assert warnings(result) == []


def test_a_numbered_day_keeps_its_length_too() -> None:
    plan = read_plan(PLANS / "numbered-day-length.md").plan
    assert [d.title for d in plan.days] == ["Day 1", "Day 2"]
    assert day_blocks(plan)[0] == (
        None,
        [("Star chart reading", 120, None), ("Telescope setup", 90, None)],
    )


def test_a_line_that_names_no_day_still_repeats_the_budget() -> None:
    plan = read_plan(PLANS / "budget-line-kept.md").plan
    assert day_blocks(plan) == [
        ("mon", [("Bouldering", 90, None)]),
        ("wed", [("Fingerboard", 45, None)]),
    ]
    assert plan.days[1].notes == ("**Evening sessions (5-6 hrs/week)**: keep them short and fresh",)
