"""Routine tables whose columns name ranges of weekdays (`| Activity | Mon-Fri | Saturday |`,
`| Actividad | Lunes-Viernes | Fin de semana |`, `| Time | Mon-Fri | Sat |`): each weekday
of the range takes the column's blocks, in week order."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import day_blocks, warnings

PLANS = DATA / "weekday_range_columns"


def test_a_mon_fri_column_of_clock_spans_is_each_weekday() -> None:
    result = read_plan(PLANS / "activity-mon-fri-columns.md")
    weekday = [("Piano", 30, "06:30"), ("Spanish", 45, "20:30")]
    assert day_blocks(result.plan) == [
        ("mon", weekday),
        ("tue", weekday),
        ("wed", weekday),
        ("thu", weekday),
        ("fri", weekday),
        ("sat", [("Piano", 60, "09:00"), ("Spanish", 60, "17:00")]),
        ("sun", [("Spanish", 45, "19:00")]),
    ]
    assert warnings(result) == []


def test_spanish_lunes_viernes_and_fin_de_semana_columns() -> None:
    result = read_plan(PLANS / "weekdays-weekend-spanish.md")
    week = [("Lectura", 30, "07:00"), ("Ejercicios", 60, "19:00")]
    weekend = [("Lectura", 60, "09:00")]
    assert day_blocks(result.plan) == [
        ("mon", week),
        ("tue", week),
        ("wed", week),
        ("thu", week),
        ("fri", week),
        ("sat", weekend),
        ("sun", weekend),
    ]
    assert warnings(result) == []


def test_a_grid_of_slots_headed_mon_fri_keeps_its_saturday() -> None:
    result = read_plan(PLANS / "slot-grid-mon-fri.md")
    week = [("Violin scales", 60, "07:00"), ("Homework", 90, "18:00")]
    assert day_blocks(result.plan) == [
        ("mon", week),
        ("tue", week),
        ("wed", week),
        ("thu", week),
        ("fri", week),
        ("sat", [("Long run", 60, "07:00")]),
    ]
    assert warnings(result) == []


def test_single_weekday_columns_read_as_before() -> None:
    result = read_plan(PLANS / "single-weekdays-near-miss.md")
    assert day_blocks(result.plan) == [
        ("tue", [("Drawing", 60, "18:00")]),
        ("thu", [("Swimming", 60, "19:00")]),
    ]
    assert warnings(result) == []
