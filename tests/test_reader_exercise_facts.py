"""Exercise headings over their parameters (`- Séries: 1`, `- Repetições: 30 minutos`)."""

from __future__ import annotations

import pytest

from planexport.reader import ReadResult, parse_markdown, read_plan
from tests.paths import DATA
from tests.reader_support import day_blocks, warnings

SMALL = DATA / "session_parts"


def read(name: str) -> ReadResult:
    return read_plan(SMALL / name)


# Exercise headings over their parameters


def test_an_exercise_heading_names_the_block_of_its_length_parameter() -> None:
    result = read("exercise-heading-length-bullet-pt.md")
    plan = result.plan
    assert day_blocks(plan) == [("mon", []), ("wed", [("Bicicleta Ergométrica", 25, None)])]
    block = plan.days[1].variants[0].blocks[0]
    assert [i.text for i in block.items] == ["Séries: 1", "Carga: leve"]
    assert warnings(result) == []


def test_an_exercise_heading_over_a_time_parameter_and_a_rest() -> None:
    plan = read("exercise-heading-time-bullet-en.md").plan
    assert day_blocks(plan) == [("tue", [("Rowing Machine", 15, None)])]
    items = [i.text for i in plan.days[0].variants[0].blocks[0].items]
    assert items == ["Sets: 2", "Rest: 90 seconds"]


def test_a_rest_between_sets_is_no_exercise_length() -> None:
    plan = read("exercise-rest-only-de.md").plan
    assert day_blocks(plan) == [("mon", []), ("thu", [("Laufband", 30, None)])]


@pytest.mark.parametrize(
    ("sets", "reps", "length"),
    [
        ("Sets: 1", "Reps: 20 minutes", "20"),
        ("Sätze: 1", "Wiederholungen: 20 Minuten", "20"),
        ("Series: 1", "Repeticiones: 20 minutos", "20"),
        ("Séries : 1", "Répétitions : 20 minutes", "20"),
        ("Serie: 1", "Ripetizioni: 20 minuti", "20"),
        ("Séries: 1", "Repetições: 20 minutos", "20"),
        ("Sets: 1", "Herhalingen: 20 minuten", "20"),
    ],
)
def test_exercise_headings_in_every_language(sets: str, reps: str, length: str) -> None:
    plan = parse_markdown(f"# P\n\n## Monday\n\n### Treadmill\n- {sets}\n- {reps}\n")
    assert day_blocks(plan) == [("mon", [("Treadmill", int(length), None)])]


def test_a_heading_over_lengths_of_its_own_is_no_exercise() -> None:
    text = "# P\n\n## Monday\n\n### Study\n- Reading: 30 min\n- Exercises: 20 min\n"
    assert day_blocks(parse_markdown(text)) == [
        ("mon", [("Reading", 30, None), ("Exercises", 20, None)])
    ]
