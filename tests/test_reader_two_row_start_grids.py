"""A weekday grid of two start-time rows whose entries say their lengths (`| **18:30** | Verb
drills (25m) | Listening (40m) |` over `| **19:15** | Shadowing (20m) | |`): a grid as a longer
one is, each entry pinned at its row's start for its own length, not one row read as a block."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import day_blocks

GRIDS = DATA / "two_row_start_grids"


def test_each_entry_is_its_weekdays_block_at_its_rows_start() -> None:
    result = read_plan(GRIDS / "one-edge-case.md")
    assert day_blocks(result.plan) == [
        ("mon", [("Verb drills", 25, "18:30"), ("Shadowing", 20, "19:15")]),
        ("wed", [("Listening", 40, "18:30")]),
        ("fri", [("Verb drills", 25, "18:30"), ("Conversation club", 60, "19:15")]),
    ]
    assert not result.warnings
