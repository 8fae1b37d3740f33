"""A week table with a workout column and a focus column (`| Day | Workout | Duration | Focus |`):
the workout titles each day's block and the focus is its note."""

from __future__ import annotations

import pytest

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import blocks_of, warnings

COLUMNS = DATA / "workout_columns"


def read(name: str) -> ReadResult:
    return read_plan(COLUMNS / name)


def blocks(result: ReadResult) -> list[tuple[str | None, str, int, int, str | None]]:
    return [
        (d.weekday, b.title, b.min_minutes, b.max_minutes, b.note)
        for d, b in blocks_of(result.plan)
    ]


def test_allenamento_titles_and_the_focus_is_a_note_with_primed_minutes() -> None:
    result = read("it-allenamento-focus-primes.md")
    assert blocks(result) == [
        ("mon", "Forza A", 45, 60, "Gambe e core"),
        ("thu", "Ripetute", 40, 40, "Soglia"),
    ]
    assert warnings(result) == []


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            "de-einheit-schwerpunkt.md",
            [("tue", "Ganzkörper", 50, 50, "Kraft"), ("sat", "Langer Lauf", 90, 90, "Grundlage")],
        ),
        (
            "es-sesion-enfoque.md",
            [
                ("mon", "Fuerza tren superior", 40, 40, "Empuje"),
                ("wed", "Carrera continua", 30, 45, "Aeróbico"),
            ],
        ),
        (
            "pt-treino-foco.md",
            [
                ("mon", "Corrida leve", 30, 30, "Recuperação"),
                ("fri", "Tiros curtos", 45, 45, "Velocidade"),
            ],
        ),
    ],
)
def test_the_workout_column_titles_in_each_language(
    name: str, expected: list[tuple[str, str, int, int, str]]
) -> None:
    result = read(name)
    assert blocks(result) == expected
    assert warnings(result) == []


def test_numbered_workouts_stay_labels_and_the_focus_titles() -> None:
    result = read("en-numbered-workouts-stay-labels.md")
    assert [(w, t) for w, t, *_ in blocks(result)] == [
        ("mon", "Push + Core"),
        ("thu", "Pull + Legs"),
    ]
