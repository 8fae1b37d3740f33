"""A weekday grid, then a section that details one of its weekdays and names a time inside that
day's slot (`## Wednesday | Field trip` over `the walk starts at 10:15`, in its 09:00–12:00
slot): the grid's weekdays are the plan's days and the section their detail, not one day."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import pinned

if TYPE_CHECKING:
    from pathlib import Path

PLAN = DATA / "grid_detail_times" / "one-edge-case.md"

GRID = (
    "| Time | Mon | Tue | Wed |\n| --- | --- | --- | --- |\n"
    "| 09:00–12:00 | Lecture | Lab | Walk |\n| 13:00–14:30 | Reading | | Report |\n"
)


def test_a_time_inside_the_slot_keeps_the_section_a_detail() -> None:
    result = read_plan(PLAN)
    plan = result.plan
    assert [d.weekday for d in plan.days] == ["mon", "tue", "wed", "thu"]
    assert pinned(plan, 1) == [("Lab", 180, "09:00")]
    assert pinned(plan, 2) == [("Field trip", 180, "09:00"), ("Field trip", 90, "13:00")]
    assert not any("no day of the plan" in w.message for w in result.warnings)


def test_a_time_outside_the_slots_makes_the_section_a_day_of_its_own(tmp_path: Path) -> None:
    path = tmp_path / "own.md"
    path.write_text(f"# Week\n\n{GRID}\n## Wednesday\n\n- 18:00-19:00 Evening talk\n")
    plan = read_plan(path).plan
    assert [d.weekday for d in plan.days] == ["wed"]
