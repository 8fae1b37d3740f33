"""`Pomodoro` naming a thing (`a Pomodoro timer app`, `a pomodoro clock`, `the Pomodoro
technique`) is no count of pomodoros: it gives no 25-minute block; `2 pomodoros` still does."""

from __future__ import annotations

import pytest

from planexport.errors import PlanError
from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import pinned, warnings

THINGS = DATA / "pomodoro_things"


def read(name: str) -> ReadResult:
    return read_plan(THINGS / name)


def test_a_pomodoro_timer_project_is_a_note_of_its_day_not_a_block() -> None:
    result = read("timer-project-among-timed-lines.md")
    plan = result.plan
    assert [(d.number, d.title) for d in plan.days] == [(1, "DOM basics"), (2, "Events")]
    assert pinned(plan, 0) == [("Read the DOM guide", 40, None)]
    assert plan.days[0].notes == ("Build a Pomodoro timer app with start and reset buttons",)
    assert pinned(plan, 1) == [("Event listeners drill", 45, None)]
    assert warnings(result) == []


def test_a_log_that_names_a_pomodoro_clock_is_no_timed_plan() -> None:
    with pytest.raises(PlanError, match="no timed blocks found"):
        read("progress-log-naming-a-pomodoro-clock.md")


def test_counted_pomodoros_are_still_lengths() -> None:
    plan = read("pomodoros-still-counted.md").plan
    assert pinned(plan, 0) == [
        ("Algebra", 50, None),
        ("Pomodoro timer set up, then Geometry", 25, None),
    ]
