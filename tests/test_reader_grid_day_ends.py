"""A grid's last filled cell in a day column that only says the day ends (`Ende`, `End`,
`Fin`): it closes that day, no block; a last row of them is the end of the slot above."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import day_blocks, warnings

ENDS = DATA / "grid_day_ends"


def read(name: str) -> ReadResult:
    return read_plan(ENDS / name)


def test_a_last_start_row_of_ende_closes_the_slot_above_with_no_warning() -> None:
    result = read("de-ende-start-row.md")
    assert day_blocks(result.plan) == [
        ("mon", [("Vokabeln", 45, "15:00"), ("Lesetext", 45, "15:45")]),
        ("tue", [("Grammatik", 45, "15:00")]),
        ("thu", [("Hörverstehen", 45, "15:00"), ("Aufsatz", 45, "15:45")]),
    ]
    assert warnings(result) == []


def test_end_in_the_last_span_row_is_no_block() -> None:
    result = read("en-end-last-span-cell.md")
    assert day_blocks(result.plan) == [
        ("mon", [("Algebra", 60, "18:00"), ("Essay plan", 30, "19:00")]),
        ("wed", [("Poetry", 60, "18:00")]),
    ]
    assert warnings(result) == []


def test_fin_ends_each_day_at_its_own_row() -> None:
    result = read("es-fin-beside-a-block.md")
    assert day_blocks(result.plan) == [
        ("mon", [("Anatomía", 60, "17:00")]),
        ("tue", [("Bioquímica", 60, "17:00"), ("Casos clínicos", 30, "18:00")]),
    ]
    assert warnings(result) == []
