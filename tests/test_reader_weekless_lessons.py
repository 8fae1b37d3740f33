"""Lessons with no week above them: each numbered lesson heading is a day of its own."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import warnings

PLANS = DATA / "weekless_lessons"


def _days(name: str) -> list[tuple[str, list[tuple[str, int]]]]:
    result = read_plan(PLANS / name)
    assert warnings(result) == []
    return [
        (d.title, [(b.title, b.min_minutes) for v in d.variants for b in v.blocks])
        for d in result.plan.days
    ]


def test_dutch_block_hour_and_single_hour_are_two_days() -> None:
    result = read_plan(PLANS / "nl-blokuur-en-los-uur.md")
    assert result.plan.title == "Lesplan geschiedenis"
    assert _days("nl-blokuur-en-los-uur.md") == [
        ("Blokuur 1 — Bronnen lezen", [("Start", 15), ("Lezen", 40), ("Bespreken", 25)]),
        ("Los uur 1 — Toetsvoorbereiding", [("Oefentoets", 20), ("Nakijken", 30)]),
    ]
    first = result.plan.days[0].variants[0].blocks
    assert first[0].note == "vragen bij de plaat"  # the rest of the bold-led cell
    assert [d.number for d in result.plan.days] == [1, 2]


def test_english_lessons_over_timed_lists() -> None:
    assert _days("en-lessons-over-lists.md") == [
        (
            "Lesson 1: Open chords",
            [("Tuning", 5), ("Chord shapes G, C, D", 20), ("Strumming pattern", 15)],
        ),
        ("Lesson 2: Changing chords", [("Warm-up", 5), ("One-minute changes", 25)]),
    ]


def test_german_lessons_end_at_the_next_section() -> None:
    result = read_plan(PLANS / "de-lektionen-ohne-woche.md")
    assert _days("de-lektionen-ohne-woche.md") == [
        ("Lektion 1 - Begrüßung", [("Lied", 10), ("Dialoge üben", 25)]),
        ("Lektion 2 - Zahlen", [("Zahlenbingo", 15), ("Arbeitsblatt", 30)]),
    ]
    assert "Liederbuch" not in result.plan.days[1].notes  # "## Material" is the plan's


def test_spanish_classes_over_bare_minutes() -> None:
    assert _days("es-clases-con-minutos.md") == [
        ("Clase 1", [("Lectura en voz alta", 10), ("Escritura libre", 35)]),
        ("Clase 2", [("Corrección en parejas", 20), ("Reescritura", 25)]),
    ]


def test_lessons_with_their_own_length_stay_parts_of_one_day() -> None:
    assert _days("pt-aulas-com-duracao.md") == [
        (
            "Dia de formação",
            [("Apresentação", 20), ("Exercício guiado", 30), ("Projeto em grupo", 40)],
        )
    ]


def test_lessons_at_a_time_of_day_are_periods_of_one_day() -> None:
    assert _days("fr-lecons-a-horaire.md") == [
        ("Mardi au collège", [("Rituel", 15), ("Exercices", 40), ("Contrôle", 55)])
    ]


def test_sessions_at_clock_times_are_no_days_of_their_own() -> None:
    # Sessions whose times carry on from one to the next are parts of one day, never days.
    plan = read_plan(PLANS / "it-sessioni-con-orari.md").plan
    assert len(plan.days) == 1
    assert [(b.session, b.title, b.at) for v in plan.days[0].variants for b in v.blocks] == [
        ("Sessione 1", "Benvenuto e obiettivi", "09:00"),
        ("Sessione 1", "Laboratorio", "09:40"),
        ("Sessione 2", "Casi pratici", "11:00"),
        ("Sessione 2", "Domande", "11:50"),
    ]
