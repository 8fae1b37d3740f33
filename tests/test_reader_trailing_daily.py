"""A routine for every day written once after the last day (`Daily study routine (1 hour):`
over `- 15 min: Read the chapter notes`): each day's steps, not the last day's own blocks."""

from __future__ import annotations

from planexport.model import Plan
from planexport.reader import read_plan
from planexport.reader.outline import Node
from planexport.reader.trailing_daily import daily_label
from tests.paths import DATA

FOLDER = DATA / "trailing_daily"
STEPS = [("Read the chapter notes", 15), ("Query practice", 35), ("Write down one mistake", 10)]


def steps(plan: Plan, index: int) -> list[tuple[str, int]]:
    return [(b.title, b.min_minutes) for v in plan.days[index].variants for b in v.blocks]


def test_every_untimed_day_takes_the_routine_after_the_last_day() -> None:
    result = read_plan(FOLDER / "one-edge-case.md")
    plan = result.plan
    assert [d.title for d in plan.days] == [
        "Selecting Rows",
        "Joins",
        "Grouping",
        "Window Functions",
    ]
    assert all(steps(plan, i) == STEPS for i in range(4))
    assert plan.days[3].notes[0].startswith("ROW_NUMBER and RANK")
    assert not any("routine" in note for d in plan.days for note in d.notes)


def test_a_last_session_that_is_not_daily_stays_the_last_days() -> None:
    plan = read_plan(FOLDER / "last-day-extra-stays.md").plan
    assert [steps(plan, i) for i in range(3)] == [
        [],
        [],
        [("Re-run the join drills", 15), ("Timed mock query set", 30)],
    ]


def test_the_label_rule() -> None:
    assert daily_label(Node("paragraph", 1, text="Daily Learning Structure (1.5 hours):"))
    assert daily_label(Node("paragraph", 1, text="**Every day:**"))
    assert not daily_label(Node("paragraph", 1, text="Final review session (45 minutes):"))
    assert not daily_label(Node("paragraph", 1, text="Read a little every day, it adds up."))
