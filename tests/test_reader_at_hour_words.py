"""A word for "at the hour" before a line's time (`Ore 9:00 Ripasso`, `Às 9h Revisão`, `dalle ore 9
alle 11 Latino`): the time is the line's start or span, the word no part of the title, in a
paragraph's lines as in a list."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import blocks_with_items, day_blocks, quiet_blocks, warnings

PLANS = DATA / "at_hour_words"


def test_ore_lines_of_a_paragraph_are_an_agenda_of_starts() -> None:
    assert quiet_blocks(PLANS / "it-ore-paragraph-lines.md") == [
        ("Ripasso di analisi", 120, "09:00"),
        ("Esercizi di fisica", 90, "11:00"),
    ]


def test_ore_spans_of_a_paragraph_are_blocks() -> None:
    assert quiet_blocks(PLANS / "it-ore-span-paragraph.md") == [
        ("Chimica organica", 90, "15:00"),
        ("Relazione di laboratorio", 60, "17:00"),
    ]


def test_dalle_ore_says_the_bare_numbers_are_hours() -> None:
    assert quiet_blocks(PLANS / "it-dalle-ore-alle.md") == [
        ("Latino", 120, "09:00"),
        ("Greco", 90, "11:00"),
        ("Storia", 120, "15:00"),
    ]


def test_as_lines_of_a_paragraph_with_french_style_hours() -> None:
    assert quiet_blocks(PLANS / "pt-as-paragraph-lines.md") == [
        ("Revisão de matemática", 90, "09:00"),
        ("Exercícios de física", 90, "10:30"),
    ]


def test_ore_headings_are_an_agenda_and_their_bullets_items() -> None:
    result = read_plan(PLANS / "it-ore-headings.md")
    assert blocks_with_items(result.plan) == [
        ("Ripasso", 120, "09:00", ["capitolo 2", "esercizi svolti"]),
        ("Esercizi", 60, "11:00", []),
    ]
    assert warnings(result) == []


def test_cells_of_only_a_time_and_its_word() -> None:
    result = read_plan(PLANS / "it-ore-table-cells.md")
    assert day_blocks(result.plan) == [
        ("sat", [("Accoglienza", 90, "09:00"), ("Laboratorio di stampa", 90, "10:30")]),
        ("sun", [("Escursione", 120, "09:00"), ("Visita al museo", 120, "15:00")]),
    ]
    assert warnings(result) == []
    assert quiet_blocks(PLANS / "pt-as-table-cells.md") == [
        ("Revisão de álgebra", 90, "09:00"),
        ("Exercícios", 90, "10:30"),
    ]


def test_ore_before_a_bare_hour_and_a_colon() -> None:
    assert quiet_blocks(PLANS / "it-ore-bare-hours-colon.md") == [
        ("Ripasso di storia", 90, "09:00"),
        ("Esercizi di latino", 90, "10:30"),
    ]
