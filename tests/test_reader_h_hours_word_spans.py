"""Hours written with `h` and joined by a word (`09h às 12h`, `9h hasta 11h`, `8h to 10h`): a span
of the day, as `9h - 12h` and `9h à 12h` are, never a 9-hour block titled `às 12h`."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import pinned, warnings


def test_h_hours_joined_by_a_word_are_spans() -> None:
    result = read_plan(DATA / "h_hours_word_spans" / "spans-joined-by-words.md")
    assert pinned(result.plan, 0) == [("Álgebra", 120, "09:00"), ("Física", 120, "14:00")]
    assert pinned(result.plan, 1) == [("English", 120, "08:00"), ("Redação", 90, "10:30")]
    assert pinned(result.plan, 2) == [("Simulado", 180, "09:00")]
    assert warnings(result) == []
