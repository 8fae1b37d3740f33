"""A part-of-day section before weekend sections is the weekdays' routine, its part of the day
the session of its lines."""

from __future__ import annotations

from planexport.model import Plan
from planexport.reader import read_plan
from tests.paths import DATA

PLANS = DATA / "part_routines"
WORKWEEK = ["mon", "tue", "wed", "thu", "fri"]


def blocks(plan: Plan, index: int) -> list[tuple[str, int, str | None, str | None]]:
    return [
        (b.title, b.min_minutes, b.at, b.session)
        for v in plan.days[index].variants
        for b in v.blocks
    ]


def test_evening_table_before_weekend_section_is_each_weekday() -> None:
    result = read_plan(PLANS / "evening-before-weekend.md")
    plan = result.plan
    assert [d.weekday for d in plan.days] == [*WORKWEEK, "sat", "sun"]
    evening = [
        ("Scales and arpeggios", 30, "18:30", "Evening Practice"),
        ("Sonata, first movement", 45, "19:00", "Evening Practice"),
        ("Sight reading", 15, "19:45", "Evening Practice"),
    ]
    assert all(blocks(plan, i) == evening for i in range(5))
    assert plan.days[0].title == "Evening Practice (6:30 PM - 8:00 PM)"
    assert blocks(plan, 5) == [("Repertoire run-through", 120, None, None)]
    assert result.warnings == ()


def test_german_evening_list_before_wochenende() -> None:
    result = read_plan(PLANS / "abends-vor-wochenende.md")
    plan = result.plan
    assert [d.weekday for d in plan.days] == [*WORKWEEK, "sat", "sun"]
    assert blocks(plan, 4) == [
        ("Vorlesung nacharbeiten", 60, "19:00", "Abends"),
        ("Übungsblatt", 60, "20:00", "Abends"),
    ]
    assert blocks(plan, 6) == [("Altklausur rechnen", 180, None, None)]
    assert result.warnings == ()


def test_spanish_morning_before_weekend_with_its_own_days() -> None:
    result = read_plan(PLANS / "manana-antes-fin-de-semana.md")
    plan = result.plan
    assert [(d.weekday, d.title) for d in plan.days] == [
        *((day, "Mañana (6:30 - 7:30)") for day in WORKWEEK),
        ("sat", "Sábado"),
        ("sun", "Domingo"),
    ]
    assert blocks(plan, 2) == [
        ("Vocabulario", 30, "06:30", "Mañana"),
        ("Escucha de un pódcast", 30, "07:00", "Mañana"),
    ]
    assert result.warnings == ()


def test_dutch_evening_before_weekend() -> None:
    plan = read_plan(PLANS / "avond-voor-weekend.md").plan
    assert [d.weekday for d in plan.days] == [*WORKWEEK, "sat", "sun"]
    assert blocks(plan, 0) == [
        ("Herhalen", 60, "20:00", "Avond"),
        ("Woordjes", 30, "21:00", "Avond"),
    ]


def test_two_parts_before_weekend_are_one_weekday_routine() -> None:
    result = read_plan(PLANS / "two-parts-before-weekend.md")
    plan = result.plan
    assert [d.weekday for d in plan.days] == [*WORKWEEK, "sat", "sun"]
    assert plan.days[0].title == "Morning / Evening"
    assert blocks(plan, 0) == [
        ("Reading", 60, "06:00", "Morning"),
        ("Flash cards", 60, "20:00", "Evening"),
    ]
    assert result.warnings == ()


def test_part_of_day_beside_a_weekday_heading_is_read_as_before() -> None:
    result = read_plan(PLANS / "evening-beside-monday.md")
    assert [d.weekday for d in result.plan.days] == ["mon", "sat", "sun"]
    assert [(w.line, w.message) for w in result.warnings] == [
        (3, '"Evening (20:00 - 21:00)" is in no day: not read'),
        (5, '"20:00 - 21:00 Flash cards" is in no day: not read'),
    ]
