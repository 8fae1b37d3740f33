"""A start written before the line above it: the afternoon on a 12-hour clock, else a slip."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import day_blocks, warnings

SMALL = DATA / "start_slips"


def read(name: str) -> ReadResult:
    return read_plan(SMALL / name)


def test_a_slip_in_a_day_on_a_24_hour_clock_is_kept_as_written() -> None:
    result = read("slip-in-24-hour-day-es.md")
    assert day_blocks(result.plan) == [
        (
            "tue",
            [
                ("Matemáticas", 50, "08:00"),
                ("Lengua", 230, "06:00"),
                ("Historia", 100, "10:05"),
                ("Inglés", 90, "14:00"),
            ],
        )
    ]
    assert warnings(result) == [
        '4: "Lengua" starts at 06:00, before the line above (08:00): kept at its written time'
    ]


def test_a_slip_does_not_move_the_line_after_it_in_a_morning_day() -> None:
    result = read("slip-in-morning-day-en.md")
    assert day_blocks(result.plan) == [
        ("thu", [("Warm-up", 45, "08:30"), ("Lecture", 420, "03:30"), ("Lab", 45, "10:45")])
    ]
    assert warnings(result) == [
        '4: "Lecture" starts at 03:30, before the line above (08:30): kept at its written time'
    ]


def test_a_slip_between_zero_padded_hours_is_kept_as_written() -> None:
    result = read("slip-among-zero-hours-de.md")
    assert day_blocks(result.plan) == [
        ("fri", [("Physik", 45, "07:50"), ("Chemie", 165, "06:40"), ("Geschichte", 90, "09:40")])
    ]
    assert len(warnings(result)) == 1


def test_hours_after_noon_on_a_12_hour_clock_are_still_the_afternoon() -> None:
    result = read("afternoon-after-noon-nl.md")
    assert day_blocks(result.plan) == [
        ("wed", [("Wiskunde", 90, "10:00"), ("Scheikunde", 90, "13:00"), ("Biologie", 75, "14:45")])
    ]
    assert warnings(result) == [
        '5: "Scheikunde" read as starting at 13:00, after the line before',
        '6: "Biologie" read as starting at 14:45, after the line before',
    ]
