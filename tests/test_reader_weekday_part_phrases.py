"""A weekday heading that names a part of the day with the words that join them (`## Sábado
por la mañana`, `## Domingo en la noche`, `## Sábado de manhã`) or written onto the weekday
(`## Sonntagabend`): that weekday's day, as `## Sabato mattina` is."""

from __future__ import annotations

from planexport.reader import read_plan
from planexport.reader.day_headings import weekday_heading
from tests.paths import DATA

PLAN = DATA / "weekday_part_phrases" / "one-edge-case.md"


def test_the_parts_are_their_weekdays_days() -> None:
    result = read_plan(PLAN)
    plan = result.plan
    assert [(d.weekday, d.title) for d in plan.days] == [
        ("thu", "Enlaces"),
        ("sat", "Laboratorio"),
        ("sun", "Repaso corto"),
    ]
    # the afternoon right after the morning goes on with the same Saturday
    assert [(b.title, b.min_minutes) for v in plan.days[1].variants for b in v.blocks] == [
        ("Preparar el informe", 50),
        ("Revisar las gráficas", 25),
        ("Ejercicios de estequiometría", 60),
    ]
    assert not [w for w in result.warnings if "in no day" in w.message]


def test_joined_and_compound_parts() -> None:
    for text, name, part in [
        ("Sábado de manhã — Revisão", "Sábado", "manhã"),
        ("Samstagvormittag: Wiederholung", "Samstag", "vormittag"),
        ("Sonntagabend", "Sonntag", "abend"),
        ("Saturday in the morning", "Saturday", "morning"),
    ]:
        match = weekday_heading(text)
        assert match is not None, text
        assert (match["name"], match["part"]) == (name, part), text


def test_other_words_after_a_weekday_are_no_part() -> None:
    assert weekday_heading("Sonntagsausflug") is None
    match = weekday_heading("Sábado de repaso")
    assert match is None or match["part"] is None
