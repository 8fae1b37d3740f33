"""Grids of start times under weekday columns: a block per filled cell, until the next row."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import days, pinned, warnings

PLANS = DATA / "start_grids"


def test_every_weekday_column_is_a_day_and_a_slot_lasts_until_the_next_row() -> None:
    result = read_plan(PLANS / "es-closing-row.md")
    plan = result.plan
    assert days(plan) == [
        ("mon", None, "Lunes"),
        ("tue", None, "Martes"),
        ("wed", None, "Miércoles"),
    ]
    assert pinned(plan, 0) == [("Álgebra", 45, "16:00"), ("Álgebra", 45, "17:30")]
    assert pinned(plan, 1) == [("Química", 45, "16:45"), ("Química", 45, "17:30")]
    assert pinned(plan, 2) == [("Física", 45, "16:00")]
    assert warnings(result) == []  # the empty 18:15 row only closes the row above


def test_a_filled_last_row_takes_the_usual_step_and_says_so() -> None:
    result = read_plan(PLANS / "last-row-filled.md")
    plan = result.plan
    assert [d.weekday for d in plan.days] == ["mon", "tue"]
    # Ravi in three hours in a row is one shift, the last one read at the usual step.
    assert pinned(plan, 1) == [("Ravi", 180, "09:00")]
    assert warnings(result) == [
        '8: the last slot "11:00" has no end: read as 60 min, the grid\'s usual step'
    ]


def test_weekday_headers_with_a_translation_and_an_apostrophe_are_weekdays() -> None:
    result = read_plan(PLANS / "fr-glossed-headers.md")
    plan = result.plan
    assert [d.weekday for d in plan.days] == ["mon", "tue", "wed"]
    assert pinned(plan, 0) == [("Claire", 90, "09:00")]
    assert pinned(plan, 1) == [("Claire", 90, "10:30")]
    assert pinned(plan, 2) == [("Paul", 90, "09:00")]
    assert warnings(result) == []
