"""Sections after a day's timetable that detail its rows under a counted label (`## Module 1:
Check-in and goals (20 min)`, `## Module 3 – Pivot tables (1h)`): the label's number names no
row, so each section details the row it names; no block is read twice, and a sentence in a
section (`Each person says in 1 minute …`) is no block."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import blocks_with_items, warnings

PLANS = DATA / "counted_detail_sections"


def test_module_sections_detail_the_timetable_rows_they_name() -> None:
    result = read_plan(PLANS / "module-sections-after-table.md")
    assert [(d.number, d.title) for d in result.plan.days] == [(2, "Spreadsheets for field data")]
    assert blocks_with_items(result.plan) == [
        ("Check-in and goals", 20, "09:00", ["Round of names", "project name", "one messy column"]),
        (
            "Cleaning survey sheets",
            90,
            "09:20",
            ["Trimming spaces and fixing dates", "Splitting coordinates into two columns"],
        ),
        ("Pivot tables", 60, "11:00", []),
    ]
    assert warnings(result) == []
