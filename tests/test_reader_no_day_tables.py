"""A second timetable on a one-day page (a crew's `Draaiboek` after the programme) stands in no
day: one warning for the table, naming its lines, not one for each row."""

from __future__ import annotations

import datetime as dt

from planexport.reader import read_plan
from planexport.reader.result import ReadResult
from tests.paths import DATA

FOLDER = DATA / "no-day-tables"


def read(name: str) -> ReadResult:
    return read_plan(FOLDER / name)


def warnings(result: ReadResult) -> list[str]:
    return [f"{w.line}: {w.message}" for w in result.warnings]


def test_a_draaiboek_after_the_programme_is_warned_once() -> None:
    result = read("nl-draaiboek-after-the-programme.md")
    (day,) = result.plan.days
    assert day.date == dt.date(2026, 6, 12)
    blocks = day.variants[0].blocks
    assert [(b.title, b.at, b.min_minutes) for b in blocks] == [
        ("Opening op het veld", "09:00", 30),
        ("Estafette", "09:30", 60),
        ("Pauze met fruit", "10:30", 30),
        ("Touwtrekken", "11:00", 60),
        ("Prijsuitreiking", "12:00", 30),
    ]
    assert warnings(result) == ["19: lines 19-32: a table in no day, not read"]


def test_each_crew_table_is_warned_once_with_its_own_lines() -> None:
    result = read("es-two-crew-tables.md")
    assert [b.title for b in result.plan.days[0].variants[0].blocks] == [
        "Bienvenida",
        "Visita a las aulas",
    ]
    assert warnings(result) == [
        "15: lines 15-18: a table in no day, not read",
        "22: lines 22-25: a table in no day, not read",
    ]


def test_a_table_of_one_timed_row_names_the_row() -> None:
    result = read("en-one-row-table-after-the-day.md")
    assert len(result.plan.days[0].variants[0].blocks) == 3
    assert warnings(result) == ['18: row "Lay out the kits | 30 min" is in no day: not read']
