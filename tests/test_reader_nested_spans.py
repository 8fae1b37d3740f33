"""Nested lines with a clock span of their own after their parent's: blocks, not its parts."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import blocks_with_items

PLANS = DATA / "nested_spans"


def test_english_step_after_its_parent_is_the_next_block_with_its_own_steps() -> None:
    result = read_plan(PLANS / "en-routine-steps.md")
    assert [d.weekday for d in result.plan.days] == ["tue"]
    assert blocks_with_items(result.plan) == [
        ("Get up", 15, "05:30", []),
        ("Run", 45, "05:45", ["Stretch, 0:05 hours", "Easy jog, 0:40 hours"]),
        ("Spanish flashcards", 30, "07:00", []),
    ]
    assert result.warnings == ()


def test_spanish_two_nested_spans_are_two_blocks_in_order() -> None:
    result = read_plan(PLANS / "es-rutina-anidada.md")
    assert blocks_with_items(result.plan) == [
        ("Despertar", 10, "06:30", []),
        ("Gimnasio", 60, "06:40", ["Calentamiento, 10 min", "Pesas, 50 min"]),
        ("Ducha", 20, "07:40", []),
        ("Lectura", 45, "08:00", []),
    ]
    assert result.warnings == ()


def test_french_hours_nested_after_their_parent() -> None:
    result = read_plan(PLANS / "fr-sans-matin.md")
    assert blocks_with_items(result.plan) == [
        ("Réveil", 15, "07:00", []),
        ("Course à pied", 45, "07:15", []),
        ("Révisions d'histoire", 90, "08:30", []),
    ]
    assert result.warnings == ()


def test_german_span_inside_its_parent_stays_a_part() -> None:
    result = read_plan(PLANS / "de-inside-stays-part.md")
    assert blocks_with_items(result.plan) == [
        ("Mathe", 120, "08:00", ["08:00 - 08:30 Wiederholung Integrale", "Übungsblatt 4"]),
        ("Physik", 90, "10:15", []),
    ]
    assert result.warnings == ()
