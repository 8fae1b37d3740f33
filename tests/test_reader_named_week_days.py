"""A week named by a word over its days' numbers (`## Final Week (Days 4-5): Mock Interviews`,
`### Review Week (Days 3-4)`): its days are read as a numbered week's are (`## Week 1 (Days
1-3)`); they were dropped without a word."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import warnings

NAMED = DATA / "named_week_days"


def test_a_final_weeks_day_lines_are_days_as_a_numbered_weeks_are() -> None:
    result = read_plan(NAMED / "final-week-day-lines.md")
    days = [
        (d.number, d.title, [(b.title, b.min_minutes) for v in d.variants for b in v.blocks])
        for d in result.plan.days
    ]
    assert days == [
        (1, "Two pointers", [("Two pointers", 45)]),
        (2, "Prefix sums", [("Prefix sums", 45)]),
        (3, "Review the week's mistakes", [("Review the week's mistakes", 30)]),
        (4, "Two timed medium problems", [("Two timed medium problems", 60)]),
        (5, "Full mock loop with a friend", [("Full mock loop with a friend", 90)]),
    ]
    assert warnings(result) == []


def test_a_review_weeks_days_take_the_plans_daily_length() -> None:
    result = read_plan(NAMED / "review-week-under-daily-length.md")
    assert [(d.number, d.title) for d in result.plan.days] == [
        (1, "Breadth-first search on grids"),
        (2, "Depth-first search and cycles"),
        (3, "Redo the two hardest problems"),
        (4, "One timed mixed set"),
    ]
    assert all(
        [(b.min_minutes, b.max_minutes) for v in d.variants for b in v.blocks] == [(60, 60)]
        for d in result.plan.days
    )
    assert warnings(result) == []
