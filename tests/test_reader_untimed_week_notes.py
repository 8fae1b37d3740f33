"""A plan read as one day (`## Daily Structure (75 min)` over timed bullets) that also writes two
or more weeks with nothing timed (`## Week 1 — Warehouses` over untimed bullets): the weeks'
lines are that day's notes, and one warning says the weeks are not scheduled."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import warnings

NOTES = DATA / "untimed_week_notes"


def test_untimed_weeks_under_a_one_day_plan_are_said() -> None:
    result = read_plan(NOTES / "en-daily-structure-over-untimed-weeks.md")
    (day,) = result.plan.days
    assert [(b.title, b.min_minutes) for v in day.variants for b in v.blocks] == [
        ("SQL practice", 30),
        ("Pipeline reading", 30),
        ("Journal", 15),
    ]
    assert "SQL practice: window functions" in day.notes
    assert warnings(result) == [
        '8: 3 weeks ("Week 1 — Warehouses", "Week 2 — Orchestration", …) give nothing timed:'
        " read as notes of the plan's one day, not scheduled week by week (give each week its"
        " days and blocks)",
    ]
