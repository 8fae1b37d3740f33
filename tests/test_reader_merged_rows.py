"""Table rows merged into the row above by `^` or `^^` in their time cells (Obsidian's Sheets,
MultiMarkdown): the lines of that slot, items of its block rather than rows with no time."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import blocks_with_items, warnings

PLANS = DATA / "merged_rows"


def test_caret_rows_are_items_of_the_slot_above() -> None:
    result = read_plan(PLANS / "en-caret-rows.md")
    assert blocks_with_items(result.plan) == [
        ("Wake up", 15, "06:30", ["Glass of water", "Open the curtains"]),
        ("Morning run", 45, "06:45", []),
        ("Cello practice", 60, "19:00", ["Scales, then the étude"]),
    ]
    assert warnings(result) == []


def test_double_carets_under_a_span_column() -> None:
    result = read_plan(PLANS / "de-doppel-caret.md")
    assert blocks_with_items(result.plan) == [
        ("Chemie", 90, "08:00", ["Säuren und Basen"]),
        ("Englisch", 45, "09:45", ["Vokabeln Kapitel 4"]),
    ]
    assert warnings(result) == []


def test_a_caret_row_under_a_gap_is_skipped_as_before() -> None:
    result = read_plan(PLANS / "after-gap-near-miss.md")
    assert blocks_with_items(result.plan) == [
        ("Journaling", 30, "07:00", []),
        ("Reading", 60, "13:00", []),
    ]
    assert warnings(result) == ['7: row "Short walk" skipped: no time']
