"""Weeks written as list items over their days (`- **Week 1 – Foundations**` over `  - Day 1:
Ownership (1.5h)`, or over `  - Mon: Counting (30 min)`): each week's days, as `## Week 1` over the
same lines gives; a plan of such weeks was refused."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA


def test_week_items_over_day_lines_are_weeks_of_days() -> None:
    result = read_plan(DATA / "week_items" / "weeks-over-days.md")
    days = [
        (
            d.week,
            d.number,
            d.weekday,
            [(b.title, b.min_minutes) for v in d.variants for b in v.blocks],
        )
        for d in result.plan.days
    ]
    assert days == [
        (1, 1, None, [("Ownership and borrowing", 90)]),
        (1, 2, None, [("Structs and enums", 60)]),
        (1, 3, None, [("Error handling", 60)]),
        (2, 1, None, [("Threads and channels", 60)]),
        (2, 2, None, [("Async basics", 120)]),
    ]
    assert result.warnings == ()


def test_week_items_over_weekday_lines_are_weeks_of_weekdays() -> None:
    result = read_plan(DATA / "week_items" / "weeks-over-weekdays.md")
    days = [
        (d.week, d.weekday, [b.title for v in d.variants for b in v.blocks])
        for d in result.plan.days
    ]
    assert days == [
        (1, "mon", ["Means and medians"]),
        (1, "wed", ["Spread and variance"]),
        (2, "mon", ["Counting"]),
        (2, "thu", ["Conditional probability"]),
    ]
    assert result.warnings == ()
