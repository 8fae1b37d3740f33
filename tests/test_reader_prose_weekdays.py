"""A sentence of prose that gives groups of weekdays each their hours (`Los lunes, miércoles y
viernes voy a la piscina por las mañanas, de 7:30 a 9:00, y los martes y jueves … por las tardes,
de 5:00 a 6:30.`) is a day per weekday named, a pinned block per span, the afternoon's hours past
noon, titled by the activity; a group without hours leaves the sentence refused as before."""

from __future__ import annotations

import pytest

from planexport.errors import PlanError
from planexport.model import Plan
from planexport.reader import read_plan
from tests.paths import DATA

PLANS = DATA / "prose_weekdays"

Day = tuple[str, str | None, list[tuple[str, int, str | None]]]


def week(plan: Plan) -> list[Day]:
    return [
        (d.title, d.weekday, [(b.title, b.min_minutes, b.at) for v in d.variants for b in v.blocks])
        for d in plan.days
    ]


def test_spanish_groups_of_weekdays_in_the_morning_and_the_afternoon() -> None:
    read = read_plan(PLANS / "es-gimnasio-mananas-tardes.md")
    assert week(read.plan) == [
        ("Lunes", "mon", [("Piscina", 90, "07:30")]),
        ("Martes", "tue", [("Piscina", 90, "17:00")]),
        ("Miércoles", "wed", [("Piscina", 90, "07:30")]),
        ("Jueves", "thu", [("Piscina", 90, "17:00")]),
        ("Viernes", "fri", [("Piscina", 90, "07:30")]),
    ]
    assert read.plan.title == "Mi semana"
    assert read.warnings == ()


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            "en-gym-afternoon.md",
            [
                ("Monday", "mon", [("Climbing gym", 120, "09:00")]),
                ("Thursday", "thu", [("Climbing gym", 120, "09:00")]),
                ("Saturday", "sat", [("Climbing gym", 150, "15:00")]),
            ],
        ),
        (
            "de-nachmittags-uhr.md",
            [
                ("Dienstag", "tue", [("Schwimmbad", 120, "10:00")]),
                ("Mittwoch", "wed", [("Schwimmbad", 120, "14:00")]),
                ("Freitag", "fri", [("Schwimmbad", 120, "10:00")]),
            ],
        ),
        (
            "fr-apres-midi.md",
            [
                ("Lundi", "mon", [("Salle de sport", 90, "07:00")]),
                ("Mercredi", "wed", [("Salle de sport", 120, "14:00")]),
                ("Jeudi", "thu", [("Salle de sport", 90, "07:00")]),
            ],
        ),
        (
            "it-pomeriggio.md",
            [
                ("Martedì", "tue", [("Piscina", 90, "08:00")]),
                ("Giovedì", "thu", [("Piscina", 90, "08:00")]),
                ("Sabato", "sat", [("Piscina", 120, "16:00")]),
            ],
        ),
        (
            "pt-a-tarde.md",
            [
                ("Segunda-feira", "mon", [("Academia", 90, "06:30")]),
                ("Quarta-feira", "wed", [("Academia", 90, "06:30")]),
                ("Sexta-feira", "fri", [("Academia", 120, "17:00")]),
            ],
        ),
        (
            "nl-s-middags.md",
            [
                ("Maandag", "mon", [("Zwembad", 60, "07:00")]),
                ("Woensdag", "wed", [("Zwembad", 60, "07:00")]),
                ("Vrijdag", "fri", [("Zwembad", 120, "15:00")]),
            ],
        ),
    ],
)
def test_each_weekday_named_has_its_group_s_block(name: str, expected: list[Day]) -> None:
    read = read_plan(PLANS / name)
    assert week(read.plan) == expected
    assert read.warnings == ()


def test_one_weekday_s_hours_are_titled_by_the_sentence_s_subject() -> None:
    assert week(read_plan(PLANS / "fr-one-weekday-subject.md").plan) == [
        ("Lundi", "mon", [("Cours", 150, "18:00")])
    ]


def test_a_group_of_weekdays_without_hours_leaves_the_sentence_refused() -> None:
    with pytest.raises(PlanError) as raised:
        read_plan(PLANS / "es-dias-sin-horas.md")
    assert str(raised.value).endswith(
        "1 line gives a span of clock time in a form not read as a block"
        ' (line 3: "de 7:30 a 9:00"))'
    )
