"""A span table's title cell that ends with the length its span already says (`| 09:10 – 09:40 |
Ice cores (30 min) |`): the bracket is no part of the title, as on a span line; a bracket that
says more or another length stays."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import day_blocks, warnings

PLANS = DATA / "restated_row_lengths"


def test_lengths_the_span_restates_leave_the_titles() -> None:
    result = read_plan(PLANS / "talk-slots-with-lengths.md")
    assert day_blocks(result.plan) == [
        (
            None,
            [
                ("Opening words", 10, "09:00"),
                ("Ice cores from the Andes", 30, "09:10"),
                ("Meltwater models (20 mins + 10 mins Q&A)", 30, "09:40"),
                ("Drone surveys (45 min)", 30, "10:30"),
                ("Poster pitches", 20, "11:00"),
                ("Field kit demo (incl. 10 min setup)", 40, "11:20"),
            ],
        )
    ]
    assert warnings(result) == []
