"""A timetable drawn in a code block whose cells line up under its header is read as the table
it draws: a day per weekday, a block per filled cell at its slot's time."""

from __future__ import annotations

import pytest

from planexport.errors import PlanError
from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import day_blocks, warnings

GRIDS = DATA / "code_table_grids"


def read(name: str) -> ReadResult:
    return read_plan(GRIDS / name)


def test_weekdays_across_over_slot_rows_is_a_day_per_weekday() -> None:
    result = read("de-wochentage-oben.md")
    # "Programmieren" is wider than "Montag" but starts under it, and ends before "Dienstag".
    assert day_blocks(result.plan) == [
        ("mon", [("Analysis", 90, "08:00"), ("Programmieren", 90, "09:45")]),
        ("tue", [("Chemie", 90, "08:00"), ("Seminar", 90, "11:30")]),
        ("thu", [("Analysis", 90, "08:00"), ("Statistik", 90, "09:45")]),
    ]
    assert [d.title for d in result.plan.days] == ["Montag", "Dienstag", "Donnerstag"]
    # Each block keeps the line it is drawn on.
    assert [result.block_lines[(0, 0, b)] for b in range(2)] == [5, 6]
    assert result.block_lines[(1, 0, 1)] == 7
    assert warnings(result) == []


def test_slots_across_with_centred_dashes_is_a_day_per_weekday_row() -> None:
    result = read("es-franjas-arriba.md")
    assert day_blocks(result.plan) == [
        ("mon", [("Derecho", 120, "12:00")]),
        ("wed", [("Economía", 120, "10:00"), ("Historia", 120, "16:00")]),
        ("fri", [("Derecho", 120, "12:00")]),
    ]
    assert warnings(result) == []


def test_a_grid_drawn_with_bars_and_rules_is_read_as_its_table() -> None:
    result = read("nl-streepjes-en-balken.md")
    assert day_blocks(result.plan) == [
        ("mon", [("Tekenen", 60, "13:00"), ("Gym", 60, "14:00")]),
        ("wed", [("Muziek", 60, "13:00"), ("Tekenen", 60, "14:00"), ("Gym", 60, "15:00")]),
    ]
    # As in a Markdown table: the last start time has no end, and the step is said.
    assert warnings(result) == [
        '9: the last slot "15:00" has no end: read as 60 min, the grid\'s usual step'
    ]


def test_a_cell_under_two_columns_leaves_the_grid_unread_and_says_where() -> None:
    with pytest.raises(PlanError) as raised:
        read("en-columns-astray.md")
    said = str(raised.value)
    assert said.startswith(f"{GRIDS / 'en-columns-astray.md'}:4: no timed blocks found")
    assert (
        'the timetable of weekdays and time slots at line 4 ("09:00-11:00 11:00-13:00") is '
        "inside a code block whose cells do not line up under its header, and is not read"
    ) in said
