"""An `**Overall**` row closing a table of blocks is a total like `**Total**`: checked against the
sum of the rows above it, never a block of its own."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import pinned, warnings

ROWS = DATA / "overall_rows"


def test_an_overall_row_off_the_sum_is_said_and_no_block() -> None:
    result = read_plan(ROWS / "overall-off-sum.md")
    assert pinned(result.plan, 0) == [("Star charts", 60, None), ("Telescope setup", 120, None)]
    assert warnings(result) == [
        '9: row "Overall" says 240 min, but the rows above it sum to 180 min: '
        "read as their sum, not as a block"
    ]


def test_an_overall_row_that_sums_the_rows_is_quiet() -> None:
    result = read_plan(ROWS / "overall-sum.md")
    assert pinned(result.plan, 0) == [("Star charts", 60, None), ("Telescope setup", 120, None)]
    assert warnings(result) == []


def test_a_block_named_overall_review_stays_a_block() -> None:
    result = read_plan(ROWS / "overall-review-block.md")
    assert pinned(result.plan, 0) == [("Star charts", 60, None), ("Overall review", 30, None)]
    assert warnings(result) == []
