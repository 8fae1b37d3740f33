"""A weekday-by-hour grid: the same entry in a weekday's column in hours one right after the
other is one block over those hours."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import day_blocks, warnings

GRIDS = DATA / "hour_grid_runs"


def read(name: str) -> ReadResult:
    return read_plan(GRIDS / name)


def test_the_same_subject_in_hours_one_after_the_other_is_one_class() -> None:
    result = read("es-horas-seguidas.md")
    assert day_blocks(result.plan) == [
        ("mon", [("Historia", 120, "09:00"), ("Inglés", 60, "11:00")]),
        ("wed", [("Dibujo", 180, "10:00")]),
    ]
    assert warnings(result) == []


def test_hour_spans_written_out_join_and_a_free_hour_splits() -> None:
    result = read("en-hour-spans-written-out.md")
    assert day_blocks(result.plan) == [
        ("mon", [("Biology", 120, "08:00")]),
        # An empty hour between two Music hours: two classes.
        ("thu", [("Music", 60, "08:00"), ("Music", 60, "10:00")]),
    ]


def test_a_break_between_hours_of_a_subject_splits_it() -> None:
    result = read("de-stunden-mit-pause.md")
    assert day_blocks(result.plan) == [
        ("mon", [("Physik", 120, "08:00"), ("Physik", 60, "11:00")]),
        ("fri", [("Sport", 180, "08:00")]),
    ]


def test_bare_hours_in_h_join_the_same_way() -> None:
    result = read("fr-heures-en-h.md")
    assert day_blocks(result.plan) == [
        ("mon", [("Mathématiques", 180, "14:00")]),
        ("thu", [("Chimie", 120, "14:00"), ("Anglais", 60, "16:00")]),
    ]
    assert warnings(result) == []


def test_periods_shorter_than_an_hour_stay_one_lesson_each() -> None:
    result = read("it-ore-quarantacinque.md")
    # A grid of 45-minute periods writes a double lesson out in each period.
    assert day_blocks(result.plan) == [
        ("mon", [("Italiano", 45, "08:00"), ("Italiano", 45, "08:45"), ("Inglese", 45, "09:30")]),
        ("tue", [("Storia", 45, "08:00"), ("Storia", 45, "08:45")]),
    ]
