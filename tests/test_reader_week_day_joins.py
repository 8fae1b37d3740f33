"""A week and a day in one heading, joined by `·`, `|`, `/` or `,` (`## Semana 1 · Día 1 —
Amasado`, `## Week 1 | Day 1: Star charts`), the day before its week (`### Tag 4 · Woche 2 —
Rhythmus`) and a middle dot before the title (`Día 2 · Torno`): week N, day N, titled by the
topic."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import warnings

PLANS = DATA / "week_day_joins"


def _days(name: str) -> list[tuple[int | None, int, str, list[tuple[str, int]]]]:
    result = read_plan(PLANS / name)
    assert warnings(result) == []
    return [
        (
            d.week,
            d.number,
            d.title,
            [(b.title, b.min_minutes) for v in d.variants for b in v.blocks],
        )
        for d in result.plan.days
    ]


def test_spanish_week_and_day_joined_by_middle_dots() -> None:
    assert _days("es-middle-dot.md") == [
        (1, 1, "Amasado", [("Preparar la arcilla", 30), ("Amasar en espiral", 45)]),
        (1, 2, "Torno", [("Centrar la pieza", 60)]),
    ]


def test_week_and_day_joined_by_a_bar_a_slash_or_a_comma() -> None:
    assert _days("en-bars-slashes-commas.md") == [
        (1, 1, "Star charts", [("Read the chart legend", 30)]),
        (1, 2, "Telescopes", [("Assemble the mount", 40)]),
        (2, 1, "Planets", [("Sketch Jupiter's moons", 50)]),
    ]


def test_german_day_before_its_week_leaves_the_topic_as_title() -> None:
    assert _days("de-day-then-week.md") == [
        (2, 3, "Akkorde", [("Griffe wiederholen", 20)]),
        (2, 4, "Rhythmus", [("Schlagmuster üben", 25)]),
        (2, 5, "Day 5", [("Lied spielen", 30)]),
    ]


def test_week_words_inside_the_topic_stay_in_the_title() -> None:
    assert _days("near-miss-week-in-title.md") == [
        (None, 1, "Weekly bread basics", [("Mix the dough", 30)]),
        (1, 2, "Week 1 recap", [("Taste the loaves", 20)]),
    ]
