"""An hour written `16h`, `14h30` or `9h` after a weekday or a word for "at" in the title of a
timed line (`21h30–22h30: Revisar Física (aula quarta 16h)`, `(examen el viernes a las 9h)`,
`(colle lundi 14h)`) is the time of something the line mentions: the title keeps it and no
length is warned of as differing from the span. A length in brackets of its own (`(1h30)`) still
restates the span and is checked against it."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import day_blocks, warnings

PLANS = DATA / "hour_mentions"


def test_class_hours_after_weekdays_stay_in_the_titles_of_portuguese_spans() -> None:
    result = read_plan(PLANS / "pt-class-hours-after-weekdays-in-span-titles.md")
    assert day_blocks(result.plan) == [
        (
            "mon",
            [
                ("Preparar Cálculo (aula terça 8h)", 60, "19:00"),
                ("Revisar Física (aula quarta 16h) + Química (aula quinta 19h)", 60, "21:30"),
            ],
        ),
        ("tue", [("Lista de exercícios de Estatística (monitoria sexta 14h30)", 90, "20:00")]),
    ]
    assert warnings(result) == []


def test_an_hour_after_a_las_is_the_time_of_the_exam_not_a_length() -> None:
    result = read_plan(PLANS / "es-hour-after-a-las-in-span-title.md")
    assert day_blocks(result.plan) == [
        (
            "wed",
            [
                ("Repaso de álgebra (examen el viernes a las 9h)", 60, "18:00"),
                ("Problemas de física", 90, "19:00"),
            ],
        )
    ]
    assert warnings(result) == []


def test_a_french_hour_after_a_weekday_stays_in_the_title() -> None:
    result = read_plan(PLANS / "fr-hour-after-weekday-in-span-title.md")
    assert day_blocks(result.plan) == [
        (
            "sun",
            [
                ("Fiches de chimie (colle lundi 14h)", 60, "17:00"),
                ("Dissertation de philosophie", 90, "18:00"),
            ],
        )
    ]
    assert warnings(result) == []


def test_near_miss_a_bracketed_length_still_restates_the_span() -> None:
    # "(2h)" says the span again and leaves the title; "(1h30)" differs from the hour the span
    # gives, which counts, and is warned of: no weekday or "at" word stands before either.
    result = read_plan(PLANS / "pt-bracketed-lengths-still-restate-the-span.md")
    assert day_blocks(result.plan) == [
        ("thu", [("Matemática", 120, "19:00"), ("Redação", 60, "21:00")]),
    ]
    assert warnings(result) == ['5: "1h30" differs from the span "21:00-22:00"; the span counts']
