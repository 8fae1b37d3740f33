"""Weekday days under weeks: guides outside the weeks, slots from a schedule, week prefixes."""

from __future__ import annotations

from planexport.model import Plan
from planexport.reader import read_plan
from tests.paths import DATA

PLANS = DATA / "plans"


def pinned(plan: Plan, index: int) -> list[tuple[str, int, str | None]]:
    (variant,) = plan.days[index].variants
    return [(b.title, b.min_minutes, b.at) for b in variant.blocks]


def test_a_weekday_guide_outside_the_weeks_is_not_a_day_and_slots_give_their_times() -> None:
    result = read_plan(PLANS / "days-guide-sections-not-days.md")
    plan = result.plan
    assert [(d.week, d.weekday, d.title) for d in plan.days] == [
        (1, "mon", "Coding"),
        (1, "tue", "Coding"),
        (1, "sat", "Mock"),
        (2, "mon", "Coding"),
        (2, "tue", "Coding"),
        (2, "sat", "Final mock"),
    ]
    # "Re-solve in under 20 minutes" is a task within Monday's 10:30–11:30 slot, not the day.
    assert pinned(plan, 0) == [("Coding", 60, "10:30")]
    (monday,) = plan.days[0].variants[0].blocks
    assert [i.text for i in monday.items] == [
        "[ ] Solve Two Sum",
        "[ ] Re-solve in under 20 minutes",
    ]
    # A 45-minute mock fits Saturday's 90-minute slot; three rounds of 120 minutes do not, and
    # start when the slot does.
    assert pinned(plan, 2) == [("Mock interview", 90, "10:00")]
    assert pinned(plan, 5) == [
        ("Round 1: Coding", 45, "10:00"),
        ("Round 2: System design", 45, None),
        ("Round 3: Behavioral", 30, None),
    ]
    # The guide's "8.7 hours downtime/year" is no 522-minute block, and the guide is said once.
    assert [w.message for w in result.warnings] == [
        '"Monday — Coding Session Guide" is outside the plan\'s weeks: a guide, not a day'
    ]
