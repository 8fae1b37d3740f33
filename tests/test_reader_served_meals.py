"""Meals an agenda says are laid on (`Lunch served`, `Dinner provided`, `Continental breakfast
served`, `Mittagessen serviert`) are gaps, as a bare `Lunch` is; a meal beside an activity
(`Check-in / breakfast served`) stays a block."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import day_blocks, warnings

PLANS = DATA / "served_meals"


def test_served_and_provided_meals_are_gaps_in_a_start_table() -> None:
    result = read_plan(PLANS / "start-table-meals-served.md")
    assert day_blocks(result.plan) == [
        (
            "sat",
            [
                ("Check-in / breakfast served", 30, "08:30"),
                ("Kickoff and team forming", 60, "09:00"),
                ("Building starts", 150, "10:00"),
                ("Motor control workshop", 90, "13:30"),
                ("Building continues", 180, "15:00"),
                ("Sensor clinic", 120, "19:00"),
            ],
        ),
        ("sun", [("Final build push", 180, "09:00"), ("Demos", 60, "12:00")]),
    ]
    assert warnings(result) == ['24: row "Awards" has a start time but no length']


def test_a_german_meal_served_is_a_gap_between_spans() -> None:
    result = read_plan(PLANS / "de-mittagessen-serviert.md")
    assert day_blocks(result.plan) == [
        (
            None,
            [
                ("Grundlagen und Sicherheit", 90, "09:00"),
                ("Erste Platine", 90, "11:00"),
                ("Zweite Platine", 90, "13:30"),
            ],
        )
    ]
    assert warnings(result) == []
