"""A timetable drawn in a code block whose cells are centred under its headers, some of them
begun a little left of their header (`Reti (E)` under `11-13`), and whose weekday labels are
right-aligned, is read as the table it draws; a cell begun nearer the column before is not."""

from __future__ import annotations

import pytest

from planexport.errors import PlanError
from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import day_blocks, warnings

GRIDS = DATA / "centred_code_grids"


def read(name: str) -> ReadResult:
    return read_plan(GRIDS / name)


def test_right_aligned_weekdays_over_centred_cells_under_hour_slots() -> None:
    result = read("pt-dias-alinhados-a-direita.md")
    # "Física (T)" and "Cálculo II" begin left of "08-10" and "14-16", past the gaps' middles.
    assert day_blocks(result.plan) == [
        ("mon", [("Álgebra", 120, "10:00")]),
        ("tue", [("Física (T)", 120, "08:00")]),
        ("wed", [("Cálculo II", 120, "14:00")]),
    ]
    assert [d.title for d in result.plan.days] == ["Segunda", "Terça", "Quarta"]
    assert result.block_lines[(2, 0, 0)] == 7
    assert warnings(result) == []


def test_weekdays_across_over_cells_centred_under_them() -> None:
    result = read("fr-jours-en-haut.md")
    assert day_blocks(result.plan) == [
        ("mon", [("Chimie", 90, "09:00")]),
        ("tue", [("Biologie (TP)", 90, "10:45")]),
        ("thu", [("Anglais (TD)", 90, "09:00")]),
    ]
    assert warnings(result) == []


def test_a_cell_begun_nearer_the_column_before_leaves_the_grid_unread() -> None:
    with pytest.raises(PlanError) as raised:
        read("en-centred-astray.md")
    said = str(raised.value)
    assert said.startswith(f"{GRIDS / 'en-centred-astray.md'}:4: no timed blocks found")
    assert (
        'the timetable of weekdays and time slots at line 4 ("09-11 11-13") is inside a code '
        "block whose cells do not line up under its header, and is not read"
    ) in said
