"""A line outside the days that gives one clock span for every day (`Horaires : tous les jours de
9h à 13h`, `Every day 9:00–13:00: training`): that block in each day, in time order."""

from __future__ import annotations

import pytest

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import day_blocks, warnings

PLANS = DATA / "daily_spans"


def test_a_listed_daily_span_is_a_block_of_each_weekday_day() -> None:
    result = read_plan(PLANS / "fr-horaires-tous-les-jours-list.md")
    assert day_blocks(result.plan) == [
        ("tue", [("Horaires", 240, "09:00"), ("Questions-réponses", 60, "15:00")]),
        ("wed", [("Horaires", 240, "09:00"), ("Questions-réponses", 60, "15:30")]),
    ]
    assert not [w for w in warnings(result) if w.startswith("4:")]
    assert result.block_lines[(0, 0, 0)] == 4
    assert result.block_lines[(0, 0, 1)] == 9


@pytest.mark.parametrize(
    ("name", "title", "minutes", "afternoon"),
    [
        ("fr-chaque-jour-formation.md", "atelier", 180, ("Visite du musée", 120, "14:00")),
        ("en-every-day-training.md", "training", 240, ("Mentoring", 60, "14:00")),
        ("de-taeglich-kurs.md", "Kurs", 240, ("Sprechstunde", 60, "14:00")),
        ("es-todos-los-dias.md", "clases", 240, ("Tutoría", 60, "15:00")),
        ("it-ogni-giorno.md", "lezioni", 240, ("Ricevimento", 60, "15:00")),
        ("pt-todos-os-dias.md", "aulas", 240, ("Tutoria", 60, "15:00")),
        ("nl-elke-dag.md", "les", 240, ("Spreekuur", 60, "15:00")),
    ],
)
def test_every_day_in_each_language_gives_each_day_the_block(
    name: str, title: str, minutes: int, afternoon: tuple[str, int, str]
) -> None:
    result = read_plan(PLANS / name)
    read = day_blocks(result.plan)
    assert read[0][1] == [(title, minutes, "09:00"), afternoon]
    assert read[1][1][0] == (title, minutes, "09:00")
    assert len(read[1][1]) == 2
    assert warnings(result) == []


def test_a_day_whose_own_block_falls_in_the_daily_span_keeps_its_own_and_is_named() -> None:
    result = read_plan(PLANS / "en-every-day-one-day-busy.md")
    assert day_blocks(result.plan) == [
        ("mon", [("training", 240, "09:00"), ("Mentoring", 60, "14:00")]),
        ("tue", [("Company visit", 120, "10:00")]),
    ]
    assert warnings(result) == [
        '3: "Every day 9:00–13:00: training": read as a block of every day but Tuesday, '
        "whose own blocks fall in its time or that are days off"
    ]


def test_every_afternoon_or_every_day_but_one_is_no_daily_block() -> None:
    result = read_plan(PLANS / "en-every-afternoon-not-every-day.md")
    assert day_blocks(result.plan) == [
        ("mon", [("Lab", 120, "10:00")]),
        ("fri", [("Demo", 120, "10:00")]),
    ]


def test_a_daily_meal_is_a_gap_not_a_block_and_stays_warned() -> None:
    result = read_plan(PLANS / "es-daily-lunch-is-no-block.md")
    assert day_blocks(result.plan) == [
        ("mon", [("Cálculo", 120, "08:00")]),
        ("tue", [("Física", 120, "14:00")]),
    ]
    assert warnings(result) == [
        '3: "**Almuerzo**: 12:00-13:00 (todos los días)" is in no day: not read'
    ]
