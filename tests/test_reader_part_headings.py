"""Headings that give the parts of one day their hours (`#### Theory (3 hours):`): one plan."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
from planexport.reader.blocks import is_total
from tests.paths import DATA

PARTS = DATA / "part_headings"


def read(name: str) -> ReadResult:
    return read_plan(PARTS / name)


def test_parts_as_long_as_each_other_are_one_plan_with_their_names_as_sessions() -> None:
    day = read("parts-with-hours.md").plan.days[0]
    assert [v.hours for v in day.variants] == [6.0]
    assert [(b.title, b.min_minutes, b.session) for b in day.variants[0].blocks] == [
        ("Risk assessment chapter", 120, "Reading"),
        ("Materiality", 60, "Reading"),
        ("Multiple choice set A", 90, "Questions"),
        ("Simulations", 90, "Questions"),
    ]


def test_parts_summing_to_the_stated_hours_are_one_plan_and_the_total_is_no_block() -> None:
    result = read("parts-with-hours.md")
    day = result.plan.days[1]
    assert [v.hours for v in day.variants] == [7.0]
    assert [(b.title, b.min_minutes, b.session) for b in day.variants[0].blocks] == [
        ("Review", 120, None),
        ("Mock 1", 150, "Mock exams"),
        ("Mock 2", 150, "Mock exams"),
    ]
    assert [i.text for i in day.variants[0].blocks[0].items] == [
        "Flashcards on assertions",
        "Re-read weak notes",
    ]
    assert result.warnings == ()


def test_a_labels_number_said_to_be_the_total_is_a_total() -> None:
    assert is_total("**Hours**: 7 total (2 hours review + 5 hours mocks)")
    assert is_total("Stunden: 8 insgesamt")
    assert not is_total("Hours: read the total cost chapter (1 hour)")
