"""Clock times with a space each side of the `h` (`| 18 h 15 | … |` under `Heure`,
`- 9 h 00 - 10 h 30 : Chimie`): start times, as `18h15` is, never lengths of 18 hours; a spaced
length in a length column stays a length."""

from __future__ import annotations

from planexport.reader import read_plan
from planexport.reader.spaced_clock_times import spaced_clock_times
from tests.paths import DATA
from tests.reader_support import pinned, warnings

PLANS = DATA / "spaced_clock_times"


def test_heure_column_of_spaced_starts_is_an_agenda() -> None:
    result = read_plan(PLANS / "fr-heure-table.md")
    assert pinned(result.plan, 0) == [
        ("Retour sur les requêtes de la semaine", 25, "18:15"),
        ("Jointures externes, exemples au tableau", 50, "18:40"),
        ("Exercices en équipe", 75, "19:45"),
        ("Correction commune", 30, "21:00"),
    ]
    assert warnings(result) == []


def test_spaced_spans_in_bullets_pin_their_blocks() -> None:
    result = read_plan(PLANS / "fr-span-bullets.md")
    assert result.plan.days[0].weekday == "sat"
    assert pinned(result.plan, 0) == [
        ("Chimie organique, fiches", 90, "09:00"),
        ("Annales de physique", 75, "10:45"),
        ("Vocabulaire d'anglais", 45, "13:30"),
    ]


def test_spaced_lengths_in_a_length_column_stay_lengths() -> None:
    result = read_plan(PLANS / "fr-lengths-stay.md")
    assert pinned(result.plan, 0) == [
        ("Roman, chapitres 1 à 4", 90, None),
        ("Résumé écrit", 45, None),
    ]


def test_text_without_a_spaced_h_is_returned_as_it_is() -> None:
    text = "# Plan\n\n- 18h30 Accueil\n- Lecture 1h30\n"
    assert spaced_clock_times(text) is text


def test_spaced_length_in_a_sentence_is_left_as_written() -> None:
    text = "- Prévoir 1 h 30 de lecture\n| Total | 12 h 40 |\n"
    assert spaced_clock_times(text) == text
    assert spaced_clock_times("| 18 h 30 | Accueil |") == "| 18h30 | Accueil |"
    assert spaced_clock_times("- de 19 h 15 à 20 h : Cours") == "- de 19h15 à 20h : Cours"
