"""A weekday-by-slot timetable drawn in a code block is not read, and the refusal says where it
is and why."""

from __future__ import annotations

import pytest

from planexport.errors import PlanError
from planexport.reader import read_plan
from tests.paths import DATA

PLANS = DATA / "code_grids"


def refusal(name: str) -> str:
    with pytest.raises(PlanError) as raised:
        read_plan(PLANS / name)
    return str(raised.value)


def test_bare_hour_grid_in_a_code_block_is_named_at_its_header_line() -> None:
    said = refusal("orario-in-codice.md")
    assert said == (
        f"{PLANS / 'orario-in-codice.md'}:6: no timed blocks found (no days found: expected "
        "headings such as '### Day 1 – Topic' over lines such as '- Concepts (60 min)'; read 1 "
        "headings and 0 list items, none with a length or a clock time outside code blocks; "
        'the timetable of weekdays and time slots at line 6 ("08-10 10-12 15-17") is inside a '
        "code block, and code blocks are not read (write it as a Markdown table such as "
        "'| | 09:00-11:00 |' over '| Monday | Algebra |'))"
    )


def test_clock_slot_grid_with_bars_under_a_day_heading() -> None:
    said = refusal("stundenplan-mit-tagen.md")
    assert ":6: no timed blocks found" in said
    assert (
        'the timetable of weekdays and time slots at line 6 ("8:00-9:30 | 10:00-11:30") is '
        "inside a code block, and code blocks are not read"
    ) in said
