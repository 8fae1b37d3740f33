"""Which part of a file is the plan: the timetable of the day, not a side list of lengths; German
hour spans (`8-12:00 Uhr`, `6 ~ 7:00 Uhr`) and decimal-comma lengths in an hours column."""

from __future__ import annotations

from planexport.model import Plan
from planexport.reader import load, read_plan
from tests.paths import DATA

PLANS = DATA / "plan_part"


def blocks(plan: Plan) -> list[tuple[str, int, int, str | None, str | None]]:
    (day,) = plan.days
    (variant,) = day.variants
    return [(b.title, b.min_minutes, b.max_minutes, b.at, b.session) for b in variant.blocks]


def messages(name: str) -> list[str]:
    return [f"{w.line}: {w.message}" for w in read_plan(PLANS / name).warnings]


def test_a_timetable_after_a_checklist_of_lengths_is_the_day() -> None:
    plan = load(PLANS / "en-reading-list-then-timetable.md")
    assert plan.title == "Saturday routine"
    assert [d.title for d in plan.days] == ["Saturday routine"]
    assert blocks(plan) == [
        ("Tea and journaling", 30, 30, "06:30", None),
        ("Piano practice", 150, 150, "07:00", None),
        ("Walk the dog", 30, 30, "09:30", None),
        ("Music theory", 120, 120, "10:00", None),
    ]
    # The drills are not read, and say so: nothing is dropped silently.
    assert messages("en-reading-list-then-timetable.md") == [
        '4: "[ ] Scales, 10 minutes" is in no day: not read',
        '5: "[ ] Arpeggios, 5 minutes" is in no day: not read',
    ]


def test_timed_part_of_day_sections_win_over_a_drill_heading_with_a_length() -> None:
    plan = load(PLANS / "es-routine-sections-then-drill.md")
    assert plan.title == "Rutina del estudiante"
    assert blocks(plan) == [
        ("Correr", 60, 60, "06:00", "Mañana"),
        ("Repaso de álgebra", 120, 120, "07:00", "Mañana"),
        ("Lectura", 90, 90, "15:00", "Tarde"),
        ("Ejercicios de física", 90, 90, "16:30", "Tarde"),
    ]
    # The drill's minute marks (`0:00-5:00`) are its own parts, not a timetable of the day.
    assert messages("es-routine-sections-then-drill.md") == [
        '16: "Rutina de fuerza (30 minutos)" is in no day: not read',
        '17: "**Sentadillas** (10 minutos)" is in no day: not read',
        '20: "**Flexiones** (20 minutos)" is in no day: not read',
    ]


def test_a_zeitplan_table_with_german_hour_spans_and_decimal_comma_hours() -> None:
    plan = load(PLANS / "de-zeitplan-table-uhr-and-stunden.md")
    assert [d.title for d in plan.days] == ["Tagesablauf"]
    # `7 ~ 8:00 Uhr` and `9-13:00 Uhr` are spans; `0,5-1` and `1,5` are hours (the header's
    # unit); rows without a time follow the row above, unpinned.
    assert blocks(plan) == [
        ("Lesen", 60, 60, "07:00", None),
        ("Zeitung", 30, 60, None, None),
        ("Praktikum", 240, 240, "09:00", None),
        ("Hausaufgaben", 90, 90, None, None),
        ("Bibliothek", 150, 150, "15:00", None),
    ]


def test_a_plan_of_lengths_with_two_times_in_prose_stays_as_it_is() -> None:
    plan = load(PLANS / "en-lengths-plan-with-two-times-stays.md")
    assert blocks(plan) == [
        ("Flashcards", 20, 20, None, None),
        ("Reading", 45, 45, None, None),
        ("Practice problems", 60, 60, None, None),
    ]
    assert messages("en-lengths-plan-with-two-times-stays.md") == []
