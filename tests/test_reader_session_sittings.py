"""Numbered sessions with a length and no date (`### **SESSION 1: Basics (2 hours)**`) over
blocks with lengths: a day per sitting, titled by the session."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import warnings

if TYPE_CHECKING:
    from planexport.model import Plan

PLANS = DATA / "session_sittings"


def _sittings(plan: Plan) -> list[tuple[str, float, list[tuple[str, int, int]]]]:
    """Each day's title, hours and blocks (title, shortest and longest minutes)."""
    return [
        (d.title, v.hours, [(b.title, b.min_minutes, b.max_minutes) for b in v.blocks])
        for d in plan.days
        for v in d.variants
    ]


def test_bold_session_headings_over_parts_are_two_sittings() -> None:
    result = read_plan(PLANS / "en-bold-session-headings-over-blocks.md")
    assert _sittings(result.plan) == [
        (
            "Formulas",
            2.0,
            [("Cell references", 15, 15), ("SUM and AVERAGE", 30, 30), ("XLOOKUP drills", 75, 75)],
        ),
        ("Charts", 1.5, [("Bar and line charts", 50, 50), ("Dashboard", 40, 40)]),
    ]
    assert warnings(result) == []


def test_a_sessions_length_between_its_blocks_sums_is_the_days_hours() -> None:
    result = read_plan(PLANS / "es-session-length-between-ranges.md")
    assert _sittings(result.plan) == [
        ("Cuento breve", 2.0, [("Lectura de modelos", 45, 60), ("Borrador", 60, 90)]),
        ("Revisión", 1.0, [("Corrección en parejas", 30, 45), ("Versión final", 20, 30)]),
    ]
    assert warnings(result) == []


def test_a_sitzung_named_after_a_dash() -> None:
    result = read_plan(PLANS / "de-sitzung-dash-name.md")
    assert _sittings(result.plan) == [
        ("Grundlagen", 1.5, [("Daten einlesen", 30, 30), ("Tabellen filtern", 60, 60)]),
        ("Diagramme", 1.0, [("Histogramme", 25, 25), ("Streudiagramme", 35, 35)]),
    ]
    assert all(b.session is None for d in result.plan.days for v in d.variants for b in v.blocks)


def test_a_seance_with_no_name_is_titled_by_its_number() -> None:
    result = read_plan(PLANS / "fr-seance-without-name.md")
    assert [(d.title, d.variants[0].hours) for d in result.plan.days] == [
        ("Séance 1", 1.5),
        ("Séance 2", 1.0),
    ]
    assert warnings(result) == []


def test_sessions_with_clock_times_stay_parts_of_one_day() -> None:
    result = read_plan(PLANS / "it-sessions-with-clock-times-one-day.md")
    assert [d.title for d in result.plan.days] == ["Giornata di formazione"]
    assert [(b.title, b.at, b.session) for v in result.plan.days[0].variants for b in v.blocks] == [
        ("Introduzione", "09:00", "Sessione 1"),
        ("Esercizi", "10:00", "Sessione 1"),
        ("Casi studio", "14:00", "Sessione 2"),
        ("Discussione", "15:00", "Sessione 2"),
    ]


def test_sessie_headings_of_one_hour_each_are_no_two_plans_of_one_day() -> None:
    result = read_plan(PLANS / "nl-sessie-headings.md")  # refused as "two 1-hour plans" before
    assert _sittings(result.plan) == [
        ("Variabelen", 1.0, [("Uitleg", 20, 20), ("Oefenen", 40, 40)]),
        ("Lussen", 1.0, [("Uitleg", 15, 15), ("Oefenen", 45, 45)]),
    ]
    assert warnings(result) == []


def test_a_sessao_longer_than_its_blocks_is_as_long_as_they_are() -> None:
    result = read_plan(PLANS / "pt-sessao-longer-than-its-blocks.md")
    assert _sittings(result.plan) == [
        ("Médias", 2.0, [("Exemplos resolvidos", 60, 60), ("Lista de exercícios", 60, 60)]),
        ("Variância", 1.0, [("Fórmulas", 30, 30), ("Exercícios", 30, 30)]),
    ]
