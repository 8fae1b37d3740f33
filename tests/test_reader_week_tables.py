"""Weeks of weekday tables timed by their column headers (`Week 1: 3 March - 9 March` over
`| Day | Session 1 (16:00 - 17:30) |`): each row a day of that week, a routine their frame."""

from __future__ import annotations

import datetime as dt

from planexport.reader import read_plan
from tests.paths import DATA
from tests.reader_support import DatedDay, dated_days, warnings

PLANS = DATA / "week-tables"


def _days(name: str) -> list[DatedDay]:
    return dated_days(read_plan(PLANS / name).plan)


def test_dated_weeks_are_the_plan_and_the_routine_their_frame() -> None:
    result = read_plan(PLANS / "es-routine-and-dated-weeks.md")
    days = _days("es-routine-and-dated-weeks.md")
    assert days[0] == (
        1,
        "mon",
        dt.date(2025, 3, 3),
        "Lunes",
        [("Tema 1 (teoría)", 90, "16:00"), ("Tema 1 (ejercicios)", 60, "19:00")],
    )
    # "Semanas 2-3": the one table is each of the two weeks, a week apart.
    assert [(w, wd, d) for w, wd, d, _, _ in days] == [
        (1, "mon", dt.date(2025, 3, 3)),
        (1, "tue", dt.date(2025, 3, 4)),
        (1, "wed", dt.date(2025, 3, 5)),
        (2, "mon", dt.date(2025, 3, 10)),
        (2, "tue", dt.date(2025, 3, 11)),
        (3, "mon", dt.date(2025, 3, 17)),
        (3, "tue", dt.date(2025, 3, 18)),
    ]
    assert days[-1][4] == [("Repaso de temas", 90, "16:00"), ("Ejercicios de examen", 60, "19:00")]
    assert [b.session for b in result.plan.days[0].variants[0].blocks] == ["Sesión 1", "Sesión 2"]
    # The routine's "Trabajo" is no block of any day; one warning says why.
    titles = {b.title for d in result.plan.days for v in d.variants for b in v.blocks}
    assert "Trabajo" not in titles
    assert warnings(result) == [
        '5: the weekday routine ("Lunes a Viernes", "Sábado y Domingo") is read as the frame '
        "of the weeks below, not as days: its rows are not blocks",
    ]


def test_week_headings_date_rows_by_their_weekday() -> None:
    result = read_plan(PLANS / "en-week-headings-dated-gaps.md")
    assert _days("en-week-headings-dated-gaps.md") == [
        (
            1,
            "mon",
            dt.date(2026, 3, 2),
            "Monday",
            [("Scales in C", 45, "07:00"), ("Sight reading", 30, "20:00")],
        ),
        (
            1,
            "wed",
            dt.date(2026, 3, 4),
            "Wednesday",
            [("Arpeggios", 45, "07:00"), ("Minuet in G", 30, "20:00")],
        ),
        (
            2,
            "mon",
            dt.date(2026, 3, 9),
            "Monday",
            [("Scales in G", 45, "07:00"), ("Sight reading", 30, "20:00")],
        ),
        (
            2,
            "wed",
            dt.date(2026, 3, 11),
            "Wednesday",
            [("Broken chords", 45, "07:00"), ("Minuet in G", 30, "20:00")],
        ),
    ]
    assert warnings(result) == []


def test_week_lines_without_a_year_name_each_day_in_its_title() -> None:
    result = read_plan(PLANS / "en-bold-weeks-no-year.md")
    assert [(w, wd, d, t) for w, wd, d, t, _ in _days("en-bold-weeks-no-year.md")] == [
        (1, "mon", None, "Monday 6 January"),
        (1, "tue", None, "Tuesday 7 January"),
        (1, "wed", None, "Wednesday 8 January"),
        (2, "mon", None, "Monday 13 January"),
        (2, "tue", None, "Tuesday 14 January"),
        (2, "wed", None, "Wednesday 15 January"),
    ]
    # "Rest" under the gym session is a break, not a block.
    assert _days("en-bold-weeks-no-year.md")[2][4] == [("Full body", 20, "21:00")]
    assert warnings(result) == []


def test_numbered_days_beside_a_week_table_stay_the_plan() -> None:
    result = read_plan(PLANS / "en-numbered-days-stay.md")
    assert [(d.number, d.weekday, d.title) for d in result.plan.days] == [
        (1, "mon", "Day 1"),
        (2, "tue", "Day 2"),
    ]
    assert warnings(result) == [
        '16: table "Day | Call (6:00 PM - 6:30 PM)" is in no day: not read',
    ]
