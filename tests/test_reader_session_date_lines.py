"""A dated session whose heading or bold line has no date but whose next line is one
(`### Chapitre 7 - Séance 3` / `Mardi 1/10/2024` / `_2h_`): the session on that date, as long
as its length line and titled by its name, not a day titled `2h` on the date's line."""

from __future__ import annotations

import datetime as dt

from planexport.reader import parse_markdown, read_plan
from tests.paths import DATA
from tests.reader_support import blocks_with_items, days, warnings

PLANS = DATA / "session_date_lines"


def test_a_date_line_under_a_session_heading_dates_the_session() -> None:
    result = read_plan(PLANS / "fr-heading-over-date-line.md")
    assert days(result.plan) == [
        ("tue", dt.date(2024, 10, 1), "Chapitre 7 - Séance 3"),
        ("thu", dt.date(2024, 10, 3), "Chapitre 7 - Séance 4"),
    ]
    assert blocks_with_items(result.plan) == [
        ("Chapitre 7 - Séance 3", 120, None, ["Lois de Newton", "Exercices 4 et 5 p. 112"]),
        ("Chapitre 7 - Séance 4", 120, None, ["Énergie cinétique"]),
    ]
    assert warnings(result) == []


def test_a_bold_session_then_a_blank_line_then_its_date_line() -> None:
    result = read_plan(PLANS / "fr-bold-blank-date-line.md")
    assert days(result.plan) == [
        ("thu", dt.date(2025, 4, 3), "Chapitre 8 - Séance 1"),
        ("tue", dt.date(2025, 4, 8), "Chapitre 8 - Séance 2"),
    ]
    assert blocks_with_items(result.plan) == [
        ("Chapitre 8 - Séance 1", 120, None, ["Ondes mécaniques"]),
        ("Chapitre 8 - Séance 2", 120, None, ["Diffraction"]),
    ]
    assert warnings(result) == []


def test_spaced_date_lines_beside_a_dated_heading() -> None:
    result = read_plan(PLANS / "de-it-spaced-and-mixed.md")
    assert days(result.plan) == [
        ("tue", dt.date(2024, 10, 1), "Kapitel 2 - Sitzung 1"),
        ("thu", dt.date(2024, 10, 3), "Kapitel 2 - Sitzung 2"),
        ("mon", dt.date(2024, 10, 7), "Capitolo 3 - Lezione 1"),
    ]
    assert blocks_with_items(result.plan) == [
        ("Kapitel 2 - Sitzung 1", 90, None, ["Newtonsche Gesetze"]),
        ("Kapitel 2 - Sitzung 2", 90, None, ["Energie"]),
        ("Capitolo 3 - Lezione 1", 60, None, ["Onde"]),
    ]
    assert warnings(result) == []


def test_bold_sessions_over_date_lines_are_titled_by_their_name_not_the_weekday() -> None:
    result = read_plan(PLANS / "fr-bold-date-line-own-lengths.md")
    assert days(result.plan) == [
        ("thu", dt.date(2025, 4, 3), "Chapitre 8 - Séance 1"),
        ("tue", dt.date(2025, 4, 8), "Chapitre 8 - Séance 2"),
    ]
    assert blocks_with_items(result.plan) == [
        ("Ondes", 60, None, []),
        ("Diffraction", 45, None, []),
    ]
    assert warnings(result) == []


def test_spanish_sessions_over_date_lines_with_an_hour_and_a_half() -> None:
    result = read_plan(PLANS / "es-sesion-date-line.md")
    assert days(result.plan) == [
        ("tue", dt.date(2024, 10, 1), "Tema 3 - Sesión 1"),
        ("thu", dt.date(2024, 10, 3), "Tema 3 - Sesión 2"),
    ]
    assert blocks_with_items(result.plan) == [
        ("Tema 3 - Sesión 1", 90, None, ["Derivadas"]),
        ("Tema 3 - Sesión 2", 90, None, ["Integrales"]),
    ]
    assert warnings(result) == []


def test_a_date_line_that_ends_the_file_closes_its_session_without_a_length() -> None:
    text = (
        "# Physique\n\n### Séance 3\nMardi 1/10/2024\n_2h_\n\n- Lois de Newton\n\n"
        "### Séance 4\nJeudi 3/10/2024"
    )
    plan = parse_markdown(text, source="end.md")
    assert [(d.title, d.date, len(d.variants)) for d in plan.days] == [
        ("Séance 3", dt.date(2024, 10, 1), 1),
        ("Séance 4", dt.date(2024, 10, 3), 0),
    ]
