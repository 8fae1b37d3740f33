"""Line breaks (`<br>`) in labels, span lines and notes: a line's end, never text."""

from __future__ import annotations

import datetime as dt

from planexport.export.ics import to_ics
from planexport.reader import ReadResult, read_plan
from planexport.scheduling import ScheduleOptions, schedule
from tests.paths import DATA
from tests.reader_support import day_blocks, warnings

SMALL = DATA / "line_breaks"


def read(name: str) -> ReadResult:
    return read_plan(SMALL / name)


def test_an_underscore_weekday_label_with_a_break_titles_its_day() -> None:
    result = read("underscore-weekday-br-en.md")
    plan = result.plan
    assert [d.title for d in plan.days] == ["MONDAY", "WEDNESDAY"]
    assert day_blocks(plan) == [
        ("mon", [("Chemistry Lab 2", 90, "08:15"), ("History Room 14", 90, "10:00")]),
        ("wed", [("Music Hall", 45, "08:15")]),
    ]
    assert warnings(result) == []


def test_a_bold_weekday_label_with_a_closed_break_titles_its_day() -> None:
    plan = read("bold-weekday-br-fr.md").plan
    assert [d.title for d in plan.days] == ["Lundi", "Jeudi"]
    assert day_blocks(plan) == [
        ("mon", [("Physique salle B12", 90, "08:30"), ("Anglais salle A3", 90, "10:15")]),
        ("thu", [("Histoire salle C1", 90, "13:00")]),
    ]


def test_a_break_inside_a_span_line_is_no_text_of_its_title() -> None:
    plan = read("inner-br-it.md").plan
    assert [d.title for d in plan.days] == ["LUNEDÌ"]
    assert day_blocks(plan) == [
        ("mon", [("Matematica aula 3", 90, "09:00"), ("Latino aula 5", 90, "10:45")]),
    ]
    assert all("<br" not in b.title for d in plan.days for v in d.variants for b in v.blocks)


def test_a_break_in_a_table_notes_cell_is_a_line_of_the_note() -> None:
    plan = read("table-notes-br-nl.md").plan
    notes = [b.note for d in plan.days for v in d.variants for b in v.blocks]
    assert notes == ["Hoofdstuk 4\nOefenopgaven 1-12", "Begrippenlijst\nOude tentamens"]
    assert day_blocks(plan) == [
        ("mon", [("Statistiek", 90, "09:00"), ("Economie", 60, "11:00")]),
    ]


def test_spaced_breaks_and_a_trailing_one_leave_no_blank_lines() -> None:
    plan = read("table-notes-spaced-br-pt.md").plan
    assert [b.note for v in plan.days[0].variants for b in v.blocks] == ["Estequiometria\nSoluções"]


def test_a_note_written_with_breaks_reaches_the_calendar_as_lines() -> None:
    plan = read("table-notes-br-nl.md").plan
    options = ScheduleOptions(start=dt.date(2026, 12, 7), tz="Europe/Berlin")
    ics = to_ics(schedule(plan, options)).decode()
    assert "<br" not in ics
    assert "DESCRIPTION:Hoofdstuk 4\\nOefenopgaven 1-12" in ics
