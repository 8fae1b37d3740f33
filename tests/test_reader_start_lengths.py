"""Tables with a start column beside a length column, and tables that say lengths in sentences."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import pinned

STARTS = DATA / "start_lengths"


def test_a_start_column_beside_a_length_column_pins_each_row() -> None:
    result = read_plan(STARTS / "hora-duracion-columns.md")
    # "**Pausa**" is a gap between the rows, as in any table.
    assert pinned(result.plan, 0) == [
        ("Bienvenida", 20, "10:00"),
        ("Luz natural", 45, "10:20"),
        ("Revisión de fotos", 40, "11:20"),
    ]
    assert result.warnings == ()


def test_a_table_that_says_lengths_in_sentences_holds_no_block_and_no_warning() -> None:
    result = read_plan(STARTS / "contingency-table-sentences.md")
    assert pinned(result.plan, 0) == [("Opening talk", 30, "14:00"), ("Live demos", 60, "14:30")]
    assert result.warnings == ()
