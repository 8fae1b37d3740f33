"""A timed grid of weekday columns under one heading that names several weekdays (`### Weekday
Schedule`) or above a bold weekday label with no time (`**Sunday**: closed`): the grid's
columns are the plan's days, not copies of the heading's days with the label column as titles."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import pinned

if TYPE_CHECKING:
    from pathlib import Path

PLAN = DATA / "weekday_heading_grids" / "one-edge-case.md"

GRID = (
    "| Time | Slot | Monday | Tuesday | Wednesday |\n|---|---|---|---|---|\n"
    "| 08:00-09:00 | Slot A | Chess | Drawing | Chess |\n"
    "| 10:00-11:30 | Slot B | Drawing | Chess | Clay |\n"
)


def test_the_grid_under_a_weekday_heading_gives_the_days() -> None:
    result = read_plan(PLAN)
    plan = result.plan
    assert [(d.weekday, d.title) for d in plan.days] == [
        ("mon", "Monday"),
        ("tue", "Tuesday"),
        ("wed", "Wednesday"),
        ("thu", "Thursday"),
        ("fri", "Friday"),
        ("sat", "Saturday"),
    ]
    assert pinned(plan, 0) == [("Piano", 45, "16:00"), ("Ear training", 60, "17:00")]
    assert pinned(plan, 5) == [("Cello", 45, "16:00"), ("Ensemble", 60, "17:00")]


def test_a_bold_label_without_time_below_a_grid_is_no_day(tmp_path: Path) -> None:
    path = tmp_path / "closed.md"
    path.write_text(f"# Club\n\n{GRID}\n**Thursday**: no sessions\n")
    plan = read_plan(path).plan
    assert [d.weekday for d in plan.days] == ["mon", "tue", "wed"]
    assert pinned(plan, 2) == [("Chess", 60, "08:00"), ("Clay", 90, "10:00")]


def test_a_weekday_range_heading_over_the_grid_gives_the_grid_days(tmp_path: Path) -> None:
    path = tmp_path / "range.md"
    path.write_text(f"# Club\n\n## Monday to Friday\n\n{GRID}")
    plan = read_plan(path).plan
    assert [d.weekday for d in plan.days] == ["mon", "tue", "wed"]
    assert pinned(plan, 1) == [("Drawing", 60, "08:00"), ("Chess", 90, "10:00")]


def test_a_bold_label_with_times_below_a_grid_stays_a_day(tmp_path: Path) -> None:
    path = tmp_path / "timed.md"
    path.write_text(f"# Club\n\n{GRID}\n**Thursday:**\n\n- 09:00 - 10:00 Outing\n")
    plan = read_plan(path).plan
    assert "thu" in [d.weekday for d in plan.days]
