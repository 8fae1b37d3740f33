"""A daily template after untimed days, written under timed sub-headings: one sub-heading over
its timed steps (`### Every Session (2 hours):` over `1. **Recall (20 min)**` …) is their sum,
and each day takes the steps; sub-headings that each name a kind of day (`### Regular Day
(60-90 minutes)`, `### Mock Day (2 hours)`) are days to choose among, so each day takes the
first, and the others are said not to be read, never summed into every day."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import warnings

KINDS = DATA / "routine_day_kinds"


def test_one_timed_sub_heading_gives_each_day_its_steps_with_their_points() -> None:
    result = read_plan(KINDS / "one-timed-routine-heading.md")
    plan = result.plan
    assert [d.title for d in plan.days] == [
        "Breadth-first search on grids",
        "Depth-first search and cycle checks",
        "Topological order",
    ]
    for day in plan.days:
        assert [(v.hours, [(b.title, b.min_minutes) for b in v.blocks]) for v in day.variants] == [
            (2, [("Recall", 20), ("Solve", 70), ("Write-up", 30)])
        ]
    steps = plan.days[0].variants[0].blocks
    assert [[i.text for i in b.items] for b in steps] == [
        ["Redraw yesterday's pattern from memory"],
        ["Two problems of today's topic"],
        ["One paragraph on what tripped you up"],
    ]
    assert warnings(result) == []


def test_kinds_of_day_are_not_summed_each_day_takes_the_first() -> None:
    result = read_plan(KINDS / "kinds-of-day.md")
    plan = result.plan
    assert len(plan.days) == 3
    for day in plan.days:
        blocks = [b for v in day.variants for b in v.blocks]
        assert [(b.title, b.min_minutes, b.max_minutes) for b in blocks] == [
            ("Review", 15, 15),
            ("New Problems", 45, 60),
            ("Notes", 10, 10),
        ]
    assert warnings(result) == [
        '16: "Mock Day (2 hours)" is in no day: not read',
        '17: "**Interview** (90 min): Two problems with a friend" is in no day: not read',
        '18: "**Debrief** (30 min): What to practise next" is in no day: not read',
    ]


def test_a_kind_of_day_whose_steps_fall_short_of_it_is_one_block_with_them_as_items() -> None:
    result = read_plan(KINDS / "kinds-of-day-steps-short.md")
    for day in result.plan.days:
        blocks = [b for v in day.variants for b in v.blocks]
        assert [(b.title, b.min_minutes, [i.text for i in b.items]) for b in blocks] == [
            (
                "Study Day",
                120,
                [
                    "**Warm-up** (10 min): One easy problem",
                    "**Recap** (10 min): Yesterday's notes",
                ],
            )
        ]
    assert warnings(result) == ['14: "Contest Day (90 minutes)" is in no day: not read']
