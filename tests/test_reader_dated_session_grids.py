"""The plan's one dated heading over a timed weekday grid (`## 2026-09-07 — Planning session`
over `| Time | Mon | Tue | Wed | Thu |`): the grid's weekdays are the plan's days, not the dated
day with all the grid's rows as its blocks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import pinned

if TYPE_CHECKING:
    from pathlib import Path

PLAN = DATA / "dated_session_grids" / "one-edge-case.md"


def test_the_grid_under_the_dated_heading_gives_the_days() -> None:
    plan = read_plan(PLAN).plan
    assert [(d.weekday, d.date) for d in plan.days] == [
        ("mon", None),
        ("tue", None),
        ("wed", None),
        ("thu", None),
    ]
    assert pinned(plan, 0) == [
        ("Statistics", 120, "08:00"),
        ("Reading", 90, "10:30"),
        ("Spanish", 60, "18:00"),
    ]
    assert pinned(plan, 3) == [("Job", 120, "08:00"), ("Job", 90, "10:30")]


def test_a_dated_day_over_a_table_of_its_own_times_stays_that_day(tmp_path: Path) -> None:
    path = tmp_path / "day.md"
    path.write_text(
        "# Notes\n\n## 2026-09-07\n\n| Time | Task |\n|---|---|\n"
        "| 08:00–10:00 | Statistics |\n| 10:30–12:00 | Reading |\n"
    )
    plan = read_plan(path).plan
    assert [d.weekday for d in plan.days] == ["mon"]
    assert [b.title for v in plan.days[0].variants for b in v.blocks] == ["Statistics", "Reading"]
