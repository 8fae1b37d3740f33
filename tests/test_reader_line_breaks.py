"""Weekday labels and span lines that end in `<br>`: the break ends the line, it is no text."""

from __future__ import annotations

from planexport.reader import ReadResult, read_plan
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
