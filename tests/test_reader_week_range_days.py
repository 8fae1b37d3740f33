"""Weeks and ranges of weeks and no days (`### Week 1-2: SQL Basics` over timed lines): each week
is a day of the plan, so a range gives a day per week; a phase heading over its weeks (`## Phase
1 (Weeks 1-4)`) and a week with its date (`Week 6 - 12. Mai`) are no ranges."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA

PLAN = DATA / "week_range_days" / "one-edge-case.md"


def test_a_range_of_weeks_gives_a_day_per_week() -> None:
    plan = read_plan(PLAN).plan
    days = [
        (d.number, d.title, [(b.title, b.min_minutes) for v in d.variants for b in v.blocks])
        for d in plan.days
    ]
    sql = [("Query drills", 60), ("Schema reading", 30)]
    python = [("Pandas practice", 90)]
    assert days == [
        (1, "Week 1-2: SQL Basics", sql),
        (2, "Week 1-2: SQL Basics", sql),
        (3, "Weeks 3–4: Python for Data", python),
        (4, "Weeks 3–4: Python for Data", python),
        (5, "Week 5: Orchestration", [("Build a small DAG", 120)]),
        (6, "Week 6 - 12. Mai", [("Review", 60)]),
    ]
