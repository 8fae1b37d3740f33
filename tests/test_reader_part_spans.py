"""A part of the day with its span in brackets before a topic: the session, not the title."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import pinned, warnings

if TYPE_CHECKING:
    from planexport.model import Plan

PLANS = DATA / "part_spans"


def _sessions(plan: Plan, index: int) -> list[tuple[str, str | None, str | None, int]]:
    return [
        (b.title, b.session, b.at, b.min_minutes)
        for v in plan.days[index].variants
        for b in v.blocks
    ]


def test_a_session_label_with_a_span_is_the_session_of_the_topic_after_it() -> None:
    result = read_plan(PLANS / "en-session-bullets.md")
    assert _sessions(result.plan, 0) == [
        ("Graph algorithms", "Morning session", "09:00", 180),
        ("Dynamic programming", "Afternoon session", "14:00", 180),
    ]
    assert _sessions(result.plan, 1) == [("Mock interview", "Evening", "19:00", 90)]
    assert warnings(result) == []


def test_spanish_session_labels_with_small_words() -> None:
    plan = read_plan(PLANS / "es-sesion-de-tarde.md").plan
    assert _sessions(plan, 0) == [
        ("Grafos", "Sesión de la mañana", "09:00", 180),
        ("Programación dinámica", "Sesión de tarde", "15:00", 150),
    ]


def test_german_parts_of_the_day_and_a_compound_of_one() -> None:
    plan = read_plan(PLANS / "de-nachmittag.md").plan
    assert _sessions(plan, 0) == [
        ("Analysis", "Vormittag", "09:00", 180),
        ("Stochastik", "Nachmittagseinheit", "14:00", 120),
    ]


def test_french_seances_with_a_space_before_the_colon() -> None:
    plan = read_plan(PLANS / "fr-seance-du-matin.md").plan
    assert _sessions(plan, 0) == [
        ("Graphes", "Séance du matin", "09:00", 180),
        ("Programmation dynamique", "Séance de l'après-midi", "14:00", 180),
    ]


def test_italian_part_of_the_day_and_an_adjective_of_one() -> None:
    plan = read_plan(PLANS / "it-sessione-pomeridiana.md").plan
    assert _sessions(plan, 0) == [
        ("Grafi", "Mattina", "09:00", 180),
        ("Programmazione dinamica", "Sessione pomeridiana", "15:00", 180),
    ]


def test_bold_portuguese_labels_read_the_same() -> None:
    plan = read_plan(PLANS / "pt-sessao-da-manha.md").plan
    assert _sessions(plan, 0) == [
        ("Grafos", "Sessão da manhã", "09:00", 180),
        ("Programação dinâmica", "Sessão da tarde", "14:00", 180),
    ]


def test_dutch_compound_session_words() -> None:
    plan = read_plan(PLANS / "nl-ochtendsessie.md").plan
    assert _sessions(plan, 0) == [
        ("Grafen", "Ochtendsessie", "09:00", 180),
        ("Dynamisch programmeren", "Middag", "13:00", 120),
    ]


def test_an_activity_or_a_meal_before_a_span_is_no_session() -> None:
    plan = read_plan(PLANS / "en-meal-and-activity-labels.md").plan
    # A meal before its span is a gap, as a meal's label is anywhere (`Lunch:`), never a session.
    assert pinned(plan, 0) == [
        ("Morning run: easy 5 km", 45, "06:30"),
        ("Graph algorithms", 180, "09:00"),
    ]
    assert [b.session for b in plan.days[0].variants[0].blocks] == [None, "Morning session"]
