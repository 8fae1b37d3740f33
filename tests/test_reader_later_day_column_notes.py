"""A week table whose weekday column comes second (`| Week | Day | … | Length (min) |`): a Day
cell may carry a note (`Monday (evening)`, `Friday (optional)`) and stays that weekday's row, and
a row whose topic names lengths of its own (`mock (65 min), then … (40 min)`) keeps the length
its Length column gives."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import day_blocks

PLAN = DATA / "later_day_column_notes" / "one-edge-case.md"


def test_noted_day_cells_and_topic_lengths_keep_every_row() -> None:
    result = read_plan(PLAN)
    assert day_blocks(result.plan) == [
        ("mon", [("Subnets", 120, None), ("Flashcards", 30, None)]),
        ("tue", [("Mock test 1", 105, None)]),
        ("wed", [("Gateways", 90, None)]),
        ("fri", [("Lab day", 150, None)]),
    ]
    assert [d.week for d in result.plan.days] == [1, 1, 1, 1]
