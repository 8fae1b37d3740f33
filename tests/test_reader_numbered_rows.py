"""Timing tables as written: a row-number column, group rows, a running total, savings in prose."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import pinned

ROWS = DATA / "numbered_rows"


def read(name: str) -> ReadResult:
    return read_plan(ROWS / name)


def test_a_number_column_is_no_title_and_bold_group_rows_are_sessions() -> None:
    result = read("nr-column-group-rows.md")
    day = result.plan.days[0]
    blocks = [(b.title, b.min_minutes, b.session) for v in day.variants for b in v.blocks]
    assert blocks == [
        ("Begrüßung und Ziele", 5, "EINSTIEG"),
        ("Warm-up", 10, "EINSTIEG"),
        ("Gruppenarbeit", 30, "HAUPTTEIL"),
        ("Präsentationen", 15, "HAUPTTEIL"),
    ]
    # The goal's "60 Minuten" is said about the plan: a note, no block.
    assert day.notes == ("**Ziel**: Alles soll in 60 Minuten passen.",)
    assert result.warnings == ()


def test_a_running_total_column_is_no_length() -> None:
    plan = read("running-total-column.md").plan
    assert pinned(plan, 0) == [
        ("Opening story", 4, None),
        ("Three ideas", 12, None),
        ("Questions", 8, None),
    ]


def test_a_cut_from_one_length_to_another_and_its_saving_are_no_blocks() -> None:
    plan = read("savings-prose.md").plan
    assert pinned(plan, 0) == [
        ("Introducción", 5, None),
        ("Demo en vivo", 15, None),
        ("Preguntas", 10, None),
    ]
    assert plan.days[0].notes[-2:] == ("De 15 min → 10 min", "Ahorro: 5 minutos")
