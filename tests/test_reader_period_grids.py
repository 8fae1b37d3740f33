"""A school timetable of numbered lesson periods (`| 1ste uur | WIS |`, `| 1. Stunde | Mathe |`)
with no clock time anywhere is refused, and the refusal names the table and its periods and says
what to add; with each period's time written beside it the grid is read."""

from __future__ import annotations

import pytest

from planexport.errors import PlanError
from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import day_blocks

GRIDS = DATA / "period_grids"


def refusal(name: str) -> PlanError:
    with pytest.raises(PlanError) as caught:
        read_plan(GRIDS / name)
    return caught.value


def test_a_dutch_grid_of_lesson_periods_is_refused_at_its_table() -> None:
    error = refusal("nl-lesuren-zonder-tijden.md")
    assert error.line == 5
    assert error.reason == (
        "no timed blocks found (no days found: expected headings such as '### Day 1 – Topic' "
        "over lines such as '- Concepts (60 min)'; read 2 headings, 0 list items and 1 table, "
        "none with a length or a clock time; the table at line 5 is a timetable of numbered "
        "lesson periods ('1ste uur' … '4de uur') with no clock times, and a period is no time "
        "of day (give each period its time, such as '| 1ste uur (08:30-09:20) |' or "
        "'| 08:30-09:20 |', to read it))"
    )


def test_a_german_grid_names_its_own_periods() -> None:
    error = refusal("de-schulstunden-ohne-uhrzeit.md")
    assert error.line == 3
    assert "numbered lesson periods ('1. Stunde' … '3. Stunde')" in error.reason
    assert "'| 1. Stunde (08:30-09:20) |'" in error.reason


def test_periods_with_their_times_are_read() -> None:
    plan = read_plan(GRIDS / "en-periods-with-times.md").plan
    assert day_blocks(plan) == [
        ("mon", [("Maths", 50, "08:00"), ("Maths", 50, "08:50"), ("English", 50, "10:00")]),
        ("tue", [("History", 50, "08:00"), ("Chemistry", 50, "08:50")]),
    ]
