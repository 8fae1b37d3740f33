"""Agendas whose times sit in a later column (`Date and Time`), starts and spans mixed."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import days, pinned, warnings

COLUMNS = DATA / "time_columns"


def test_a_day_and_time_column_gives_spans_and_starts_until_the_next_row() -> None:
    result = read_plan(COLUMNS / "dia-y-hora-column.md")
    assert days(result.plan) == [("sat", None, "Sábado")]
    # "Comida" is a gap that ends the workshop; "24 horas" in the notes is no length.
    assert pinned(result.plan, 0) == [
        ("Acreditación", 30, "09:00"),
        ("Charla inaugural", 60, "09:30"),
        ("Taller de sensores", 135, "10:45"),
    ]
    assert warnings(result) == ['11: row "Competición" has a start time but no length']


def test_a_padded_wide_table_reads_as_a_narrow_one() -> None:
    result = read_plan(COLUMNS / "padded-wide-table.md")
    assert pinned(result.plan, 0) == [
        ("Demos begin", 90, "13:00"),
        ("Jury meets", 90, "14:30"),
        ("Awards", 60, "16:00"),
    ]
    assert result.warnings == ()
