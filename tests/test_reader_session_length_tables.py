"""A table of each session's length (`| Session 1 | 45 min |`, `| Lesson 2 | 1 hour |`) beside
session headings over untimed bullets: each session one block of its row's length in one day,
titled by its heading's topic, its bullets the block's items."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import blocks_with_items, days, warnings

PLANS = DATA / "session_length_tables"


def test_session_table_before_the_headings_times_each_session() -> None:
    result = read_plan(PLANS / "en-session-table-before.md")
    assert days(result.plan) == [(None, None, "Watercolour Basics")]
    assert blocks_with_items(result.plan) == [
        ("Washes", 45, None, ["Lay a flat wash across the page", "Try a graded wash"]),
        ("Wet on wet", 60, None, ["Drop two colours into a damp sky"]),
        ("Dry brush", 30, None, ["Paint tree bark with a thirsty brush"]),
    ]
    assert warnings(result) == []


def test_lesson_table_after_the_headings_with_a_total() -> None:
    result = read_plan(PLANS / "en-lesson-table-after.md")
    assert days(result.plan) == [(None, None, "Chess Openings")]
    assert blocks_with_items(result.plan) == [
        (
            "Centre pawns",
            40,
            None,
            ["Play e4 and d4 against a friend", "Note which squares each pawn guards"],
        ),
        ("Knights first", 60, None, ["Develop both knights before the bishops"]),
    ]
    assert warnings(result) == []


def test_a_total_that_is_not_the_sum_is_said() -> None:
    result = read_plan(PLANS / "en-total-disagrees.md")
    assert [(b[0], b[1]) for b in blocks_with_items(result.plan)] == [
        ("Starter", 30),
        ("Shaping", 45),
    ]
    assert warnings(result) == [
        '7: row "Total" says 90 min, but the sessions above it sum to 75 min: each session '
        "read at its own row's length"
    ]


def test_a_session_with_its_own_length_leaves_the_table_unread() -> None:
    result = read_plan(PLANS / "en-near-miss-timed-session.md")
    assert [(b[0], b[1]) for b in blocks_with_items(result.plan)] == [("Garter stitch", 30)]
    assert warnings(result) == ["3: lines 3-6: a table in no day, not read"]
