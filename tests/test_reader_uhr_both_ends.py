"""Bare hours among clock spans that write `Uhr` after both times (`9–11 Uhr: Mathe` beside
`13:00 Uhr – 14:30 Uhr Deutsch`): every line is a span, none is left as a note."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import pinned, warnings


def test_bare_hours_beside_spans_with_uhr_after_each_time() -> None:
    result = read_plan(DATA / "uhr_both_ends" / "de-bare-hours-and-uhr-spans.md")
    assert pinned(result.plan, 0) == [
        ("Mathe", 120, "09:00"),
        ("Deutsch", 90, "13:00"),
        ("Englisch", 60, "15:00"),
    ]
    assert pinned(result.plan, 1) == [("Biologie", 90, "08:30"), ("Chemie", 120, "10:00")]
    assert warnings(result) == []
