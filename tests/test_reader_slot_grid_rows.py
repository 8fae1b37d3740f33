"""Weekday-by-slot grids: a group on a cell's second line, empty rows that are free time, and a
weekday with a time column of its own."""

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


def test_an_empty_row_in_an_html_grid_is_free_time() -> None:
    result = read("nl-empty-row-html-is-free.md")
    assert blocks(result, 0) == [("Notenleer", 45, "14:30", None), ("Gitaar", 45, "16:00", None)]
    assert blocks(result, 1) == [("Piano", 45, "14:30", None), ("Koor", 45, "16:00", None)]
    assert warnings(result) == []


def test_several_empty_rows_in_an_html_grid_are_free_time() -> None:
    result = read("en-empty-rows-html-are-free.md")
    assert blocks(result, 0) == [
        ("Titration", 60, "09:00", None),
        ("Write-up", 60, "12:00", None),
    ]
    assert blocks(result, 1) == [("Microscopy", 60, "12:00", None)]


def test_a_grid_that_writes_a_class_out_again_leaves_empty_rows_free() -> None:
    result = read("de-written-out-class.md")
    # Mathematik over two periods is written in both, so the empty row at 09:30 is no
    # lesson going on.
    assert blocks(result, 0) == [
        ("Mathematik", 45, "08:00", None),
        ("Mathematik", 45, "08:45", None),
        ("Englisch", 45, "10:15", None),
    ]
    assert blocks(result, 1) == [("Chemie", 45, "08:00", None), ("Biologie", 45, "10:15", None)]


def test_a_weekday_with_its_own_time_column_runs_at_those_times() -> None:
    result = read("nl-saturday-own-time-column.md")
    assert [d.weekday for d in result.plan.days] == ["wed", "sat"]
    assert blocks(result, 0) == [("Brevet B", 45, "15:00", None), ("Snorkelen", 45, "15:45", None)]
    # The first two rows have no time in the first column, and are read at Saturday's own.
    assert blocks(result, 1) == [
        ("Watergewenning", 45, "08:30", None),
        ("Brevet A", 45, "09:15", None),
        ("Brevet C", 45, "10:15", None),
    ]
    assert warnings(result) == []


def test_a_markdown_grid_with_a_sunday_clock() -> None:
    result = read("en-sunday-own-clock-markdown.md")
    assert [d.weekday for d in result.plan.days] == ["mon", "thu", "sun"]
    assert blocks(result, 0) == [
        ("Lead course", 90, "18:00", None),
        ("Training", 90, "19:30", None),
    ]
    assert blocks(result, 1) == [("Open wall", 90, "18:00", None)]
    assert blocks(result, 2) == [
        ("Family bouldering", 90, "10:00", None),
        ("Belay course", 90, "11:30", None),
    ]


def test_an_empty_row_below_goes_on_by_the_days_own_slot() -> None:
    result = read("en-blank-below-saturday-own-time.md")
    # A Markdown grid: the empty row goes on, Monday by 60 minutes, Saturday by its own 45.
    assert blocks(result, 0) == [("Maths", 120, "09:00", None), ("Physics", 60, "11:00", None)]
    assert blocks(result, 1) == [
        ("Swimming", 90, "10:00", None),
        ("Running", 45, "11:30", None),
    ]


def test_an_entry_with_no_time_in_its_row_is_warned() -> None:
    result = read("de-row-without-any-time.md")
    assert blocks(result, 0) == [("Spanisch", 90, "18:00", None)]
    assert blocks(result, 1) == [("Aquarell", 90, "09:00", None), ("Töpfern", 90, "10:30", None)]
    assert warnings(result) == [
        "7: Italienisch (Dienstag): no time in its row or its day's time column, not read"
    ]
