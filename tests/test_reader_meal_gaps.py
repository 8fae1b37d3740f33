"""Meals named beyond one word are gaps, and a daily routine named as the usual one is still
the weekdays' plan beside a weekend."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import pinned, warnings

MEALS = DATA / "meal_gaps"
ROUTINES = DATA / "routine_names"


def test_a_snack_with_a_letter_and_a_main_meal_behind_emoji_and_labels_are_gaps() -> None:
    result = read_plan(MEALS / "es-snack-con-etiqueta.md")
    assert pinned(result.plan, 0) == [
        ("Álgebra lineal", 90, "08:00"),
        ("Programación en Python", 75, "09:45"),
        ("Lectura del capítulo 3", 60, "14:00"),
    ]
    assert warnings(result) == []


def test_a_german_snack_and_a_light_lunch_are_gaps() -> None:
    plan = read_plan(MEALS / "de-zwischenmahlzeit.md").plan
    assert [title for title, _, _ in pinned(plan, 0)] == ["Analysis", "Statistik", "Programmieren"]


def test_a_dutch_snack_and_a_brunch_are_gaps() -> None:
    plan = read_plan(MEALS / "nl-tussendoortje-brunch.md").plan
    assert [d.weekday for d in plan.days] == ["sat"]
    assert pinned(plan, 0) == [("Scheikunde", 90, "10:00"), ("Natuurkunde", 75, "11:45")]


def test_an_italian_snack_and_a_light_lunch_with_its_menu_are_gaps() -> None:
    plan = read_plan(MEALS / "it-pranzo-leggero.md").plan
    assert [title for title, _, _ in pinned(plan, 0)] == ["Storia", "Latino", "Matematica"]


def test_a_portuguese_lettered_snack_and_dinner_are_gaps() -> None:
    plan = read_plan(MEALS / "pt-lanche-da-tarde.md").plan
    assert pinned(plan, 0) == [("Biologia", 90, "14:00"), ("Química", 90, "16:00")]


def test_lunch_with_the_meal_and_a_rest_under_a_span_is_a_gap() -> None:
    result = read_plan(MEALS / "en-lunch-and-rest-nested.md")
    assert pinned(result.plan, 0) == [
        ("Pair programming on the course project", 180, "09:00"),
        ("Testing workshop", 120, "13:00"),
    ]
    assert warnings(result) == []


def test_a_long_spanish_lunch_with_company_and_a_rest_is_a_gap() -> None:
    plan = read_plan(MEALS / "es-almuerzo-y-descanso-nested.md").plan
    assert [title for title, _, _ in pinned(plan, 0)] == [
        "Clase de bases de datos",
        "Laboratorio de SQL",
    ]


def test_a_french_lunch_and_rest_is_a_gap_but_a_dinner_with_guests_stays_a_block() -> None:
    plan = read_plan(MEALS / "fr-dejeuner-et-repos.md").plan
    assert pinned(plan, 0) == [
        ("Cours de physique", 180, "09:00"),
        ("Travaux pratiques", 90, "13:30"),
        ("Dîner avec les intervenants (débat)", 120, "19:00"),
    ]


def test_a_dinner_with_guests_and_its_length_stays_a_block() -> None:
    plan = read_plan(MEALS / "en-dinner-with-guests-is-a-block.md").plan
    assert pinned(plan, 0)[-1] == ("Dinner with the keynote speakers", 120, "17:00")


def test_a_base_daily_routine_beside_the_weekend_is_the_weekdays_plan() -> None:
    result = read_plan(ROUTINES / "es-rutina-diaria-base.md")
    plan = result.plan
    assert [d.weekday for d in plan.days] == ["mon", "tue", "wed", "thu", "fri", "sat"]
    assert pinned(plan, 0) == [("Teoría", 60, None), ("Problemas", 90, None), ("Repaso", 30, None)]
    assert pinned(plan, 4) == pinned(plan, 0)
    assert pinned(plan, 5) == [("Proyecto personal", 120, None)]
    assert warnings(result) == []


def test_a_typical_daily_routine_in_english_beside_the_weekend() -> None:
    plan = read_plan(ROUTINES / "en-typical-daily-routine.md").plan
    assert [d.weekday for d in plan.days] == ["mon", "tue", "wed", "thu", "fri", "sun"]
    assert pinned(plan, 2) == [("Reading", 45, None), ("Exercises", 60, None)]


def test_a_german_standard_routine_beside_the_weekend() -> None:
    plan = read_plan(ROUTINES / "de-standard-tagesroutine.md").plan
    assert [d.weekday for d in plan.days][:5] == ["mon", "tue", "wed", "thu", "fri"]
    assert pinned(plan, 0) == [("Vokabeln", 20, None), ("Grammatik", 40, None)]


def test_a_routine_named_with_another_word_is_left_as_before() -> None:
    result = read_plan(ROUTINES / "es-rutina-optimizada-no-es-rutina.md")
    assert [d.weekday for d in result.plan.days] == ["sat"]
    assert warnings(result) == ['5: "Lectura (30 min)" is in no day: not read']
