"""A weekday-by-slot timetable drawn in a code block is read when its columns line up, and
otherwise not read, with a refusal that says where it is and why."""

from __future__ import annotations

import pytest

from planexport.errors import PlanError
from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import day_blocks

PLANS = DATA / "code_grids"


def refusal(name: str) -> str:
    with pytest.raises(PlanError) as raised:
        read_plan(PLANS / name)
    return str(raised.value)


def test_bare_hour_grid_in_a_code_block_that_lines_up_is_read() -> None:
    plan = read_plan(PLANS / "orario-in-codice.md").plan
    assert day_blocks(plan) == [
        ("mon", [("Analisi", 120, "08:00")]),
        ("wed", [("Fisica", 120, "10:00"), ("Laboratorio", 120, "15:00")]),
        ("fri", [("Analisi", 120, "08:00")]),
    ]


def test_clock_slot_grid_with_bars_under_a_day_heading() -> None:
    said = refusal("stundenplan-mit-tagen.md")
    assert ":6: no timed blocks found" in said
    assert (
        'the timetable of weekdays and time slots at line 6 ("8:00-9:30 | 10:00-11:30") is '
        "inside a code block whose cells do not line up under its header, and is not read"
    ) in said
