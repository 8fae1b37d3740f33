"""A cell spanning rows in an HTML grid is one block, also over a break row inside its span; the
break row is no slot of it and no entry to warn about."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import day_blocks, warnings

GRIDS = DATA / "span_breaks"


def read(name: str) -> ReadResult:
    return read_plan(GRIDS / name)


def test_a_rowspan_over_a_break_row_is_one_block() -> None:
    result = read("de-sport-ueber-die-pause.md")
    # Sport spans 08:00-08:45, the break and 08:50-09:35: one block of 95 minutes.
    assert day_blocks(result.plan) == [
        ("mon", [("Sport", 95, "08:00"), ("Englisch", 45, "09:35")]),
        ("tue", [("Mathematik", 45, "08:00"), ("Deutsch", 45, "08:50"), ("Kunst", 45, "09:35")]),
    ]
    assert result.block_lines[(0, 0, 0)] == 5
    assert warnings(result) == []


def test_two_cells_with_the_same_title_either_side_of_a_break_stay_two_blocks() -> None:
    result = read("es-dos-celdas-y-un-recreo.md")
    assert day_blocks(result.plan) == [
        (
            "mon",
            [("Lengua", 60, "09:00"), ("Historia", 60, "10:00"), ("Historia", 60, "11:30")],
        ),
        ("tue", [("Tecnología", 120, "09:00"), ("Música", 60, "11:30")]),
    ]
    assert warnings(result) == []


def test_a_rowspan_that_ends_on_the_break_row_ends_with_its_slot() -> None:
    result = read("fr-span-fini-a-la-pause.md")
    assert day_blocks(result.plan) == [
        ("mon", [("Anglais", 60, "08:00"), ("Physique", 60, "09:15")]),
        ("tue", [("Français", 60, "08:00"), ("Maths", 60, "09:15")]),
    ]
    # Its cell in the break row is the span's, no entry without a time.
    assert warnings(result) == []
