"""Weekday-by-slot grids: a group on a cell's second line is part of the class's name."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import warnings

GRIDS = DATA / "slot_grid_rows"


def read(name: str) -> ReadResult:
    return read_plan(GRIDS / name)


def blocks(result: ReadResult, index: int) -> list[tuple[str, int, str | None, str | None]]:
    day = result.plan.days[index]
    return [(b.title, b.min_minutes, b.at, b.note) for v in day.variants for b in v.blocks]


def test_a_group_after_a_break_is_part_of_the_class_name() -> None:
    result = read("nl-group-on-second-line.md")
    assert [d.weekday for d in result.plan.days] == ["tue", "thu"]
    assert blocks(result, 0) == [
        ("Hiphop Kinderen", 45, "16:00", None),
        ("Streetdance Tieners", 60, "16:45", None),
    ]
    # A room on the second line is still the block's note.
    assert blocks(result, 1) == [
        ("Zumba", 45, "16:00", "Zaal 2"),
        ("Yoga Gevorderden", 60, "16:45", None),
    ]
    assert warnings(result) == []


def test_a_level_joins_the_title_and_later_lines_stay_notes() -> None:
    result = read("en-level-line-and-room-line.md")
    assert blocks(result, 0) == [
        ("Pilates Beginners", 60, "18:00", None),
        ("Boxing Level 2", 60, "19:00", None),
    ]
    assert blocks(result, 1) == [
        ("Spin", 60, "18:00", "Studio B"),
        ("Circuit Adults", 60, "19:00", "Bring a towel"),
    ]


def test_a_group_word_with_its_mark_joins_the_title() -> None:
    result = read("de-group-with-mark.md")
    assert blocks(result, 0) == [
        ("Schwimmen Fortgeschrittene 2", 45, "17:00", None),
        ("Turnen Erwachsene", 45, "17:45", None),
    ]
    assert blocks(result, 1) == [
        ("Judo Kinder A+B", 45, "17:00", None),
        ("Tischtennis", 45, "17:45", "Halle 3"),
    ]


def test_spanish_and_french_groups_and_levels() -> None:
    result = read("es-group-and-fr-level.md")
    assert blocks(result, 0) == [
        ("Natación Adultos", 60, "10:00", None),
        ("Inglés Nivel B1", 60, "11:00", None),
    ]
    # A teacher is no group: the note.
    assert blocks(result, 1) == [
        ("Danse Débutants", 60, "10:00", None),
        ("Canto", 60, "11:00", "Profesora Ruiz"),
    ]
