"""A dated session's own length line (`_2h_`) against its homework's (`(BAC, 1h)`): the session
is one block of its own length, in bold-line sessions and over a note line after the length."""

from __future__ import annotations

import datetime as dt

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import blocks_with_items, days, warnings

PLANS = DATA / "session_own_lengths"


def _budget(line: int, title: str, length: int, parts: int) -> str:
    return (
        f'{line}: day "{title}" is {length} min; its lines give {parts} min of it and some have '
        f"no length: read as one block of {length} min, the lines its items"
    )


def test_a_bold_session_with_a_date_line_is_one_block_of_its_own_length() -> None:
    result = read_plan(PLANS / "fr-bold-session-date-line.md")
    assert days(result.plan) == [
        ("thu", dt.date(2025, 4, 3), "Chapitre 11 - Séance 3"),
        ("mon", dt.date(2025, 4, 7), "Chapitre 11 - Séance 4"),
    ]
    assert blocks_with_items(result.plan) == [
        (
            "Chapitre 11 - Séance 3",
            120,
            None,
            ["Cours : transformations nucléaires", "✍️ Exercices : 10.36 (BAC, 1h)"],
        ),
        (
            "Chapitre 11 - Séance 4",
            120,
            None,
            ["Correction de l'exercice 10.36", "Devoirs : fiche 4 (30 min)"],
        ),
    ]
    assert warnings(result) == [
        _budget(3, "Chapitre 11 - Séance 3", 120, 60),
        _budget(10, "Chapitre 11 - Séance 4", 120, 30),
    ]


def test_a_homework_length_is_not_the_session_length_with_the_date_on_the_bold_line() -> None:
    result = read_plan(PLANS / "en-bold-session-date-on-it.md")
    assert days(result.plan) == [
        ("tue", dt.date(2025, 4, 8), "Unit 4 - Session 1"),
        ("thu", dt.date(2025, 4, 10), "Unit 4 - Session 2"),
    ]
    assert [(title, minutes) for title, minutes, _, _ in blocks_with_items(result.plan)] == [
        ("Unit 4 - Session 1", 120),
        ("Unit 4 - Session 2", 120),
    ]


def test_a_labelled_date_line_and_a_star_length_in_german() -> None:
    result = read_plan(PLANS / "de-sitzung-datumszeile.md")
    assert days(result.plan) == [
        ("tue", dt.date(2025, 4, 8), "Kapitel 3 – Sitzung 1"),
        ("thu", dt.date(2025, 4, 10), "Kapitel 3 – Sitzung 2"),
    ]
    assert blocks_with_items(result.plan) == [
        (
            "Kapitel 3 – Sitzung 1",
            120,
            None,
            ["Vortrag: Impulserhaltung", "Hausaufgabe: Blatt 5 (45 min)"],
        ),
        ("Kapitel 3 – Sitzung 2", 90, None, ["Versuch: Stoßwagen"]),
    ]


def test_a_length_line_over_an_objective_line_gives_no_no_length_warning() -> None:
    result = read_plan(PLANS / "fr-heading-length-over-objective.md")
    assert [(title, minutes) for title, minutes, _, _ in blocks_with_items(result.plan)] == [
        ("Chapitre 7 - Séance 3", 120),
        ("Chapitre 7 - Séance 4", 120),
    ]
    assert [d.notes for d in result.plan.days] == [("Objectif : dériver un produit",), ()]
    assert not any("gives no length" in w for w in warnings(result))
    assert warnings(result)[-1] == _budget(10, "Chapitre 7 - Séance 4", 120, 60)


def test_a_length_line_over_an_objective_is_the_session_length_not_its_homework() -> None:
    result = read_plan(PLANS / "es-sesion-duracion-y-objetivo.md")
    assert blocks_with_items(result.plan) == [
        ("Sesión 1", 120, None, ["Teoría: fases de la mitosis", "Deberes: ficha 3 (30 min)"]),
        ("Sesión 2", 120, None, ["Práctica: microscopio"]),
    ]
    assert [d.notes for d in result.plan.days] == [("Objetivo: repasar la mitosis",), ()]
