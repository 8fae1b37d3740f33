"""Bold labels among bold weekday labels that name no weekday, over time span lines."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from tests.paths import DATA
from tests.reader_support import day_blocks, warnings

SMALL = DATA / "odd_labels"


def read(name: str) -> ReadResult:
    return read_plan(SMALL / name)


def test_an_unknown_label_is_a_day_of_its_own_with_a_block_per_span() -> None:
    result = read("unknown-label-over-spans-de.md")
    plan = result.plan
    assert [d.title for d in plan.days] == ["MONTAG", "Förderkurs", "FREITAG"]
    assert day_blocks(plan) == [
        ("mon", [("Mathematik R104", 90, "08:00")]),
        (None, [("Lesen Bibliothek", 45, "14:00"), ("Schreiben R12", 45, "15:00")]),
        ("fri", [("Sport Halle", 45, "08:00")]),
    ]
    assert warnings(result) == [
        '4: "Förderkurs" names no weekday: its lines read as a day of its own, with no weekday'
    ]


def test_a_weekday_label_one_letter_short_is_that_weekday() -> None:
    result = read("misspelt-weekday-label-fr.md")
    plan = result.plan
    assert [d.title for d in plan.days] == ["Lundi", "Mercredi", "Vendredi"]
    assert day_blocks(plan) == [
        ("mon", [("Algèbre", 90, "09:00")]),
        ("wed", [("Chimie", 60, "09:00"), ("Philosophie", 90, "10:15")]),
        ("fri", [("Espagnol", 60, "14:00")]),
    ]
    assert warnings(result) == ['4: "Mecredi" read as Mercredi, the weekday one letter from it']


def test_a_weekday_label_with_two_letters_swapped_is_that_weekday() -> None:
    result = read("swapped-letters-weekday-label-en.md")
    assert day_blocks(result.plan) == [
        ("mon", [("Swim", 45, "07:30")]),
        ("thu", [("Yoga", 60, "07:30")]),
        ("sat", [("Long run", 120, "09:00")]),
    ]
    assert warnings(result) == ['4: "Thrusday" read as Thursday, the weekday one letter from it']


def test_underscores_and_asterisks_are_labels_of_one_shape() -> None:
    result = read("underscore-label-among-bold-weekdays-es.md")
    assert day_blocks(result.plan) == [
        ("mon", [("Inglés", 60, "08:00")]),
        (None, [("Teatro", 60, "10:00"), ("Coro", 60, "11:00")]),
        ("tue", [("Física", 60, "08:00")]),
    ]
    assert [d.title for d in result.plan.days][1] == "Optativa"


def test_a_part_of_the_day_label_stays_in_its_day() -> None:
    plan = read("session-label-stays-in-day-en.md").plan
    assert [d.title for d in plan.days] == ["Monday", "Tuesday"]
    assert day_blocks(plan) == [
        ("mon", [("Reading", 60, "09:00"), ("Essay", 60, "14:00"), ("Review", 45, "15:15")]),
        ("tue", [("Reading", 60, "09:00")]),
    ]
