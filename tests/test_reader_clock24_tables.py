"""A table whose time cells write an hour from 13 on counts hours to 24: a row out of order
is kept at its written time, never moved to the evening."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import day_blocks, warnings

SMALL = DATA / "clock24_tables"


def read(name: str) -> ReadResult:
    return read_plan(SMALL / name)


def test_an_end_column_past_13_keeps_an_earlier_row_in_the_morning() -> None:
    result = read("start-end-columns-late-ends.md")
    assert day_blocks(result.plan) == [
        (
            None,
            [
                ("Map symbols", 90, "09:00"),
                ("Compass drills", 30, "10:30"),
                ("Course walk", 60, "12:00"),
                ("Control picking", 60, "11:00"),
                ("Free training", 300, "12:00"),
            ],
        )
    ]
    assert warnings(result) == [
        '10: "Control picking" starts at 11:00, before the line above (12:00): '
        "kept at its written time"
    ]


def test_a_span_ending_past_13_keeps_an_earlier_row_in_the_morning() -> None:
    result = read("span-column-late-end.md")
    assert day_blocks(result.plan) == [
        (
            "sat",
            [
                ("Gathering and shaping", 75, "09:30"),
                ("Colour rods", 45, "11:15"),
                ("Studio safety", 30, "10:45"),
                ("Paperweights", 150, "12:00"),
            ],
        )
    ]
    assert warnings(result) == [
        '9: "Studio safety" starts at 10:45, before the line above (11:15): '
        "kept at its written time"
    ]


def test_a_date_in_a_title_leaves_a_twelve_hour_table_turning_to_the_afternoon() -> None:
    result = read("twelve-hour-afternoon-stays.md")
    assert day_blocks(result.plan) == [
        (
            "sun",
            [
                ("Wedging clay", 90, "09:00"),
                ("Wheel basics", 90, "10:30"),
                ("Glazes (see notes from 13.05)", 30, "12:00"),
                ("Trimming", 90, "13:30"),
            ],
        )
    ]
    assert warnings(result) == ['10: "Trimming" read as starting at 13:30, after the line before']


def test_a_date_beside_a_span_in_the_time_cell_is_no_afternoon_hour() -> None:
    result = read("date-in-time-cell-is-no-hour.md")
    assert [at for _, blocks in day_blocks(result.plan) for _, _, at in blocks] == [
        "09:00",
        "10:30",
        "12:00",
        "13:30",
    ]
    assert warnings(result) == ['10: "Portraits" read as starting at 13:30, after the line before']
