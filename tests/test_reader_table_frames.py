"""A pipe table ruled off below as above (`|-----|-----|` under its last row): the closing rule
is the frame's, so the last row stays a row of the table, never the header of an empty one."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import day_blocks, warnings

PLANS = DATA / "table_frames"


def test_a_boxed_table_of_weekday_hours_keeps_its_last_row() -> None:
    # Before, "| Friday | …|" over the closing rule was a header of its own, and the rows above
    # (a table with no header) were refused: no timed blocks found.
    result = read_plan(PLANS / "boxed-weekday-hours.md")
    assert day_blocks(result.plan) == [
        ("mon", [("watercolour", 120, None)]),
        ("wed", [("ink drawing", 60, None)]),
        ("fri", [("finished piece", 180, None)]),
    ]
    assert warnings(result) == []


def test_a_boxed_slot_grid_has_no_row_of_dashes() -> None:
    result = read_plan(PLANS / "boxed-slot-grid.md")
    assert day_blocks(result.plan) == [
        ("tue", [("Scales", 60, "17:00"), ("Repertoire", 90, "18:00")]),
        ("thu", [("Sight-reading", 90, "18:00")]),
    ]
    assert warnings(result) == []  # was: "the Day cell is empty above any day" at the rule


def test_a_table_with_a_header_ruled_off_below() -> None:
    result = read_plan(PLANS / "ruled-off-table.md")
    assert day_blocks(result.plan) == [
        ("mon", [("Reading", 60, "09:00")]),
        ("tue", [("Essay draft", 90, "09:00")]),
    ]
    assert warnings(result) == []
