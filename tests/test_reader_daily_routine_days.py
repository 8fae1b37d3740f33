"""A daily routine written once, after untimed numbered days (`## Daily Study Routine` over a
numbered list of steps or over `### Morning (1 hour)` parts), is each untimed day's blocks; a
day or two with a length of their own keep it, and the weekend's part is no day's."""

from __future__ import annotations

import pytest

from planexport.errors import PlanError
from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import pinned, warnings

ROUTINE = DATA / "daily_routine_days"


def read(name: str) -> ReadResult:
    return read_plan(ROUTINE / name)


def test_a_routine_after_day_ranges_is_each_untimed_days_blocks() -> None:
    result = read("routine-after-day-ranges.md")
    plan = result.plan
    assert [(d.week, d.number, d.title) for d in plan.days] == [
        (1, 1, "Providers and state"),
        (1, 2, "Providers and state"),
        (1, 3, "Modules"),
        (2, 1, "Mock exam"),
        (2, 2, "Review"),
    ]
    routine = [("Warm-up", 15, None), ("Study", 60, None), ("Lab", 30, None)]
    for index in (0, 1, 2, 4):
        assert pinned(plan, index) == routine
    study = plan.days[0].variants[0].blocks[1]
    assert (study.min_minutes, study.max_minutes) == (60, 75)
    assert plan.days[0].notes == ("[ ] Install the CLI", "[ ] Read the state chapter")
    # the one day with a length of its own keeps it
    assert pinned(plan, 3) == [("Sit a full mock exam", 60, None)]
    assert warnings(result) == []


def test_part_of_day_headings_under_a_daily_routine_are_the_steps() -> None:
    result = read("routine-part-headings.md")
    plan = result.plan
    assert [(d.number, d.title) for d in plan.days] == [
        (1, "Past tense"),
        (2, "Past tense"),
        (3, "Travel words"),
    ]
    for index in range(3):
        assert pinned(plan, index) == [("Morning", 45, None), ("Evening", 20, None)]
    morning = plan.days[2].variants[0].blocks[0]
    assert [i.text for i in morning.items] == [
        "Listen to a podcast episode (20-25 minutes)",
        "Shadow the dialogue (20 minutes)",
    ]
    # the weekend's part is not each day's: said as before
    assert warnings(result) == ['22: "Weekend (2 hours)" is in no day: not read']


def test_a_weekend_item_is_left_out_of_the_daily_steps() -> None:
    result = read("routine-tips-weekend-item.md")
    plan = result.plan
    assert [d.title for d in plan.days] == ["BFS", "DFS"]
    for index in range(2):
        assert [(t, m) for t, m, _ in pinned(plan, index)] == [
            ("Re-read yesterday's notes", 20),
            ("Two new problems", 60),
        ]
    assert warnings(result) == []


def test_a_routine_is_not_laid_over_days_that_mostly_have_their_own_times() -> None:
    result = read("most-days-timed-no-routine.md")
    plan = result.plan
    assert pinned(plan, 0) == [("Open chords", 30, None)]
    assert pinned(plan, 1) == [("Strumming patterns", 30, None)]
    assert plan.days[2].variants == ()
    assert warnings(result) == [
        '13: "10 min: Tune and stretch" is in no day: not read',
        '14: "15 min: Scales" is in no day: not read',
    ]


def test_daily_parts_with_no_lengths_leave_the_plan_untimed_and_refused() -> None:
    with pytest.raises(PlanError, match="no timed blocks found"):
        read("daily-heading-over-untimed-parts.md")
