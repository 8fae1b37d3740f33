"""A meal word that leads a longer activity (`Breakfast and reading`) is a block with that
title and the line's time; a title that is only a meal or a pause stays a gap."""

from __future__ import annotations

import pytest

from planexport.reader import read_plan
from planexport.reader.blocks import is_break
from tests.paths import DATA
from tests.reader_support import pinned, warnings

MEALS = DATA / "meal_activities"


def test_breakfast_and_reading_is_a_block_and_lunch_alone_a_gap() -> None:
    result = read_plan(MEALS / "en-breakfast-and-reading.md")
    assert pinned(result.plan, 0) == [
        ("Breakfast and reading", 30, "07:15"),
        ("Calculus problem set", 90, "08:00"),
        ("Organic chemistry", 90, "09:45"),
        ("Lunch + review flashcards", 45, "12:00"),
        ("Physics lab report", 90, "13:00"),
    ]
    assert warnings(result) == []


def test_a_spanish_lunch_with_review_in_a_table_is_a_block() -> None:
    result = read_plan(MEALS / "es-almuerzo-y-repaso.md")
    assert pinned(result.plan, 0) == [
        ("Historia de España", 90, "08:30"),
        ("Almuerzo y repaso de fechas", 45, "13:00"),
        ("Comentario de texto", 90, "14:15"),
    ]
    assert warnings(result) == []


def test_a_german_lunch_with_vocabulary_is_a_block_and_dinner_with_a_walk_a_gap() -> None:
    result = read_plan(MEALS / "de-mittagessen-und-vokabeln.md")
    assert pinned(result.plan, 0) == [
        ("Analysis", 90, "08:00"),
        ("Mittagessen und Vokabeln", 45, "12:30"),
        ("Statistik", 90, "14:00"),
    ]
    assert warnings(result) == []


def test_a_french_lunch_with_reading_is_a_block_and_a_snack_with_coffee_a_gap() -> None:
    plan = read_plan(MEALS / "fr-dejeuner-et-lecture.md").plan
    assert pinned(plan, 0) == [
        ("Philosophie", 90, "09:00"),
        ("Déjeuner et lecture", 45, "12:00"),
        ("Mathématiques", 90, "14:00"),
    ]


def test_an_italian_lunch_with_revision_is_a_block_and_with_a_rest_a_gap() -> None:
    plan = read_plan(MEALS / "it-pranzo-e-ripasso.md").plan
    assert pinned(plan, 0) == [
        ("Diritto privato", 90, "09:00"),
        ("Pranzo e ripasso", 45, "13:00"),
        ("Economia politica", 90, "14:30"),
    ]


def test_a_portuguese_lunch_with_reading_is_a_block_and_with_a_rest_a_gap() -> None:
    plan = read_plan(MEALS / "pt-almoco-e-leitura.md").plan
    assert pinned(plan, 0) == [
        ("Biologia", 90, "08:30"),
        ("Almoço e leitura", 45, "12:00"),
        ("Química", 90, "14:00"),
    ]


def test_a_dutch_lunch_with_reading_is_a_block_and_with_a_short_walk_a_gap() -> None:
    plan = read_plan(MEALS / "nl-lunch-en-lezen.md").plan
    assert pinned(plan, 0) == [
        ("Wiskunde", 90, "09:00"),
        ("Lunch en lezen", 45, "12:00"),
        ("Natuurkunde", 90, "13:30"),
    ]


@pytest.mark.parametrize(
    "title",
    [
        "Breakfast and reading",
        "Lunch + review flashcards",
        "Dinner & mock interview",
        "Almuerzo y repaso",
        "Mittagessen und Vokabeln",
        "Déjeuner et lecture",
        "Pranzo e ripasso",
        "Almoço e leitura",
        "Lunch en lezen",
        "Kaffeepause mit Fragen",
        "Lunch & Learn",
        "Lunch + chat with mentors",
    ],
)
def test_a_meal_joined_to_an_activity_is_no_break(title: str) -> None:
    assert not is_break(title)


@pytest.mark.parametrize(
    "title",
    [
        "Lunch",
        "Lunch break",
        "Breakfast (30 min)",
        "Breakfast (with reading)",
        "Mittagspause",
        "Almuerzo ligero",
        "Lunch + rest",
        "Lunch + rest / hobby",
        "Breakfast + break",
        "Lunch and coffee break",
        "Dinner & a short walk",
        "Almuerzo y siesta",
        "Almuerzo y siesta con el equipo",
        "Lunch and rest with friends",
        "Mittagessen und ein kurzer Spaziergang",
        "Déjeuner et pause café",
        "Pranzo e riposo",
        "Almoço e descanso",
        "Lunch en een korte wandeling",
        "🥣 **Desayuno:** avena con fruta",
        "Lunch & personal time",
        "Lunch and me time",
        "Mittagessen und Zeit für mich",
        "Almuerzo y tiempo personal",
        "Déjeuner et temps perso",
        "Pranzo e tempo personale",
        "Almoço e tempo pessoal",
        "Lunch en eigen tijd",
    ],
)
def test_a_meal_alone_or_joined_to_a_rest_is_a_break(title: str) -> None:
    assert is_break(title)


OWN = DATA / "meal_own_time"


def test_lunch_and_personal_time_is_a_gap_and_a_snack_with_reading_a_block() -> None:
    result = read_plan(OWN / "en-lunch-and-personal-time.md")
    assert pinned(result.plan, 0) == [
        ("Thermodynamics problems", 180, "08:30"),
        ("Lab report", 120, "13:00"),
        ("Snack and reading", 30, "15:00"),
    ]
    assert warnings(result) == []


def test_a_spanish_lunch_and_personal_time_is_a_gap() -> None:
    result = read_plan(OWN / "es-almuerzo-y-tiempo-personal.md")
    assert pinned(result.plan, 0) == [("Álgebra lineal", 120, "09:00"), ("Cálculo", 90, "12:30")]


@pytest.mark.parametrize(
    "title",
    ["Lunch and personal statement", "Almuerzo y tiempo de repaso", "Lunch en eigen project"],
)
def test_a_meal_joined_to_ones_own_work_is_a_block(title: str) -> None:
    assert not is_break(title)
