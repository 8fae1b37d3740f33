"""One session's timetable for each numbered day a table maps a lesson to."""

from __future__ import annotations

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import days, pinned, warnings

PLANS = DATA / "lesson_days"
RELATIVE = (
    "times counted from 00:00 are read as lengths from the session's start, not pinned at midnight"
)


def test_a_time_line_template_is_each_mapped_day() -> None:
    result = read_plan(PLANS / "es-timeline-minutos-lecciones.md")
    plan = result.plan
    assert days(plan) == [
        (None, None, "Lección 1: Consultas"),
        (None, None, "Lección 2: Uniones"),
        (None, None, "Lección 3: Índices"),
    ]
    assert [d.number for d in plan.days] == [1, 2, 3]
    # Offsets from 00:00: lengths in order, the breaks between them left as gaps.
    template = [("Teoría", 45, None), ("Práctica", 45, None), ("Preguntas", 20, None)]
    assert [pinned(plan, i) for i in range(3)] == [template] * 3
    # The template's warning is said once, not once per day.
    assert warnings(result) == [f"15: {RELATIVE}"]


def test_numbers_under_a_day_header_map_a_pinned_timetable() -> None:
    result = read_plan(PLANS / "de-tag-header-number-cells.md")
    plan = result.plan
    assert days(plan) == [(None, None, "Grundlagen"), (None, None, "Funktionen")]
    timetable = [
        ("Vortrag", 90, "09:00"),
        ("Übungen", 75, "10:45"),
        ("Projektarbeit", 90, "13:00"),
    ]
    assert pinned(plan, 0) == timetable
    assert pinned(plan, 1) == timetable
    assert warnings(result) == []


def test_days_out_of_order_map_nothing() -> None:
    result = read_plan(PLANS / "days-out-of-order.md")
    assert days(result.plan) == [(None, None, "Workshop")]
    assert pinned(result.plan, 0) == [("Talk", 60, None), ("Lab", 45, None)]


def test_a_syllabus_of_several_columns_is_no_mapping() -> None:
    result = read_plan(PLANS / "syllabus-with-more-columns.md")
    assert days(result.plan) == [(None, None, "Reading week")]
    assert len(pinned(result.plan, 0)) == 3
