"""Parallel groups of one timetable (`| Time | Group 1 | Time | Group 2 |`, `| Hora | Grupo A |
Grupo B |`): a slot per row titled by what each group does (`Soldering / Circuit design`), once
when all do the same, a break row a gap; a time column written again before a group is read
once. Before, only the first group was read and the others dropped without a word."""

from __future__ import annotations

from planexport.reader import read_plan
from planexport.reader.track_groups import numbered_groups, repeated_times
from tests.paths import DATA
from tests.reader_support import day_blocks, warnings

_DIR = DATA / "track_groups"


def test_a_time_column_before_each_group() -> None:
    result = read_plan(_DIR / "time-column-before-each-group.md")
    assert day_blocks(result.plan) == [
        (
            None,
            [
                ("Soldering / Circuit design", 90, "09:00"),
                ("Circuit design / Soldering", 90, "10:30"),
                ("Safety talk", 60, "13:00"),
            ],
        )
    ]
    assert warnings(result) == []


def test_lettered_groups_on_a_twelve_hour_clock() -> None:
    result = read_plan(_DIR / "lettered-groups-twelve-hour.md")
    assert day_blocks(result.plan) == [
        (None, [("Química / Física", 90, "09:00"), ("Física / Química", 90, "13:00")])
    ]


def test_columns_of_different_names_are_no_groups() -> None:
    result = read_plan(_DIR / "different-names-stay-one-track.md")
    assert day_blocks(result.plan) == [(None, [("Graphs", 60, "09:00"), ("Trees", 60, "10:00")])]
    assert numbered_groups([["Time", "Topic", "Notes 2"], ["9:00-10:00", "A", "x"]]) is None


def test_a_time_column_is_dropped_only_where_it_repeats_the_first() -> None:
    rows = [["Time", "A 1", "Time", "A 2"], ["9:00", "x", "9:00", "y"], ["10:00", "z", "", "w"]]
    assert repeated_times(rows) == [["Time", "A 1", "A 2"], ["9:00", "x", "y"], ["10:00", "z", "w"]]
    other = [["Time", "A 1", "Time", "A 2"], ["9:00", "x", "9:30", "y"]]
    assert repeated_times(other) == other
