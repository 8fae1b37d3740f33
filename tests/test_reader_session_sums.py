"""Rows led by a day's number and its weekday (`**1 · Lun**`), and a sentence that sums each
session up in timed parts over their columns: each part column takes its part's length, and a
part with no column is a block of every day, in the sentence's order."""

from __future__ import annotations

import pytest

from planexport.errors import PlanError
from planexport.model import Plan
from planexport.reader import ReadResult, read_plan
from tests.paths import DATA

SUMS = DATA / "session_sums"


def read(name: str) -> ReadResult:
    return read_plan(SUMS / name)


def blocks(plan: Plan) -> list[list[tuple[str, int, int, str | None]]]:
    return [
        [(b.title, b.min_minutes, b.max_minutes, b.session) for v in d.variants for b in v.blocks]
        for d in plan.days
    ]


def test_a_sum_times_the_part_columns_and_adds_the_part_with_no_column_first() -> None:
    result = read("es-numbered-weekday-rows-timed-by-a-sum.md")
    plan = result.plan
    assert [(d.weekday, d.title) for d in plan.days] == [("tue", "1 · Mar"), ("thu", "2 · Jue")]
    assert blocks(plan) == [
        [
            ("Movilidad", 10, 10, "Movilidad"),
            ("Zancadas 4×8", 25, 25, "Bloque 1"),
            ("Remo 500 m ×4", 15, 15, "Bloque 2"),
        ],
        [
            ("Movilidad", 10, 10, "Movilidad"),
            ("Remo con barra 5×5", 25, 25, "Bloque 1"),
            ("Comba y plancha", 15, 15, "Bloque 2"),
        ],
    ]
    assert [d.notes for d in plan.days] == [("Piernas",), ("Espalda",)]
    assert result.warnings == ()


def test_a_part_after_the_columns_comes_last_and_a_cell_keeps_its_own_length() -> None:
    plan = read("en-sum-with-a-part-after-the-columns.md").plan
    assert [d.weekday for d in plan.days] == ["mon", "wed"]
    assert blocks(plan)[1] == [
        ("Warm-up", 10, 10, "Warm-up"),
        ("Overhead press 5x5", 20, 20, "Part 1"),
        ("Ski erg sprints", 12, 12, "Part 2"),
        ("Cool-down", 5, 5, "Cool-down"),
    ]
    assert [b[0] for b in blocks(plan)[0]] == [
        "Warm-up",
        "Front squat 5x5",
        "Sled pushes",
        "Cool-down",
    ]


def test_a_sum_after_a_colon_reads_the_same() -> None:
    plan = read("de-sum-after-a-colon.md").plan
    assert [d.weekday for d in plan.days] == ["mon", "fri"]
    assert blocks(plan)[0] == [
        ("Aufwärmen", 10, 10, "Aufwärmen"),
        ("Kniebeugen 5×5", 20, 20, "Block 1"),
        ("Radfahren", 20, 20, "Block 2"),
    ]


def test_a_numbered_weekday_cell_gives_the_weekday() -> None:
    plan = read("it-numbered-weekday-rows-timed-cells.md").plan
    assert [(d.weekday, d.title) for d in plan.days] == [("mon", "1 · Lun"), ("thu", "2 · Gio")]
    assert blocks(plan) == [
        [("Squat 5×5", 20, 20, "Parte 1"), ("Corsa lenta", 15, 15, "Parte 2")],
        [("Trazioni", 15, 15, "Parte 1"), ("Ripetute", 20, 20, "Parte 2")],
    ]


def test_a_sum_under_another_heading_does_not_time_the_table() -> None:
    with pytest.raises(PlanError, match="no timed blocks found"):
        read("en-sum-under-another-heading-is-not-the-tables.md")
