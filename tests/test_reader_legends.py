"""A legend of keys before a grid names the grid's cells."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import pinned

LEGENDS = DATA / "legends"


def test_a_legend_of_letters_names_the_cells_that_are_its_keys() -> None:
    result = read_plan(LEGENDS / "letter-keys-grid.md")
    assert pinned(result.plan, 0) == [("Wiskunde", 50, "08:30"), ("Geschiedenis", 50, "09:20")]
    assert pinned(result.plan, 1) == [("Nederlands", 50, "08:30"), ("Wiskunde", 50, "09:20")]


def test_lines_with_a_length_are_no_legend() -> None:
    result = read_plan(LEGENDS / "not-a-legend.md")
    assert pinned(result.plan, 0) == [("Sleep", 60, "09:00")]
