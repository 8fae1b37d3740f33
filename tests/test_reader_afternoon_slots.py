"""Bare hours of a 12-hour timetable grid: `1-3` after `12-1` is the afternoon, never the night."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import day_blocks

SLOTS = DATA / "afternoon_slots"


def test_hours_that_go_back_after_noon_are_the_afternoon() -> None:
    result = read_plan(SLOTS / "twelve-hour-grid.md")
    assert day_blocks(result.plan)[0] == (
        "mon",
        [
            ("Histology", 120, "08:00"),
            ("Anatomy lab", 120, "10:00"),
            ("Immunology", 120, "13:00"),
            ("Question bank", 120, "15:00"),
        ],
    )
    assert [d.weekday for d in result.plan.days] == ["mon", "tue", "wed"]
    assert not result.warnings


def test_a_slot_across_noon_is_read_and_the_rows_after_it_are_afternoon() -> None:
    result = read_plan(SLOTS / "eleven-to-one.md")
    assert day_blocks(result.plan)[1] == (
        "wed",
        [("Maths", 120, "09:00"), ("Biology", 120, "11:00"), ("Past paper", 120, "14:00")],
    )
