"""Lines that open with a clock span and write their parts as cells (`- 09:00-10:30 | Bedden
omspitten | schep en kruiwagen`), as a table's rows do: the first cell after the span is the
title, the others its note. Before, the note stayed in the title after a pipe."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import blocks_of, warnings


def test_cells_after_the_title_are_its_note() -> None:
    result = read_plan(DATA / "span_cell_lines" / "span-title-note-cells.md")
    blocks = [(b.title, b.min_minutes, b.at, b.note) for _, b in blocks_of(result.plan)]
    assert blocks == [
        ("Bedden omspitten", 90, "09:00", "schep en kruiwagen"),
        ("Zaaien van radijs", 30, "10:30", None),
        ("Compost keren", 60, "11:00", "handschoenen | laarzen"),
        # no pipe right after the span: the pipe is the title's, as written
        ("Onkruid | wieden langs het pad", 60, "13:00", None),
    ]
    assert warnings(result) == []
