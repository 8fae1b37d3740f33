"""A break row whose name is a link (`| **15:30--15:45** | **[Break](#breaks)** (tea in the
hall) |`): a gap between blocks, as `Break` is; the link made it a 15-minute block before."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import day_blocks, warnings


def test_a_linked_break_row_is_a_gap() -> None:
    result = read_plan(DATA / "linked_breaks" / "linked-break-row.md")
    assert day_blocks(result.plan) == [
        (
            None,
            [
                ("Safety and tools", 30, "14:00"),
                ("First joints on a practice board", 60, "14:30"),
                ("Building the blinking badge", 60, "15:45"),
            ],
        )
    ]
    assert warnings(result) == []
