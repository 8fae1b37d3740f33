"""A day's totals line or row (`Totais do dia: 4h`, `| Total del día | 3 h |`, `Totale: 3 ore`): a
summary of the day, checked against its blocks where a table sums them, never a block."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import pinned, warnings

PLANS = DATA / "day_totals"


def test_a_totals_line_is_the_day_s_note_not_a_block() -> None:
    result = read_plan(PLANS / "pt-totais-do-dia-line.md")
    day = result.plan.days[0]
    assert pinned(result.plan, 0) == [("Matemática", 120, "09:00"), ("Física", 120, "11:00")]
    assert day.notes == ("Totais do dia: 4h",)
    assert [v.hours for v in day.variants] == [4.0]
    assert warnings(result) == []


def test_a_totals_row_that_differs_is_said_and_read_as_the_sum() -> None:
    result = read_plan(PLANS / "pt-totais-do-dia-row-differs.md")
    assert pinned(result.plan, 0) == [("Química", 180, "09:00"), ("Biologia", 180, "14:00")]
    assert warnings(result) == [
        '9: row "Totais do dia" says 420 min, but the rows above it sum to 360 min: read as '
        "their sum, not as a block"
    ]


def test_a_totals_row_that_sums_the_rows_is_no_block() -> None:
    result = read_plan(PLANS / "es-total-del-dia-row.md")
    assert pinned(result.plan, 0) == [("Química orgánica", 120, "09:00"), ("Inglés", 60, "11:30")]
    assert warnings(result) == []


def test_an_italian_total_line_is_a_note() -> None:
    result = read_plan(PLANS / "it-totale-line.md")
    assert pinned(result.plan, 0) == [("Analisi", 120, None), ("Fisica", 60, None)]
    assert result.plan.days[0].notes == ("Totale: 3 ore",)
    assert warnings(result) == []


def test_a_totais_row_of_a_table_of_days_is_no_day() -> None:
    result = read_plan(PLANS / "pt-totais-row-of-a-day-table.md")
    assert [
        (d.weekday, [(b.title, b.min_minutes) for v in d.variants for b in v.blocks])
        for d in result.plan.days
    ] == [("mon", [("Álgebra", 120)]), ("tue", [("Física", 180)])]
    assert warnings(result) == []
