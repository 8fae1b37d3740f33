"""A timed weekday grid above plain weekday lines that detail some of its slots (`Tuesday, June
9` over the short talks of that afternoon): the grid's weekdays are the plan's days."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import pinned

if TYPE_CHECKING:
    from pathlib import Path

PLAN = DATA / "grid_over_lines" / "school-grid-then-talks.md"


def test_the_grid_is_the_week_and_the_lines_below_it_are_no_days() -> None:
    result = read_plan(PLAN)
    plan = result.plan
    assert [(d.weekday, d.title) for d in plan.days] == [
        ("mon", "Monday"),
        ("tue", "Tuesday"),
        ("wed", "Wednesday"),
    ]
    assert pinned(plan, 0) == [
        ("Welcome walk", 90, "09:00"),
        ("Tides lecture", 90, "11:00"),
        ("Rock pools", 90, "14:00"),
    ]
    assert pinned(plan, 1)[2] == ("Short talks", 90, "14:00")
    # the talks' lines are said to be in no day, not read as days of their own
    assert sum("is in no day" in w.message for w in result.warnings) == 3


def test_a_bold_weekday_label_under_a_grid_is_still_a_day(tmp_path: Path) -> None:
    path = tmp_path / "labels.md"
    path.write_text(
        "# Week\n\n| | Monday | Tuesday | Wednesday |\n|---|---|---|---|\n"
        "| 9:00 - 10:00 | A | B | C |\n\n## Extra\n\n**Friday:**\n\n- 10:00 - 11:00 Review\n",
        encoding="utf-8",
    )
    plan = read_plan(path).plan
    assert "fri" in [d.weekday for d in plan.days]
