"""A grid of start times whose entries say their lengths: each pinned at its row's start."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import day_blocks

GRIDS = DATA / "start_grid_lengths"


def test_bold_start_times_pin_entries_that_say_their_lengths() -> None:
    result = read_plan(GRIDS / "meeting-week.md")
    assert day_blocks(result.plan) == [
        ("mon", [("Stand-up", 15, "09:00"), ("Planning", 90, "09:30"), ("Retro", 45, "15:00")]),
        ("tue", [("Stand-up", 15, "09:00"), ("Pairing", 60, "09:30")]),
        ("wed", [("Stand-up", 15, "09:00"), ("Design review", 30, "13:00")]),
        (
            "thu",
            [("Stand-up", 15, "09:00"), ("Demo prep", 45, "09:30"), ("Release check", 20, "15:00")],
        ),
    ]
    assert not result.warnings


def test_the_last_row_lasts_as_its_entries_say() -> None:
    result = read_plan(GRIDS / "bare-starts-with-lengths.md")
    assert day_blocks(result.plan) == [
        ("tue", [("Warm-up", 15, "18:00"), ("Drills", 45, "18:30"), ("Cool-down", 10, "20:00")]),
        (
            "fri",
            [("Warm-up", 15, "18:00"), ("Match play", 60, "18:30"), ("Cool-down", 10, "20:00")],
        ),
    ]
    assert not result.warnings
