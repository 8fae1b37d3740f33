"""Day headings that count with an ordinal (`## Erster Tag`, `## 1. Tag`, `## Primer día`,
`### 1er jour`, `## Primo giorno`, `## 1º dia`, `## Eerste dag`, `**First day:**`) are the
numbered days they name."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import day_blocks, days, warnings

ORDINAL = DATA / "ordinal_days"


def test_german_ordinal_words_number_the_days_and_keep_their_titles() -> None:
    result = read_plan(ORDINAL / "de-erster-tag.md")
    assert days(result.plan) == [(None, None, "Karten lesen"), (None, None, "Im Gelände")]
    assert day_blocks(result.plan) == [
        (None, [("Legende und Maßstab", 40, None), ("Himmelsrichtungen bestimmen", 30, None)]),
        (None, [("Kurze Bahn im Stadtpark", 60, None), ("Nachbesprechung", 20, None)]),
    ]
    assert warnings(result) == []


def test_a_dotted_german_number_is_the_day_and_its_bracket_the_weekday() -> None:
    result = read_plan(ORDINAL / "de-dotted-number.md")
    assert day_blocks(result.plan) == [
        ("wed", [("Ton vorbereiten", 90, "17:00"), ("Erste Schalen", 45, "18:45")]),
        ("thu", [("Henkel ansetzen", 120, "17:00")]),
    ]


def test_spanish_primer_and_segundo_dia_are_days_one_and_two() -> None:
    result = read_plan(ORDINAL / "es-primer-dia.md")
    assert [d.number for d in result.plan.days] == [1, 2]
    assert day_blocks(result.plan) == [
        ("mon", [("Aperturas abiertas", 90, "10:00"), ("Partidas rápidas", 60, "12:00")]),
        ("tue", [("Finales de torre", 90, "10:00")]),
    ]


def test_french_numbers_with_their_marks_number_the_days() -> None:
    result = read_plan(ORDINAL / "fr-numbered-er.md")
    assert [(d.number, d.title) for d in result.plan.days] == [
        (1, "les bases"),
        (2, "le paysage"),
        (3, "Day 3"),
    ]
    assert day_blocks(result.plan)[2] == (None, [("Croquis en extérieur", 90, None)])


def test_italian_primo_and_secondo_giorno_are_two_days() -> None:
    result = read_plan(ORDINAL / "it-primo-giorno.md")
    assert day_blocks(result.plan) == [
        (None, [("Usare la macchina da cucire", 50, None), ("Cuciture dritte", 40, None)]),
        (None, [("Orli e asole", 60, None)]),
    ]


def test_a_portuguese_ordinal_mark_leaves_the_title_clean() -> None:
    result = read_plan(ORDINAL / "pt-ordinal-mark.md")
    assert [(d.number, d.title) for d in result.plan.days] == [
        (1, "Blocos e sequências"),
        (2, "Repetições"),
    ]


def test_dutch_eerste_and_tweede_dag_are_two_days() -> None:
    result = read_plan(ORDINAL / "nl-eerste-dag.md")
    assert [d.number for d in result.plan.days] == [1, 2]
    assert day_blocks(result.plan)[1] == (None, [("Overstag gaan op het meer", 90, None)])


def test_bold_ordinal_leads_of_list_items_are_days() -> None:
    result = read_plan(ORDINAL / "en-bold-ordinal-leads.md")
    assert day_blocks(result.plan) == [
        (None, [("Falling and footwork", 45, None)]),
        (None, [("Reading a route", 60, None)]),
    ]


def test_an_ordinal_day_with_words_after_it_and_a_bare_number_stay_sections() -> None:
    result = read_plan(ORDINAL / "not-ordinal-days.md")
    assert len(result.plan.days) == 1
    assert day_blocks(result.plan) == [(None, [("Sort the reading list", 30, None)])]
    assert warnings(result) == ['9: "Wäsche und Einkauf (45 min)" is in no day: not read']
