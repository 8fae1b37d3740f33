"""A weekly review table with the time spent before the time planned (`| Day | Focus | Actual
| Planned |`): each day's block is as long as planned, never as long as it took."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA

PLANS = DATA / "review_tables"


def test_the_planned_column_gives_the_lengths_even_after_the_actual_one() -> None:
    result = read_plan(PLANS / "actual-before-planned-by-day.md")
    days = [
        (d.weekday, [(b.title, b.min_minutes) for v in d.variants for b in v.blocks])
        for d in result.plan.days
    ]
    assert days == [
        ("mon", [("Spanish listening", 120)]),  # planned 2h, not the 1h 15m spent
        ("tue", [("Statistics problem set", 90)]),
        ("wed", []),
        ("thu", [("Thesis outline", 180)]),
    ]
    assert not result.warnings
