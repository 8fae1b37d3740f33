"""A challenge log's day that says when it was spent in a field (`**Time spent**: 18.00 - 20.00
(about 2 hours)`) and what was done in another (`**Today's Progress**: …`): the time is the
day's block, titled by what was done; two spans on one line are two blocks, their sum left out."""

from __future__ import annotations

import datetime as dt

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import dated_days, warnings

FOLDER = DATA / "log_time_fields"


def test_time_spent_spans_are_blocks_titled_by_the_progress() -> None:
    result = read_plan(FOLDER / "time-spent-spans-titled-by-progress.md")
    quoting = "Read the chapter on quoting and wrote three small scripts"
    loops = "Loops over files, with globbing pitfalls"
    assert dated_days(result.plan) == [
        (None, "wed", dt.date(2025, 4, 2), "April 2, 2025", [(quoting, 120, "18:00")]),
        (
            None,
            "thu",
            dt.date(2025, 4, 3),
            "April 3, 2025",
            [(loops, 60, "07:30"), (loops, 120, "19:00")],
        ),
    ]
    # the bracket after two spans is their sum, not a length each span is checked against
    assert warnings(result) == []


def test_time_spent_length_is_one_block_and_a_dash_is_no_time() -> None:
    result = read_plan(FOLDER / "time-spent-length-and-dash.md")
    assert [
        [(b.title, b.min_minutes, b.at) for v in d.variants for b in v.blocks]
        for d in result.plan.days
    ] == [
        [("Joins on the sample shop database", 90, None)],
        [],
        [("Window functions again, with running totals", 45, None)],
    ]


def test_time_spent_over_rows_of_their_own_is_their_total() -> None:
    result = read_plan(FOLDER / "time-spent-over-own-rows.md")
    # one hour logged, and the rows that fill it: not a block of its own as well
    assert dated_days(result.plan) == [
        (
            None,
            "sun",
            dt.date(2025, 6, 1),
            "2025-06-01 Sunday",
            [("Gesture sketches", 40, None), ("Hands from life", 20, None)],
        ),
    ]
    assert warnings(result) == []
