"""Footnote marks (`9:00[^1] - 11:00`, `Physik[^b]`, `## Monday[^1]`) are never part of a time, a
weekday or a title; escaped marks, code spans and the footnotes' own text stay as written."""

from __future__ import annotations

from planexport.reader import read_plan
from planexport.reader.footnote_marks import drop_footnote_marks
from tests.paths import DATA
from tests.reader_support import day_blocks, days, warnings

PLANS = DATA / "footnote_marks"


def test_a_mark_after_a_start_or_end_in_a_table_cell_keeps_the_row() -> None:
    result = read_plan(PLANS / "it-mark-after-start-in-table.md")
    assert day_blocks(result.plan) == [
        ("mon", [("Lezione", 120, "08:30")]),
        ("thu", [("Laboratorio", 120, "15:00")]),
    ]
    assert [b.note for d in result.plan.days for v in d.variants for b in v.blocks] == ["C3", "C3"]
    assert warnings(result) == []


def test_marks_inside_a_list_span_and_after_a_title_go() -> None:
    result = read_plan(PLANS / "de-mark-in-list-span.md")
    assert day_blocks(result.plan) == [
        ("tue", [("Mathematik", 90, "09:00"), ("Physik", 75, "10:45")])
    ]
    assert warnings(result) == []


def test_a_mark_on_a_day_heading_leaves_its_weekday() -> None:
    result = read_plan(PLANS / "en-mark-in-day-heading.md")
    assert days(result.plan) == [("mon", None, "Monday"), ("wed", None, "Wednesday")]
    assert day_blocks(result.plan)[0] == (
        "mon",
        [("Statistics", 90, "18:00"), ("Flashcards", 30, "19:30")],
    )
    assert warnings(result) == []


def test_marks_in_day_and_title_cells_go() -> None:
    result = read_plan(PLANS / "es-mark-in-day-and-title-cells.md")
    assert days(result.plan) == [("tue", None, "Martes"), ("wed", None, "Miércoles")]
    assert day_blocks(result.plan) == [
        ("tue", [("Álgebra", 120, "16:00")]),
        ("wed", [("Programación", 90, "16:00")]),
    ]


def test_a_mark_in_a_code_span_stays_as_written() -> None:
    result = read_plan(PLANS / "fr-mark-in-title-and-code-span.md")
    assert day_blocks(result.plan) == [
        ("fri", [("Révision du `tableau[^1]`", 90, "14:00"), ("Exercices", 75, "15:45")])
    ]


def test_an_escaped_mark_is_text() -> None:
    result = read_plan(PLANS / "nl-escaped-mark-stays.md")
    assert day_blocks(result.plan) == [
        ("thu", [("Oefenen met [^1] uit het boek", 60, "19:00"), ("Woordjes", 30, "20:00")])
    ]


def test_footnote_text_keeps_its_mark_and_code_blocks_stay() -> None:
    text = "- 9:00[^1] - 11:00 Lezione [^n]\n[^1]: dopo le 9\n```\n10:00[^2]\n```"
    kept = "- 9:00 - 11:00 Lezione\n[^1]: dopo le 9\n```\n10:00[^2]\n```"
    assert drop_footnote_marks(text) == kept
    assert drop_footnote_marks("- 9:00 - 11:00 Lezione") == "- 9:00 - 11:00 Lezione"
