"""Agenda lines with the title first and a dotted time after a colon (`- Begrüßung: 9.00
Uhr`, `- Bienvenida: 9.00 h`, `- Accueil : 9.00 heures`, `- Accueil : 9.00`): starts, each
lasting until the next, as `- 9:00 Begrüßung` is; lengths, amounts and section numbers stay."""

from __future__ import annotations

from planexport.reader import read_plan
from planexport.reader.dotted_agendas import dotted_agendas
from tests.paths import DATA
from tests.reader_support import day_blocks, warnings

PLANS = DATA / "titled_dotted_starts"


def test_german_uhr_lines_are_starts_and_the_last_is_warned() -> None:
    result = read_plan(PLANS / "de-uhr-agenda.md")
    assert day_blocks(result.plan) == [
        ("sat", [("Begrüßung", 30, "09:00"), ("Vortrag", 150, "09:30")])
    ]
    assert result.plan.days[0].notes == ("12:00 Mittagessen",)
    assert warnings(result) == ['7: "Mittagessen: 12.00 Uhr" has a start time but no length']


def test_french_bare_times_after_a_colon_and_heures_are_starts() -> None:
    result = read_plan(PLANS / "fr-colon-bare-and-heures.md")
    assert day_blocks(result.plan) == [
        (
            "sat",
            [("Accueil", 45, "09:00"), ("Visite des ateliers", 45, "09:45"),
             ("Conférence", 90, "10:30")],
        ),
        ("sun", [("Accueil", 30, "09:00"), ("Atelier d'écriture", 150, "09:30")]),
    ]  # fmt: skip
    assert warnings(result) == ['14: "Déjeuner : 12.00 heures" has a start time but no length']


def test_spanish_h_and_dutch_uur_after_a_colon_are_starts_not_lengths() -> None:
    result = read_plan(PLANS / "es-nl-h-and-uur.md")
    assert day_blocks(result.plan) == [
        (
            "sat",
            [("Bienvenida", 30, "09:00"), ("Charla del decano", 45, "09:30"),
             ("Taller de robótica", 105, "10:15")],
        ),
        ("sun", [("Welkom", 30, "09:00"), ("Lezing over geheugen", 150, "09:30")]),
    ]  # fmt: skip
    assert warnings(result) == [
        '8: "Almuerzo: 12.00 h" has a start time but no length',
        '14: "Lunch: 12.00 uur" has a start time but no length',
    ]


def test_lengths_and_section_numbers_stay_as_read() -> None:
    result = read_plan(PLANS / "it-pt-lengths-and-numbers-stay.md")
    assert day_blocks(result.plan) == [
        ("mon", [("Teoria", 90, None), ("Esercizi", 120, None), ("Ripasso", 150, None)]),
        (
            "tue",
            [("Capítulo 9.10", 20, None), ("Capítulo 9.20", 30, None),
             ("Capítulo 9.30", 40, None)],
        ),
    ]  # fmt: skip
    assert warnings(result) == []


def test_bare_numbers_after_a_colon_are_times_only_by_fives() -> None:
    agenda = "- Accueil : 9.00\n- Conférence : 9.30\n- Déjeuner : 12.00"
    assert dotted_agendas(agenda) == "- 9:00 Accueil\n- 9:30 Conférence\n- 12:00 Déjeuner"
    amounts = "- Woche 1: 8.37\n- Woche 2: 9.12\n- Woche 3: 10.48"
    assert dotted_agendas(amounts) == amounts
    numbers = "- Kapitel 9.10\n- Kapitel 9.20\n- Kapitel 9.30"
    assert dotted_agendas(numbers) == numbers
