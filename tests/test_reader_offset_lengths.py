"""A length that says how late or early one is (`started 10 minutes ago`, `Leave 20 minutes
early`) is no length of the line: in a start-time agenda the activity lasts until the next
start, titled by the whole line; a length before a comma (`30 minutes, late in the evening`)
stays the line's length."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import blocks_with_items, warnings

FOLDER = DATA / "offset_lengths"


def test_ago_in_a_bold_start_time_line_is_no_length() -> None:
    result = read_plan(FOLDER / "late-in-a-start-time-agenda.md")
    assert blocks_with_items(result.plan) == [
        ("Read two papers on soil carbon", 90, "08:00", []),
        ("Notice the seminar started 10 minutes ago, slip in at the back", 90, "09:30", []),
        ("Write up the field notes", 90, "11:00", []),
        ("Stop for the day", 90, "12:30", []),
    ]
    assert warnings(result) == [
        '9: "**12:30 p.m.**&nbsp;&nbsp; Stop for the day" has a start time but no length: '
        "read as 90 min like the ones before"
    ]


def test_early_in_a_list_of_start_times_is_no_length() -> None:
    result = read_plan(FOLDER / "early-in-a-list-of-starts.md")
    assert blocks_with_items(result.plan) == [
        ("Revise the formula sheet", 75, "07:00", []),
        ("Leave 20 minutes early for the exam hall, check the room", 45, "08:15", []),
        ("Statistics exam", 120, "09:00", []),
    ]
    assert warnings(result) == ['6: "11:00 Walk home" has a start time but no length']


def test_a_length_before_a_comma_stays_the_lines_length() -> None:
    result = read_plan(FOLDER / "late-after-a-comma-stays-a-length.md")
    assert blocks_with_items(result.plan) == [
        ("Reading", 30, None, []),
        ("Summary of the chapter", 15, None, []),
    ]
    assert warnings(result) == []
