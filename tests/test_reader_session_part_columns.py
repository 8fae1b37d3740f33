"""Weekday tables with a column per numbered part of the session beside a focus column: each
timed cell is a block of its own, in column order, and the focus is a note of the day."""

from __future__ import annotations

from planexport.model import Plan
from planexport.reader import ReadResult, read_plan
from tests.paths import DATA

PARTS = DATA / "session_part_columns"


def read(name: str) -> ReadResult:
    return read_plan(PARTS / name)


def blocks(plan: Plan) -> list[list[tuple[str, int, str | None]]]:
    return [
        [(b.title, b.min_minutes, b.session) for v in d.variants for b in v.blocks]
        for d in plan.days
    ]


def test_each_timed_part_cell_is_a_block_and_the_focus_a_note() -> None:
    result = read("es-block-columns-under-a-focus.md")
    plan = result.plan
    assert [(d.weekday, d.title) for d in plan.days] == [("tue", "Martes"), ("thu", "Jueves")]
    assert blocks(plan) == [
        [("Peso muerto 4×6", 25, "Bloque 1"), ("Remo y saltos", 15, "Bloque 2")],
        [("Press militar 5×5", 20, "Bloque 1"), ("Burpees + comba", 12, "Bloque 2")],
    ]
    assert [d.notes for d in plan.days] == [("Tren inferior",), ("Tren superior",)]
    assert result.warnings == ()


def test_three_part_columns_keep_their_order() -> None:
    plan = read("de-block-columns-three-parts.md").plan
    assert blocks(plan) == [
        [
            ("Kniebeugen 5×5", 20, "Block 1"),
            ("Radfahren", 25, "Block 2"),
            ("Hüfte öffnen", 10, "Block 3"),
        ],
        [("Klimmzüge", 15, "Block 1"), ("Rudern", 20, "Block 2"), ("Schultern", 10, "Block 3")],
    ]
    assert [d.notes for d in plan.days] == [("Beine",), ("Rücken",)]


def test_a_bare_length_is_titled_by_its_part_and_an_untimed_cell_is_a_note() -> None:
    plan = read("en-part-columns-one-cell-bare.md").plan
    assert blocks(plan) == [
        [("Part 1", 20, "Part 1"), ("Air bike intervals", 15, "Part 2")],
        [("Chin-ups 5x3", 20, "Part 1")],
    ]
    assert [d.notes for d in plan.days] == [("Legs",), ("Pull", "Rowing")]


def test_italian_part_columns_under_a_topic() -> None:
    plan = read("it-part-columns-under-a-topic.md").plan
    assert [d.weekday for d in plan.days] == ["mon", "fri"]
    assert blocks(plan) == [
        [("Squat 5×5", 20, "Parte 1"), ("Circuito a corpo libero", 18, "Parte 2")],
        [("Panca piana", 20, "Parte 1"), ("Vogatore", 15, "Parte 2")],
    ]


def test_part_of_day_columns_are_still_titled_by_the_focus() -> None:
    plan = read("en-morning-columns-stay-as-they-were.md").plan
    assert blocks(plan) == [
        [("Algebra", 90, "Morning"), ("Algebra", 60, "Afternoon")],
        [("Geometry", 60, "Morning"), ("Geometry", 60, "Afternoon")],
    ]
    assert [d.notes for d in plan.days] == [(), ()]
